package dev.lakeroute.camel.databricks.it;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One pass through every workspace API family the issue names: create, get, list and delete where
 * the family has them, all by operation name through the generic catalogue call. A family that
 * databricks-local does not serve yet is reported as skipped, not passed.
 */
class WorkspaceApiFamiliesTest extends DatabricksLocalTestSupport {

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> answer, String field) {
        Object value = answer.get(field);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    @Test
    void clusters() {
        Exchange created = exchange("databricks:clusters/create", Map.of("cluster_name", unique("it"),
                "spark_version", "15.4.x-scala2.12", "node_type_id", "i3.xlarge", "num_workers", 0));
        skipIfNotServed(created.getException(), "clusters/create");
        assertThat(created.getException()).isNull();
        String clusterId = created.getMessage().getHeader(DatabricksConstants.CLUSTER_ID, String.class);
        assertThat(clusterId).isNotBlank();
        assertThat(map("databricks:clusters/get?clusterId=" + clusterId, null)).containsEntry("cluster_id", clusterId);
        assertThat(items(map("databricks:clusters/list", null), "clusters")).extracting(c -> c.get("cluster_id")).contains(clusterId);
        assertThat(map("databricks:clusters/get?apiVersion=2.0&clusterId=" + clusterId, null)).containsEntry("cluster_id", clusterId);
        map("databricks:clusters/permanent-delete?clusterId=" + clusterId, null);
        DatabricksException gone = failure("databricks:clusters/get?clusterId=" + clusterId, null);
        assertThat(gone.getHttpStatus()).isIn(400, 404);
    }

    @Test
    void dbfs() {
        String dir = "/" + unique("it-dbfs");
        map("databricks:dbfs/mkdirs?path=" + dir, null);
        map("databricks:dbfs/put", Map.of("path", dir + "/a.txt", "contents", base64("hello"), "overwrite", true));
        assertThat(map("databricks:dbfs/get-status?path=" + dir + "/a.txt", null)).containsEntry("file_size", 5);
        assertThat(items(map("databricks:dbfs/list?path=" + dir, null), "files")).hasSize(1);
        Map<String, Object> block = map("databricks:dbfs/read?param.offset=0&param.length=1024&path=" + dir + "/a.txt", null);
        assertThat(block.get("data")).as("offset/length: the API's one-block answer").isEqualTo(base64("hello"));
        byte[] whole = call("databricks:dbfs/read?path=" + dir + "/a.txt", null);
        assertThat(new String(whole, java.nio.charset.StandardCharsets.UTF_8)).as("the whole file, small: byte[]").isEqualTo("hello");
        map("databricks:dbfs/delete", Map.of("path", dir, "recursive", true));
        assertThat(failure("databricks:dbfs/get-status?path=" + dir, null).getErrorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");
    }

    @Test
    void workspace() {
        String dir = "/Users/it/" + unique("ws");
        map("databricks:workspace/mkdirs?path=" + dir, null);
        map("databricks:workspace/import", Map.of("path", dir + "/nb", "format", "SOURCE", "language", "PYTHON",
                "content", base64("print(1)"), "overwrite", true));
        assertThat(map("databricks:workspace/get-status?path=" + dir + "/nb", null)).containsEntry("object_type", "NOTEBOOK");
        assertThat(items(map("databricks:workspace/list?path=" + dir, null), "objects")).hasSize(1);
        assertThat(map("databricks:workspace/export?path=" + dir + "/nb&param.format=SOURCE", null)).containsKey("content");
        map("databricks:workspace/delete", Map.of("path", dir, "recursive", true));
    }

    @Test
    void secrets() {
        String scope = unique("scope");
        map("databricks:secrets/scopes/create?scope=" + scope, null);
        map("databricks:secrets/put", Map.of("scope", scope, "key", "k", "string_value", "s3cr3t-value"));
        Map<String, Object> listed = map("databricks:secrets/list?scope=" + scope, null);
        assertThat(items(listed, "secrets")).extracting(s -> s.get("key")).containsExactly("k");
        assertThat(listed.toString()).doesNotContain("s3cr3t-value");
        assertThat(map("databricks:secrets/get?scope=" + scope + "&key=k", null)).containsEntry("value", base64("s3cr3t-value"));
        assertThat(items(map("databricks:secrets/scopes/list", null), "scopes")).extracting(s -> s.get("name")).contains(scope);
        map("databricks:secrets/delete?scope=" + scope + "&key=k", null);
        map("databricks:secrets/scopes/delete?scope=" + scope, null);
    }

    @Test
    void tokenAndTokenManagement() {
        Map<String, Object> created = map("databricks:token/create", Map.of("comment", "families", "lifetime_seconds", 600));
        assertThat(created).containsKey("token_value");
        @SuppressWarnings("unchecked")
        String tokenId = (String) ((Map<String, Object>) created.get("token_info")).get("token_id");
        assertThat(items(map("databricks:token/list", null), "token_infos")).extracting(t -> t.get("token_id")).contains(tokenId);
        assertThat(map("databricks:token-management/tokens/get?param.token_id=" + tokenId, null)).containsKey("token_info");
        assertThat(items(map("databricks:token-management/tokens/list", null), "token_infos")).isNotEmpty();
        map("databricks:token-management/tokens/delete?param.token_id=" + tokenId, null);
        assertThat(failure("databricks:token-management/tokens/get?param.token_id=" + tokenId, null))
                .isInstanceOf(dev.lakeroute.camel.databricks.error.DatabricksNotFoundException.class);
    }

    @Test
    void jobsAndPermissions() {
        Map<String, Object> created = map("databricks:jobs/create", Map.of("name", unique("job"),
                "tasks", List.of(Map.of("task_key", "t", "spark_jar_task", Map.of("main_class_name", "Main")))));
        Object jobId = created.get("job_id");
        assertThat(map("databricks:jobs/get?jobId=" + jobId, null)).containsEntry("job_id", jobId);
        assertThat(items(map("databricks:jobs/list", null), "jobs")).extracting(j -> j.get("job_id")).contains(jobId);
        assertThat(map("databricks:jobs/get?apiVersion=2.1&jobId=" + jobId, null)).containsEntry("job_id", jobId);
        assertThat(map("databricks:permissions/jobs/get?jobId=" + jobId, null)).containsKey("access_control_list");
        map("databricks:jobs/delete?jobId=" + jobId, null);
    }

    @Test
    void instancePools() {
        Map<String, Object> created = map("databricks:instance-pools/create", Map.of("instance_pool_name", unique("pool"),
                "node_type_id", "i3.xlarge"));
        String id = (String) created.get("instance_pool_id");
        assertThat(map("databricks:instance-pools/get?instancePoolId=" + id, null)).containsEntry("instance_pool_id", id);
        assertThat(items(map("databricks:instance-pools/list", null), "instance_pools")).isNotEmpty();
        map("databricks:instance-pools/delete?instancePoolId=" + id, null);
    }

    @Test
    void clusterPolicies() {
        Map<String, Object> created = map("databricks:policies/clusters/create", Map.of("name", unique("policy"),
                "definition", "{}"));
        String id = (String) created.get("policy_id");
        assertThat(map("databricks:policies/clusters/get?policyId=" + id, null)).containsEntry("policy_id", id);
        assertThat(items(map("databricks:policies/clusters/list", null), "policies")).isNotEmpty();
        map("databricks:policies/clusters/delete?policyId=" + id, null);
    }

    @Test
    void globalInitScripts() {
        Map<String, Object> created = map("databricks:global-init-scripts/create", Map.of("name", unique("init"),
                "script", base64("echo hi")));
        String id = (String) created.get("script_id");
        assertThat(map("databricks:global-init-scripts/get?param.script_id=" + id, null)).containsEntry("script_id", id);
        assertThat(items(map("databricks:global-init-scripts/list", null), "scripts")).isNotEmpty();
        map("databricks:global-init-scripts/delete?param.script_id=" + id, null);
    }

    @Test
    void gitCredentials() {
        Map<String, Object> created = map("databricks:git-credentials/create", Map.of("git_provider", "gitHub",
                "git_username", "it", "personal_access_token", "ghp-not-real"));
        Object id = created.get("credential_id");
        assertThat(map("databricks:git-credentials/get?param.credential_id=" + id, null)).containsKey("credential_id");
        assertThat(items(map("databricks:git-credentials/list", null), "credentials")).isNotEmpty();
        map("databricks:git-credentials/delete?param.credential_id=" + id, null);
    }

    @Test
    void repos() {
        Map<String, Object> created = map("databricks:repos/create", Map.of("url", "https://github.com/apache/camel.git",
                "provider", "gitHub", "path", "/Repos/it/" + unique("camel")));
        Object id = created.get("id");
        assertThat(map("databricks:repos/get?param.repo_id=" + id, null)).containsEntry("id", id);
        assertThat(items(map("databricks:repos/list", null), "repos")).isNotEmpty();
        map("databricks:repos/delete?param.repo_id=" + id, null);
    }

    @Test
    void ipAccessLists() {
        Map<String, Object> created = map("databricks:ip-access-lists/create", Map.of("label", unique("office"),
                "list_type", "ALLOW", "ip_addresses", List.of("10.0.0.0/16")));
        @SuppressWarnings("unchecked")
        String id = (String) ((Map<String, Object>) created.get("ip_access_list")).get("list_id");
        assertThat(map("databricks:ip-access-lists/get?param.ip_access_list_id=" + id, null)).containsKey("ip_access_list");
        assertThat(items(map("databricks:ip-access-lists/list", null), "ip_access_lists")).isNotEmpty();
        map("databricks:ip-access-lists/delete?param.ip_access_list_id=" + id, null);
    }

    @Test
    void scimUsersAndGroups() {
        Map<String, Object> user = map("databricks:preview/scim/v2/Users/create",
                Map.of("userName", unique("user") + "@example.com", "displayName", "IT User"));
        Object userId = user.get("id");
        assertThat(map("databricks:preview/scim/v2/Users/get?param.id=" + userId, null)).containsEntry("id", userId);
        assertThat(items(map("databricks:preview/scim/v2/Users/list", null), "Resources")).isNotEmpty();
        Map<String, Object> group = map("databricks:preview/scim/v2/Groups/create", Map.of("displayName", unique("group")));
        Object groupId = group.get("id");
        assertThat(map("databricks:preview/scim/v2/Groups/get?param.id=" + groupId, null)).containsEntry("id", groupId);
        assertThat(items(map("databricks:preview/scim/v2/Groups/list", null), "Resources")).isNotEmpty();
        map("databricks:preview/scim/v2/Groups/delete?param.id=" + groupId, null);
        map("databricks:preview/scim/v2/Users/delete?param.id=" + userId, null);
    }

    @Test
    void unityCatalogCatalogsSchemasVolumes() {
        String catalog = unique("cat").replace('-', '_');
        map("databricks:unity-catalog/catalogs/create?name=" + catalog, null);
        assertThat(map("databricks:unity-catalog/catalogs/get?name=" + catalog, null)).containsEntry("name", catalog);
        assertThat(items(map("databricks:unity-catalog/catalogs/list", null), "catalogs")).extracting(c -> c.get("name"))
                .contains(catalog);
        map("databricks:unity-catalog/schemas/create?name=s1&catalogName=" + catalog, null);
        assertThat(map("databricks:unity-catalog/schemas/get?fullName=" + catalog + ".s1", null)).containsEntry("name", "s1");
        assertThat(items(map("databricks:unity-catalog/schemas/list?catalogName=" + catalog, null), "schemas")).isNotEmpty();
        map("databricks:unity-catalog/volumes/create", Map.of("catalog_name", catalog, "schema_name", "s1", "name", "v1",
                "volume_type", "MANAGED"));
        assertThat(map("databricks:unity-catalog/volumes/read?name=" + catalog + ".s1.v1", null)).containsEntry("name", "v1");
        assertThat(items(map("databricks:unity-catalog/volumes/list?catalogName=" + catalog + "&schemaName=s1", null),
                "volumes")).hasSize(1);
        map("databricks:unity-catalog/volumes/delete?name=" + catalog + ".s1.v1", null);
        map("databricks:unity-catalog/schemas/delete?fullName=" + catalog + ".s1", null);
        map("databricks:unity-catalog/catalogs/delete?name=" + catalog + "&param.force=true", null);
    }

    @Test
    void mlflowExperimentsAndRuns() {
        String experimentId = (String) map("databricks:mlflow/experiments/create?name=" + unique("/it/exp"), null)
                .get("experiment_id");
        assertThat(map("databricks:mlflow/experiments/get?experimentId=" + experimentId, null)).containsKey("experiment");
        assertThat(items(map("databricks:mlflow/experiments/search", Map.of("max_results", 100)), "experiments")).isNotEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> run = (Map<String, Object>) map("databricks:mlflow/runs/create?experimentId=" + experimentId, null)
                .get("run");
        @SuppressWarnings("unchecked")
        Object runId = ((Map<String, Object>) run.get("info")).get("run_id");
        assertThat(map("databricks:mlflow/runs/get?param.run_id=" + runId, null)).containsKey("run");
        map("databricks:mlflow/runs/delete", Map.of("run_id", runId));
        map("databricks:mlflow/experiments/delete?experimentId=" + experimentId, null);
    }

    @Test
    void sqlQueryHistory() {
        assertThat(map("databricks:sql/history/queries", null)).isNotNull();
    }

    @Test
    void servingEndpoints() {
        String name = unique("serve");
        map("databricks:serving-endpoints/create", Map.of("name", name, "config", Map.of("served_entities",
                List.of(Map.of("entity_name", "model", "entity_version", "1", "workload_size", "Small",
                        "scale_to_zero_enabled", true)))));
        assertThat(map("databricks:serving-endpoints/get?name=" + name, null)).containsEntry("name", name);
        assertThat(items(map("databricks:serving-endpoints/list", null), "endpoints")).extracting(e -> e.get("name")).contains(name);
        map("databricks:serving-endpoints/delete?name=" + name, null);
    }

    @Test
    void pipelines() {
        String id = (String) map("databricks:pipelines/create", Map.of("name", unique("dlt"), "development", true))
                .get("pipeline_id");
        assertThat(map("databricks:pipelines/get?pipelineId=" + id, null)).containsEntry("pipeline_id", id);
        assertThat(items(map("databricks:pipelines/list", null), "statuses")).isNotEmpty();
        map("databricks:pipelines/delete?pipelineId=" + id, null);
    }
}
