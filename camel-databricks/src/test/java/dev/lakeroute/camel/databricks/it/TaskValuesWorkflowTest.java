package dev.lakeroute.camel.databricks.it;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.workflow.DatabricksWorkflow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Task values through databricks:workflow on a real Spark cluster: a python notebook sets one, a Scala notebook reads it
 * with dbutils.jobs.taskValues.get, and a third task gets it as a {{tasks.count.values.rows}} parameter. Runs/get-output
 * does not return task values on Databricks, so the route reads them where the last tasks pass them on: their
 * notebook_output.
 */
class TaskValuesWorkflowTest extends SparkTestSupport {

    private static final String COUNT = """
            # Databricks notebook source
            dbutils.jobs.taskValues.set(key="rows", value=42)
            """;
    private static final String CHECK = """
            // Databricks notebook source
            val rows = dbutils.jobs.taskValues.get("count", "rows", -1, -1)

            // COMMAND ----------

            dbutils.notebook.exit(s"check read rows=$rows")
            """;
    private static final String REPORT = """
            # Databricks notebook source
            dbutils.notebook.exit("report got rows=" + dbutils.widgets.get("rows"))
            """;

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {super.createRouteBuilder(), new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:nightly").to("databricks:workflow");
            }
        }};
    }

    private void notebook(String path, String language, String source) {
        call("databricks:workspace/import", Map.of("path", path, "format", "SOURCE", "language", language, "overwrite", true,
                "content", Base64.getEncoder().encodeToString(source.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aValueSetByOneTaskIsReadByGetAndByAReferenceDownstream() {
        call("databricks:workspace/mkdirs?path=/Shared/task-values", null);
        notebook("/Shared/task-values/count", "PYTHON", COUNT);
        notebook("/Shared/task-values/check", "SCALA", CHECK);
        notebook("/Shared/task-values/report", "PYTHON", REPORT);
        String clusterId = sharedCluster();
        Map<String, Object> workflow = DatabricksWorkflow.named("it-task-values-" + System.nanoTime()).existingCluster(clusterId)
                .task("count").notebook("/Shared/task-values/count")
                .task("check").notebook("/Shared/task-values/check").dependsOn("count")
                .task("report").notebook("/Shared/task-values/report", Map.of("rows", "{{tasks.count.values.rows}}")).dependsOn("check")
                .build();
        Exchange e = template.request("direct:nightly", x -> x.getMessage().setBody(workflow));
        assertThat(e.getException()).isNull();
        Map<String, Map<String, Object>> tasks = e.getMessage().getBody(Map.class);
        assertThat(tasks.values()).allSatisfy(t -> assertThat(t).containsEntry("result_state", "SUCCESS"));
        assertThat(notebookResult(tasks.get("check"))).isEqualTo("check read rows=42");
        assertThat(notebookResult(tasks.get("report"))).isEqualTo("report got rows=42");
    }

    @SuppressWarnings("unchecked")
    private static Object notebookResult(Map<String, Object> task) {
        return ((Map<String, Object>) ((Map<String, Object>) task.get("output")).get("notebook_output")).get("result");
    }
}
