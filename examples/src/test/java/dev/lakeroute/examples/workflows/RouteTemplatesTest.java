package dev.lakeroute.examples.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.templates.DatabricksRouteTemplates;

/** The route templates shipped in camel-databricks' jar, each instantiated and run against databricks-local. */
class RouteTemplatesTest extends SparkWorkflowTestSupport {

    @TempDir
    Path dir;

    @BeforeEach
    void addTemplates() throws Exception {
        DatabricksRouteTemplates.addTo(context);
    }

    @Test
    void everyTemplateIsInTheJar() {
        assertThat(((org.apache.camel.model.ModelCamelContext) context).getRouteTemplateDefinitions())
                .extracting(t -> t.getId()).containsExactlyInAnyOrderElementsOf(DatabricksRouteTemplates.ALL);
    }

    @Test
    void runSinkRunsTheJobForEveryMessageAndWaits() throws Exception {
        long jobId = pythonJob("template-run-sink", "print('ran')\n");
        TemplatedRouteBuilder.builder(context, DatabricksRouteTemplates.RUN_SINK).routeId("orders-to-job")
                .parameter("input", "orders").parameter("jobId", jobId).add();

        var reply = template.request("direct:orders", e -> e.getMessage().setBody(Map.of()));

        assertThat(reply.getException()).isNull();
        assertThat(reply.getMessage().getHeader(DatabricksConstants.RUN_RESULT_STATE)).isEqualTo("SUCCESS");
        assertThat(reply.getMessage().getHeader(DatabricksConstants.RUN_ID, Long.class)).isPositive();
    }

    @Test
    void sqlSourceSendsEachRowOfTheStatement() throws Exception {
        MockEndpoint rows = getMockEndpoint("mock:rows");
        rows.expectedMinimumMessageCount(3);
        TemplatedRouteBuilder.builder(context, DatabricksRouteTemplates.SQL_SOURCE).routeId("squares")
                .parameter("warehouseId", warehouse())
                .parameter("statement", "SELECT id, id * id AS square FROM range(1, 4) ORDER BY id")
                .parameter("sink", "mock:rows").parameter("period", "600000").add();

        rows.assertIsSatisfied(90_000);
        assertThat(rows.getExchanges().subList(0, 3)).extracting(e -> e.getMessage().getBody(Map.class).get("square"))
                .map(String::valueOf).containsExactly("1", "4", "9");
    }

    @Test
    void commandActionRunsTheBodyOnTheCluster() throws Exception {
        TemplatedRouteBuilder.builder(context, DatabricksRouteTemplates.COMMAND_ACTION).routeId("scala-action")
                .parameter("input", "scala").parameter("clusterId", cluster()).parameter("language", "scala").add();

        String result = template.requestBody("direct:scala", "sc.parallelize(1 to 4).map(_ * 2).collect.mkString(\",\")", String.class);

        assertThat(result).contains("2,4,6,8");
    }

    @Test
    void fileToJobUploadsEachFileAndRunsTheJobOnIt() throws Exception {
        long jobId = pythonJob("template-file-to-job",
                "import sys\nassert sys.argv[-1] == 'dbfs:/FileStore/template-inbox/orders.csv', sys.argv\n",
                "--input", "{{job.parameters.input}}");
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        TemplatedRouteBuilder.builder(context, DatabricksRouteTemplates.FILE_TO_JOB).routeId("inbox-to-job")
                .parameter("inbox", inbox.toString()).parameter("jobId", jobId)
                .parameter("dbfsDir", "/FileStore/template-inbox").add();

        Files.writeString(inbox.resolve("orders.csv"), "id,amount\n1,10\n");

        await().atMost(Duration.ofSeconds(90)).until(() -> Files.exists(inbox.resolve(".done/orders.csv")));
        Map<String, Object> uploaded = call("databricks:dbfs/get-status?path=/FileStore/template-inbox/orders.csv", null);
        assertThat(((Number) uploaded.get("file_size")).longValue()).isEqualTo(Files.size(inbox.resolve(".done/orders.csv")));
    }

    /** A job with one spark_python_task whose script is uploaded first; extra arguments become its parameters. */
    private long pythonJob(String name, String script, String... parameters) {
        String file = "/FileStore/templates/" + name + ".py";
        template.requestBody("databricks:dbfs/put?overwrite=true&path=" + file, script);
        Map<String, Object> task = Map.of("task_key", "main", "existing_cluster_id", cluster(),
                "spark_python_task", Map.of("python_file", "dbfs:" + file, "parameters", List.of(parameters)));
        Map<String, Object> created = call("databricks:jobs/create", Map.of("name", name, "tasks", List.of(task),
                "parameters", List.of(Map.of("name", "input", "default", "")), "queue", Map.of("enabled", false)));
        return ((Number) created.get("job_id")).longValue();
    }
}
