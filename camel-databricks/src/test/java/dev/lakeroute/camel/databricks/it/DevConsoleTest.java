package dev.lakeroute.camel.databricks.it;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.main.Main;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The databricks dev console as camel-main finds it (camel.main.devConsoleEnabled, the service file generated from
 * {@code @DevConsole}), called while a run is waited for against databricks-local.
 */
class DevConsoleTest {

    @RegisterExtension
    static final DatabricksLocalExtension LOCAL = DatabricksLocalExtension.perJvm();

    private Main main;

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsTheWaitInFlightTheRateLimiterAndTheSensorsLastPoll() {
        main = new Main();
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").recipientList(header("databricksUri"));
                from("direct:submit").to("databricks:jobs/runs/submit?rateLimit=5");
                // The sensor polls its own family (dbfs), so the jobs limiter (rateLimit=5) serves the submit and its
                // polls only: a runs sensor would page through every earlier test's runs of the shared server under it.
                from("databricks:dbfs/list?path=/FileStore/it-console&delay=500").routeId("filesSensor").to("log:files?level=DEBUG");
            }
        });
        main.addInitialProperty("camel.main.devConsoleEnabled", "true");
        main.addInitialProperty("camel.component.databricks.host", LOCAL.url());
        main.addInitialProperty("camel.component.databricks.token", LOCAL.token());
        main.start();
        ProducerTemplate template = main.getCamelContext().createProducerTemplate();

        Exchange cluster = template.request("direct:call", e -> {
            e.getMessage().setHeader("databricksUri", "databricks:clusters/create?sparkVersion=latest-lts&waitForState=RUNNING");
            e.getMessage().setBody(Map.of("cluster_name", "it-console", "node_type_id", "i3.xlarge", "num_workers", 0));
        });
        assertThat(cluster.getException()).isNull();
        String clusterId = cluster.getMessage().getHeader(DatabricksConstants.CLUSTER_ID, String.class);
        template.request("direct:call", e -> {
            e.getMessage().setHeader("databricksUri", "databricks:dbfs/put?overwrite=true&path=/FileStore/it-console/three.py");
            e.getMessage().setBody("import time\ntime.sleep(6)\n");
        });
        CompletableFuture<Exchange> run = template.asyncSend("direct:submit", e -> {
            e.getMessage().setHeader(DatabricksConstants.IDEMPOTENCY_TOKEN, "it-console-" + java.util.UUID.randomUUID());
            e.getMessage().setBody(Map.of("run_name", "it-console", "tasks", List.of(Map.of("task_key", "main",
                    "existing_cluster_id", clusterId, "spark_python_task", Map.of("python_file", "dbfs:/FileStore/it-console/three.py")))));
        });

        DevConsole console = DevConsoleRegistry.get(main.getCamelContext()).resolveById("databricks");
        assertThat(console).as("camel-main resolves the databricks console from its service file").isNotNull();
        await().atMost(60, TimeUnit.SECONDS).untilAsserted(() -> {
            JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON);
            assertThat(run).as("the run ended before the console saw its wait: %s; console %s",
                    run.isDone() ? String.valueOf(run.join().getException()) : "", json.toJson()).isNotDone();
            JsonObject component = (JsonObject) ((JsonArray) json.get("components")).get(0);
            assertThat((List<Object>) component.get("waits")).isNotEmpty();
            assertThat(((JsonObject) ((JsonArray) component.get("waits")).get(0)).get("state")).isNotNull();
            assertThat(((JsonObject) ((JsonArray) json.get("sensors")).get(0)).get("lastSuccessfulPoll")).isNotNull();
        });

        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON);
        String text = (String) console.call(DevConsole.MediaType.TEXT);
        System.out.println("Console JSON: " + json.toJson());
        System.out.println("Console text:\n" + text);
        JsonObject component = (JsonObject) ((JsonArray) json.get("components")).get(0);
        JsonObject wait = (JsonObject) ((JsonArray) component.get("waits")).get(0);
        assertThat(wait).containsEntry("operation", "jobs/runs/submit").containsEntry("kind", "run").containsKey("elapsedMillis");
        assertThat((String) wait.get("runPageUrl")).contains("/run/" + wait.get("id"));
        // Every family called has a limiter (429s may lower any of them); only jobs has a configured rate here.
        JsonObject limiter = ((JsonArray) component.get("rateLimiters")).stream().map(JsonObject.class::cast)
                .filter(l -> "jobs".equals(l.get("family"))).findFirst().orElseThrow();
        assertThat(limiter).containsEntry("permitsPerSecond", 5.0).containsEntry("rateLimit", 5.0);
        assertThat(((JsonObject) component.get("counts")).getLong("calls")).isPositive();
        JsonObject sensor = (JsonObject) ((JsonArray) json.get("sensors")).get(0);
        assertThat(sensor).containsEntry("routeId", "filesSensor").containsEntry("consecutiveErrors", 0L);
        assertThat(sensor.get("lastSuccessfulPoll")).isNotNull();
        assertThat(json.toJson()).doesNotContain(LOCAL.token());
        assertThat(text).contains("Waits in flight: 1").contains("jobs/runs/submit run ").doesNotContain(LOCAL.token());

        assertThat(run.join().getException()).isNull();
        await().atMost(5, TimeUnit.SECONDS).untilAsserted(() -> {
            JsonObject after = (JsonObject) ((JsonArray) ((JsonObject) console.call(DevConsole.MediaType.JSON)).get("components")).get(0);
            assertThat((List<Object>) after.get("waits")).as("the wait ended").isEmpty();
        });
    }
}
