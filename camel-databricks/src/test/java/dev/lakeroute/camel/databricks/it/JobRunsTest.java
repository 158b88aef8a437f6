package dev.lakeroute.camel.databricks.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.ComponentThreads;
import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksRunFailedException;
import dev.lakeroute.camel.databricks.error.DatabricksTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Job runs that really run (spark_python_task through python3 in databricks-local), waited for by the route. */
class JobRunsTest extends DatabricksLocalTestSupport {

    private static String clusterId;
    private static final String SCRIPTS = "/FileStore/it-scripts/";

    @BeforeEach
    void clusterAndScripts() {
        if (clusterId != null) {
            return;
        }
        Exchange created = exchange("databricks:clusters/create?sparkVersion=latest-lts&waitForState=RUNNING",
                Map.of("cluster_name", "it-jobs", "node_type_id", "i3.xlarge", "num_workers", 0));
        skipIfNotServed(created.getException(), "clusters/create");
        clusterId = created.getMessage().getHeader(DatabricksConstants.CLUSTER_ID, String.class);
        call("databricks:dbfs/put?overwrite=true&path=" + SCRIPTS + "ok.py", "print('hello from python')\n");
        call("databricks:dbfs/put?overwrite=true&path=" + SCRIPTS + "fail.py", "print('about to fail')\n1 / 0\n");
        call("databricks:dbfs/put?overwrite=true&path=" + SCRIPTS + "slow.py", "import time\ntime.sleep(600)\n");
        call("databricks:dbfs/put?overwrite=true&path=" + SCRIPTS + "load.py", "print('loaded 3 rows')\n");
    }

    private Map<String, Object> submit(String name, String script) {
        return Map.of("run_name", name, "tasks", List.of(Map.of("task_key", "main", "existing_cluster_id", clusterId,
                "spark_python_task", Map.of("python_file", "dbfs:" + SCRIPTS + script))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void runsSubmitWaitsUntilSuccessAndFetchesTheOutput() {
        Exchange e = exchange("databricks:jobs/runs/submit?fetchOutput=true", submit("it-ok", "ok.py"));
        skipIfNotServed(e.getException(), "jobs/runs/submit");
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader(DatabricksConstants.RUN_RESULT_STATE)).isEqualTo("SUCCESS");
        assertThat(e.getMessage().getHeader(DatabricksConstants.RUN_PAGE_URL, String.class)).isNotBlank();
        assertThat(String.valueOf(e.getMessage().getBody(Map.class).get("logs"))).contains("hello from python");
    }

    @Test
    void runNowWaitsToSuccessAndToFailureWithRunPageUrl() {
        Map<String, Object> ok = call("databricks:jobs/create", Map.of("name", "it-run-now-ok", "tasks", submit("x", "ok.py").get("tasks")));
        Exchange success = exchange("databricks:jobs/run-now?jobId=" + ok.get("job_id"), null);
        assertThat(success.getException()).isNull();
        assertThat(success.getMessage().getHeader(DatabricksConstants.RUN_RESULT_STATE)).isEqualTo("SUCCESS");

        Map<String, Object> bad = call("databricks:jobs/create", Map.of("name", "it-run-now-fail", "tasks", submit("x", "fail.py").get("tasks")));
        Exchange failed = exchange("databricks:jobs/run-now?jobId=" + bad.get("job_id"), null);
        assertThat(failed.getException()).isInstanceOf(DatabricksRunFailedException.class);
        DatabricksRunFailedException failure = (DatabricksRunFailedException) failed.getException();
        assertThat(failure.getResultState()).isEqualTo("FAILED");
        assertThat(failure.getRunPageUrl()).isNotBlank();
        assertThat(failure.getMessage()).contains(failure.getRunPageUrl());
        assertThat(failure.getStateMessage()).contains("ZeroDivisionError");
    }

    @Test
    @SuppressWarnings("unchecked")
    void fetchOutputOfSeveralTasksIsAMapByTaskKey() {
        Map<String, Object> run = Map.of("run_name", "it-multi", "tasks", List.of(
                Map.of("task_key", "extract", "existing_cluster_id", clusterId,
                        "spark_python_task", Map.of("python_file", "dbfs:" + SCRIPTS + "ok.py")),
                Map.of("task_key", "load", "existing_cluster_id", clusterId, "depends_on", List.of(Map.of("task_key", "extract")),
                        "spark_python_task", Map.of("python_file", "dbfs:" + SCRIPTS + "load.py"))));
        Exchange e = exchange("databricks:jobs/runs/submit?fetchOutput=true", run);
        assertThat(e.getException()).isNull();
        Map<String, Object> outputs = e.getMessage().getBody(Map.class);
        assertThat(outputs).containsOnlyKeys("extract", "load");
        assertThat(String.valueOf(((Map<String, Object>) outputs.get("extract")).get("logs"))).contains("hello from python");
        assertThat(String.valueOf(((Map<String, Object>) outputs.get("load")).get("logs"))).contains("loaded 3 rows");
    }

    @Test
    @SuppressWarnings("unchecked")
    void runTimeoutCancelsTheRun() {
        Exchange e = exchange("databricks:jobs/runs/submit?runTimeout=1000", submit("it-timeout", "slow.py"));
        assertThat(e.getException()).isInstanceOf(DatabricksTimeoutException.class);
        String runId = ((DatabricksTimeoutException) e.getException()).getId();
        await().atMost(20, TimeUnit.SECONDS).until(() -> {
            Map<String, Object> state = (Map<String, Object>) map("databricks:jobs/runs/get?runId=" + runId, null).get("state");
            return "TERMINATED".equals(state.get("life_cycle_state")) && "CANCELED".equals(state.get("result_state"));
        });
    }

    @Test
    void redeliveryWithTheSameMessageIdStartsOneRun() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // A direct step: recipientList and multicast give each copy a new message id.
                from("direct:submit").routeId("submit").to("databricks:jobs/runs/submit");
            }
        });
        int before = runs(false).size();
        List<Object> runIds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Exchange e = template.request("direct:submit", x -> {
                x.getMessage().setMessageId("queue-message-" + clusterId);
                x.getMessage().setBody(submit("it-once", "ok.py"));
            });
            assertThat(e.getException()).isNull();
            runIds.add(e.getMessage().getHeader(DatabricksConstants.RUN_ID));
        }
        assertThat(runIds.get(1)).isEqualTo(runIds.get(0));
        assertThat(runs(false).size()).isEqualTo(before + 1);

        // A business key in the header wins over the message id: two messages, one run.
        String key = "order-" + System.nanoTime();
        List<Object> keyed = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Exchange e = template.request("direct:submit", x -> {
                x.getMessage().setHeader(DatabricksConstants.IDEMPOTENCY_TOKEN, key);
                x.getMessage().setBody(submit("it-keyed", "ok.py"));
            });
            assertThat(e.getException()).isNull();
            keyed.add(e.getMessage().getHeader(DatabricksConstants.RUN_ID));
        }
        assertThat(keyed.get(1)).isEqualTo(keyed.get(0)).isNotEqualTo(runIds.get(0));
        assertThat(runs(false).size()).isEqualTo(before + 2);
    }

    @Test
    void routeStopCancelsTheRunsItWaitsForAndLeavesNoneRunning() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:slow").routeId("slow").to("databricks:jobs/runs/submit");
            }
        });
        AsyncProducer producer = context.getEndpoint("direct:slow").createAsyncProducer();
        producer.start();
        CountDownLatch done = new CountDownLatch(2);
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Exchange x = new DefaultExchange(context);
            x.getMessage().setBody(submit("it-slow-" + i, "slow.py"));
            exchanges.add(x);
            producer.process(x, sync -> done.countDown());
        }
        await().atMost(20, TimeUnit.SECONDS).until(() -> runs(true).stream()
                .filter(r -> String.valueOf(r.get("run_name")).startsWith("it-slow-")).count() == 2);
        context.getRouteController().stopRoute("slow", 1, TimeUnit.SECONDS);
        assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(exchanges).allSatisfy(x -> assertThat(x.getException()).isNotNull());
        await().atMost(20, TimeUnit.SECONDS).until(() -> runs(true).isEmpty());
        producer.stop();
    }

    @Test
    void twoHundredConcurrentRunsSubmitWaitsUseAtMost32ComponentThreads() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:many").routeId("many").to("databricks:jobs/runs/submit");
            }
        });
        ComponentThreads threads = ComponentThreads.sample(context);
        AsyncProducer producer = context.getEndpoint("direct:many").createAsyncProducer();
        producer.start();
        CountDownLatch done = new CountDownLatch(200);
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Exchange x = new DefaultExchange(context);
            // Condition tasks need no cluster or process: the load is on the waits, not on python.
            x.getMessage().setBody(Map.of("run_name", "it-many-" + i, "tasks", List.of(Map.of("task_key", "check",
                    "condition_task", Map.of("op", "EQUAL_TO", "left", String.valueOf(i), "right", String.valueOf(i))))));
            exchanges.add(x);
            producer.process(x, sync -> done.countDown());
        }
        assertThat(done.await(120, TimeUnit.SECONDS)).isTrue();
        threads.close();
        producer.stop();
        assertThat(exchanges).allSatisfy(x -> {
            assertThat(x.getException()).isNull();
            assertThat(x.getMessage().getHeader(DatabricksConstants.RUN_RESULT_STATE)).isEqualTo("SUCCESS");
        });
        assertThat(threads.max()).as("component threads during 200 concurrent waits: %s", threads).isLessThanOrEqualTo(32);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> runs(boolean activeOnly) {
        return (List<Map<String, Object>>) (List<?>) list("databricks:jobs/runs/list?paginate=true"
                                                          + (activeOnly ? "&param.active_only=true" : ""), null);
    }
}
