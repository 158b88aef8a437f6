package dev.lakeroute.camel.databricks.it;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.workflow.DatabricksWorkflow;

import static org.assertj.core.api.Assertions.assertThat;

/** databricks:workflow keeps one job per route and definition, runs it, repairs it and answers each task's result. */
class WorkflowTest extends JobsTestSupport {

    private void route(String routeId, String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:" + routeId).routeId(routeId).to(uri);
            }
        });
    }

    private DatabricksWorkflow threeTasks(String name, String marker) {
        return DatabricksWorkflow.named(name).existingCluster(clusterId)
                .task("extract").pythonFile("dbfs:" + SCRIPTS + "ok.py")
                .task("transform").pythonFile("dbfs:" + SCRIPTS + "once.py", marker).dependsOn("extract")
                .task("report").pythonFile("dbfs:" + SCRIPTS + "ok.py").dependsOn("transform").runIf("ALL_SUCCESS")
                .workflow();
    }

    private Exchange send(String routeId, Object body) {
        return template.request("direct:" + routeId, e -> e.getMessage().setBody(body));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> jobsNamed(String name) {
        Map<String, Object> page = map("databricks:jobs/list?name=" + name, null);
        return (List<Map<String, Object>>) page.getOrDefault("jobs", List.of());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWorkflowWhoseTaskFailsFirstIsRepairedAndAnswersEveryTasksResult() throws Exception {
        route("wf-repair", "databricks:workflow?repairAttempts=1");
        String name = unique("it-wf-repair");
        Exchange e = send("wf-repair", threeTasks(name, unique("wf")).build());
        assertThat(e.getException()).isNull();
        Map<String, Map<String, Object>> tasks = e.getMessage().getBody(Map.class);
        assertThat(tasks).containsOnlyKeys("extract", "transform", "report");
        assertThat(tasks.values()).allSatisfy(t -> {
            assertThat(t).containsEntry("result_state", "SUCCESS");
            assertThat((String) t.get("run_page_url")).isNotBlank();
        });
        assertThat(String.valueOf(((Map<String, Object>) tasks.get("transform").get("output")).get("logs"))).contains("found");
        assertThat(e.getMessage().getHeader(DatabricksConstants.RUN_PAGE_URL, String.class)).isNotBlank();
        Object runId = e.getMessage().getHeader(DatabricksConstants.RUN_ID);
        Map<String, Object> run = map("databricks:jobs/runs/get?param.include_history=true&runId=" + runId, null);
        assertThat((List<Map<String, Object>>) run.get("repair_history")).extracting(r -> r.get("type")).containsExactly("ORIGINAL", "REPAIR");
        assertThat(run.get("job_id")).isEqualTo(e.getMessage().getHeader(DatabricksConstants.JOB_ID));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWorkflowStartedTwiceKeepsOneJobAndAChangedDefinitionResetsThatJob() throws Exception {
        route("wf-once", "databricks:workflow");
        String name = unique("it-wf-once");
        DatabricksWorkflow first = DatabricksWorkflow.named(name).existingCluster(clusterId)
                .task("a").pythonFile("dbfs:" + SCRIPTS + "ok.py").workflow();
        Object jobId = send("wf-once", first.build()).getMessage().getHeader(DatabricksConstants.JOB_ID);
        Exchange again = send("wf-once", first.build());
        assertThat(again.getException()).isNull();
        assertThat(again.getMessage().getHeader(DatabricksConstants.JOB_ID)).isEqualTo(jobId);
        assertThat(jobsNamed(name)).hasSize(1);
        Map<String, Object> tags = (Map<String, Object>) ((Map<String, Object>) jobsNamed(name).get(0).get("settings")).get("tags");
        assertThat(tags).containsEntry("camel_route_id", "wf-once").containsKey("camel_definition_hash");

        Exchange changed = send("wf-once", first.task("b").pythonFile("dbfs:" + SCRIPTS + "ok.py").dependsOn("a").build());
        assertThat(changed.getException()).isNull();
        assertThat(changed.getMessage().getHeader(DatabricksConstants.JOB_ID)).isEqualTo(jobId);
        assertThat(changed.getMessage().getBody(Map.class)).containsOnlyKeys("a", "b");
        assertThat(jobsNamed(name)).hasSize(1);
        Map<String, Object> settings = (Map<String, Object>) map("databricks:jobs/get?jobId=" + jobId, null).get("settings");
        assertThat((List<Object>) settings.get("tasks")).hasSize(2);
        assertThat(((Map<String, Object>) settings.get("tags")).get("camel_definition_hash")).isNotEqualTo(tags.get("camel_definition_hash"));
    }

    @Test
    void theDefinitionMayBeABeanAndTheBodyThenCarriesTheRunsParameters() throws Exception {
        String name = unique("it-wf-bean");
        context.getRegistry().bind("nightly", DatabricksWorkflow.named(name).existingCluster(clusterId)
                .task("sleep").pythonFile("dbfs:" + SCRIPTS + "sleep.py", "600").workflow());
        route("wf-bean", "databricks:workflow?definition=#bean:nightly");
        Exchange e = send("wf-bean", Map.of("python_params", List.of("0")));
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader(DatabricksConstants.RUN_RESULT_STATE)).isEqualTo("SUCCESS");
        assertThat(jobsNamed(name)).hasSize(1);
    }
}
