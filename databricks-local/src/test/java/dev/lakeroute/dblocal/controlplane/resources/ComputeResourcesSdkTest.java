package dev.lakeroute.dblocal.controlplane.resources;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.service.compute.CreateInstancePool;
import com.databricks.sdk.service.compute.CreatePolicy;
import com.databricks.sdk.service.compute.EditInstancePool;
import com.databricks.sdk.service.compute.EditPolicy;
import com.databricks.sdk.service.compute.GetInstancePool;
import com.databricks.sdk.service.compute.GlobalInitScriptCreateRequest;
import com.databricks.sdk.service.compute.GlobalInitScriptDetails;
import com.databricks.sdk.service.compute.GlobalInitScriptUpdateRequest;
import com.databricks.sdk.service.compute.InstancePoolAndStats;
import com.databricks.sdk.service.compute.InstancePoolState;
import com.databricks.sdk.service.compute.ListClusterPoliciesRequest;
import com.databricks.sdk.service.compute.Policy;
import com.databricks.sdk.service.settings.CreateIpAccessList;
import com.databricks.sdk.service.settings.IpAccessListInfo;
import com.databricks.sdk.service.settings.ListType;
import com.databricks.sdk.service.settings.UpdateIpAccessList;
import com.databricks.sdk.service.workspace.CreateCredentialsRequest;
import com.databricks.sdk.service.workspace.UpdateCredentialsRequest;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static dev.lakeroute.dblocal.controlplane.resources.SdkClients.all;
import static dev.lakeroute.dblocal.controlplane.resources.SdkClients.assertErrorCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComputeResourcesSdkTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();

    private WorkspaceClient workspace;
    private RawHttp http;
    private String suffix;

    @BeforeEach
    void connect() {
        workspace = SdkClients.workspace(local);
        http = RawHttp.bearer(local.url(), local.token());
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void instancePoolsAreCreatedEditedListedAndDeleted() {
        String id = workspace.instancePools().create(new CreateInstancePool().setInstancePoolName("pool-" + suffix)
                .setNodeTypeId("i3.xlarge").setMinIdleInstances(0L).setMaxCapacity(10L)).getInstancePoolId();
        assertThat(id).contains("-pool-");

        GetInstancePool pool = workspace.instancePools().get(id);
        assertThat(pool.getState()).isEqualTo(InstancePoolState.ACTIVE);
        assertThat(pool.getDefaultTags()).containsEntry("DatabricksInstancePoolId", id);

        workspace.instancePools().edit(new EditInstancePool().setInstancePoolId(id).setInstancePoolName("renamed-" + suffix)
                .setNodeTypeId("i3.xlarge").setMaxCapacity(20L));
        assertThat(workspace.instancePools().get(id).getMaxCapacity()).isEqualTo(20L);
        assertThat(all(workspace.instancePools().list())).extracting(InstancePoolAndStats::getInstancePoolName).contains("renamed-" + suffix);

        workspace.instancePools().delete(id);
        assertThat(workspace.instancePools().get(id).getState()).isEqualTo(InstancePoolState.DELETED);
        assertThat(all(workspace.instancePools().list())).extracting(InstancePoolAndStats::getInstancePoolId).doesNotContain(id);
    }

    @Test
    void unknownInstancePoolAnswersTheClassic400() {
        RawHttp.Reply reply = http.get("/api/2.0/instance-pools/get?instance_pool_id=nope");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(http.post("/api/2.0/instance-pools/create", "{\"instance_pool_name\":\"x\"}").json().path("message").asText())
                .isEqualTo("Missing required field: node_type_id");
    }

    @Test
    void clusterPoliciesHoldAJsonDefinitionAndUniqueNames() {
        String definition = "{\"spark_version\":{\"type\":\"fixed\",\"value\":\"15.4.x-scala2.12\"}}";
        String id = workspace.clusterPolicies().create(new CreatePolicy().setName("policy-" + suffix).setDefinition(definition)).getPolicyId();
        Policy policy = workspace.clusterPolicies().get(id);
        assertThat(policy.getDefinition()).isEqualTo(definition);
        assertThat(policy.getCreatorUserName()).isEqualTo("admin@databricks.local");
        assertThat(all(workspace.clusterPolicies().list(new ListClusterPoliciesRequest()))).extracting(Policy::getPolicyId).contains(id);

        workspace.clusterPolicies().edit(new EditPolicy().setPolicyId(id).setName("policy-" + suffix).setDefinition("{}"));
        assertThat(workspace.clusterPolicies().get(id).getDefinition()).isEqualTo("{}");

        assertThatThrownBy(() -> workspace.clusterPolicies().create(new CreatePolicy().setName("policy-" + suffix).setDefinition("{}")))
                .satisfies(e -> assertErrorCode(e, "RESOURCE_ALREADY_EXISTS"));
        assertThatThrownBy(() -> workspace.clusterPolicies().create(new CreatePolicy().setName("bad-" + suffix).setDefinition("not json")))
                .satisfies(e -> assertErrorCode(e, "INVALID_PARAMETER_VALUE"));
        workspace.clusterPolicies().delete(id);
        assertThatThrownBy(() -> workspace.clusterPolicies().get(id)).satisfies(e -> assertErrorCode(e, "INVALID_PARAMETER_VALUE"));
    }

    @Test
    void globalInitScriptsKeepTheirScriptOutOfLists() {
        String script = Base64.getEncoder().encodeToString("#!/bin/bash\necho hi".getBytes());
        String id = workspace.globalInitScripts().create(new GlobalInitScriptCreateRequest().setName("init-" + suffix).setScript(script))
                .getScriptId();
        assertThat(workspace.globalInitScripts().get(id).getScript()).isEqualTo(script);
        assertThat(all(workspace.globalInitScripts().list())).extracting(GlobalInitScriptDetails::getScriptId).contains(id);
        assertThat(http.get("/api/2.0/global-init-scripts").body()).doesNotContain(script);

        workspace.globalInitScripts().update(new GlobalInitScriptUpdateRequest().setScriptId(id).setName("init-" + suffix)
                .setScript(script).setEnabled(true));
        assertThat(workspace.globalInitScripts().get(id).getEnabled()).isTrue();
        workspace.globalInitScripts().delete(id);
        assertThat(http.get("/api/2.0/global-init-scripts/" + id).status()).isEqualTo(404);
        assertThat(http.post("/api/2.0/global-init-scripts", "{\"name\":\"x\",\"script\":\"%%%\"}").errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
    }

    @Test
    void ipAccessListsValidateAddresses() {
        IpAccessListInfo created = workspace.ipAccessLists().create(new CreateIpAccessList().setLabel("office-" + suffix)
                .setListType(ListType.ALLOW).setIpAddresses(List.of("10.0.0.0/16", "192.168.1.7"))).getIpAccessList();
        assertThat(created.getAddressCount()).isEqualTo(2L);
        assertThat(created.getEnabled()).isTrue();
        workspace.ipAccessLists().update(new UpdateIpAccessList().setIpAccessListId(created.getListId()).setEnabled(false));
        assertThat(workspace.ipAccessLists().get(created.getListId()).getIpAccessList().getEnabled()).isFalse();
        assertThat(all(workspace.ipAccessLists().list())).extracting(IpAccessListInfo::getListId).contains(created.getListId());

        RawHttp.Reply bad = http.post("/api/2.0/ip-access-lists", "{\"label\":\"x\",\"list_type\":\"ALLOW\",\"ip_addresses\":[\"300.1.1.1\"]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(http.post("/api/2.0/ip-access-lists", "{\"label\":\"x\",\"list_type\":\"MAYBE\"}").errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
        workspace.ipAccessLists().delete(created.getListId());
        assertThat(http.get("/api/2.0/ip-access-lists/" + created.getListId()).status()).isEqualTo(404);
    }

    @Test
    void gitCredentialsAreOnePerUserAndNeverShowTheToken() {
        RawHttp other = new RawHttp(local.url(), "Basic " + Base64.getEncoder().encodeToString(("git-" + suffix + ":" + local.token()).getBytes()));
        RawHttp.Reply created = other.post("/api/2.0/git-credentials",
                "{\"git_provider\":\"github\",\"git_username\":\"ada\",\"personal_access_token\":\"ghp_secret\"}");
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().path("git_provider").asText()).isEqualTo("gitHub");
        assertThat(created.body()).doesNotContain("ghp_secret");
        assertThat(other.post("/api/2.0/git-credentials", "{\"git_provider\":\"gitLab\"}").errorCode()).isEqualTo("RESOURCE_ALREADY_EXISTS");
        long id = created.json().path("credential_id").asLong();
        assertThat(other.get("/api/2.0/git-credentials").json().path("credentials")).hasSize(1);
        assertThat(other.delete("/api/2.0/git-credentials/" + id).status()).isEqualTo(200);

        long sdkId = workspace.gitCredentials().create(new CreateCredentialsRequest().setGitProvider("gitLab").setGitUsername("me")
                .setPersonalAccessToken("glpat")).getCredentialId();
        workspace.gitCredentials().update(new UpdateCredentialsRequest().setCredentialId(sdkId).setGitProvider("gitLab").setGitUsername("me2"));
        assertThat(workspace.gitCredentials().get(sdkId).getGitUsername()).isEqualTo("me2");
        workspace.gitCredentials().delete(sdkId);
    }
}
