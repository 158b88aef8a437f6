package dev.lakeroute.camel.databricks;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.auth.DatabricksEnvironment;
import dev.lakeroute.camel.databricks.error.DatabricksCommandException;
import dev.lakeroute.camel.databricks.error.DatabricksRunFailedException;
import dev.lakeroute.camel.databricks.error.DatabricksStateException;
import dev.lakeroute.camel.databricks.error.DatabricksTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The composite steps through routes against a scripted workspace ({@link FakeWorkspace}): command
 * lifecycle and context policies, run waits at scale, statement paging. The same behaviour against
 * databricks-local (real clusters, runs and Spark) is in the {@code it} package.
 */
class CompositeStepsTest extends CamelTestSupport {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CompositeStepsTest.class);
    private static FakeWorkspace workspace;

    @BeforeAll
    static void startWorkspace() throws Exception {
        workspace = new FakeWorkspace();
    }

    @AfterAll
    static void stopWorkspace() {
        workspace.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        DatabricksComponent component = new DatabricksComponent();
        component.getConfiguration().setHost(workspace.url());
        component.getConfiguration().setToken("dapi-fake");
        component.getConfiguration().setPollInterval(20);
        component.getConfiguration().setMaxPollInterval(100);
        component.setEnvironment(DatabricksEnvironment.of(Map.of("HOME", Files.createTempDirectory("home").toString())));
        context.addComponent("databricks", component);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").routeId("call").recipientList(header("databricksUri"));
                from("direct:scala").routeId("scala").to("databricks:command?clusterId=c1&lang=scala");
                from("direct:runs").routeId("runs").to("databricks:jobs/runs/submit");
            }
        };
    }

    private Exchange send(String uri, Object body) {
        return template.request("direct:call", e -> {
            e.getMessage().setHeader("databricksUri", uri);
            e.getMessage().setBody(body);
        });
    }

    // ---- databricks:command

    @Test
    void commandReturnsTextAndTheLifecycleHeaders() {
        Exchange e = send("databricks:command?clusterId=c1&lang=scala&contextPolicy=perExchange", "1 + 1");
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getBody()).isEqualTo("echo:1 + 1");
        assertThat(e.getMessage().getHeaders()).containsEntry(DatabricksConstants.COMMAND_STATUS, "Finished")
                .containsEntry(DatabricksConstants.RESULT_TYPE, "text")
                .containsEntry(DatabricksConstants.CLUSTER_ID, "c1")
                .containsKeys(DatabricksConstants.CONTEXT_ID, DatabricksConstants.COMMAND_ID);
    }

    @Test
    @SuppressWarnings("unchecked")
    void tableResultIsAListOfRowMapsWithSchemaAndTruncationHeaders() {
        Exchange e = send("databricks:command?clusterId=c1&language=sql", "table");
        assertThat(e.getException()).isNull();
        assertThat((List<Map<String, Object>>) e.getMessage().getBody())
                .containsExactly(Map.of("id", 1, "name", "a"), Map.of("id", 2, "name", "b"));
        assertThat((List<Map<String, Object>>) e.getMessage().getHeader(DatabricksConstants.RESULT_SCHEMA))
                .extracting(c -> c.get("name")).containsExactly("id", "name");
        assertThat(e.getMessage().getHeader(DatabricksConstants.RESULT_TRUNCATED)).isEqualTo(false);
    }

    @Test
    void imagesResultIsAListOfBase64Strings() {
        Exchange e = send("databricks:command?clusterId=c1&lang=python", "images");
        assertThat(e.getMessage().getBody()).isEqualTo(List.of("aGVsbG8="));
    }

    @Test
    void errorResultFailsWithSummaryAndCause() {
        Exchange e = send("databricks:command?clusterId=c1&lang=scala", "fail");
        assertThat(e.getException()).isInstanceOf(DatabricksCommandException.class);
        DatabricksCommandException failure = (DatabricksCommandException) e.getException();
        assertThat(failure.getSummary()).isEqualTo("java.lang.RuntimeException: boom");
        assertThat(failure.getCommandCause()).contains("at line 1");
        assertThat(failure.getStatus()).isEqualTo("Finished");
    }

    @Test
    void fileBodyIsSentAsTheMultipartCommandPart() throws Exception {
        File script = Files.createTempFile("script", ".scala").toFile();
        Files.writeString(script.toPath(), "println(42)");
        Exchange e = send("databricks:command?clusterId=c1&lang=scala&contextPolicy=perExchange", script);
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getBody()).isEqualTo("echo:println(42) (file)");
    }

    @Test
    void perExchangeContextsAreDestroyedAfterEachMessage() {
        int before = workspace.contextsCreated.get();
        List<Object> used = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Exchange e = send("databricks:command?clusterId=c-per&lang=python&contextPolicy=perExchange", "x");
            assertThat(e.getException()).isNull();
            used.add(e.getMessage().getHeader(DatabricksConstants.CONTEXT_ID));
        }
        assertThat(workspace.contextsCreated.get() - before).isEqualTo(3);
        assertThat(used).doesNotHaveDuplicates().allSatisfy(id -> assertThat(workspace.contexts).doesNotContainKey((String) id));
        java.util.Set<String> existing = java.util.Set.copyOf(workspace.contexts.keySet());
        Exchange e = send("databricks:command?clusterId=c-per&lang=python&contextPolicy=perExchange", "fail");
        assertThat(e.getException()).isInstanceOf(DatabricksCommandException.class);
        assertThat(existing).as("destroyed after a failure too").containsAll(workspace.contexts.keySet());
    }

    @Test
    void headerPolicyUsesTheContextOfTheHeader() {
        Exchange created = send("databricks:contexts/create?clusterId=c1&language=scala", null);
        String contextId = created.getMessage().getHeader(DatabricksConstants.CONTEXT_ID, String.class);
        Exchange e = template.request("direct:call", x -> {
            x.getMessage().setHeader("databricksUri", "databricks:command?clusterId=c1&lang=scala&contextPolicy=header");
            x.getMessage().setHeader(DatabricksConstants.CONTEXT_ID, contextId);
            x.getMessage().setBody("hello");
        });
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader(DatabricksConstants.CONTEXT_ID)).isEqualTo(contextId);
        assertThat(workspace.contexts).containsKey(contextId);
    }

    @Test
    void sharedContextIsCreatedOnceForAHundredConcurrentMessages() throws Exception {
        int before = workspace.contextsCreated.get();
        List<Exchange> done = sendConcurrently("direct:scala", 100, i -> "msg " + i, Map.of());
        assertThat(done).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(done.stream().map(e -> e.getMessage().getHeader(DatabricksConstants.CONTEXT_ID)).distinct()).hasSize(1);
        assertThat(workspace.contextsCreated.get() - before).isEqualTo(1);
    }

    @Test
    void lostSharedContextIsCreatedAgain() {
        String uri = "databricks:command?clusterId=c-lost&lang=scala";
        Exchange first = send(uri, "a");
        String lost = first.getMessage().getHeader(DatabricksConstants.CONTEXT_ID, String.class);
        workspace.contexts.remove(lost); // the cluster restarted
        Exchange second = send(uri, "b");
        assertThat(second.getException()).isNull();
        assertThat(second.getMessage().getBody()).isEqualTo("echo:b");
        assertThat(second.getMessage().getHeader(DatabricksConstants.CONTEXT_ID)).isNotEqualTo(lost);
    }

    @Test
    void commandTimeoutCancelsTheCommandThenFails() {
        int cancelled = workspace.commandsCancelled.get();
        Exchange e = send("databricks:command?clusterId=c1&lang=scala&commandTimeout=300", "sleep forever");
        assertThat(e.getException()).isInstanceOf(DatabricksTimeoutException.class);
        assertThat(e.getException().getMessage()).contains("command").contains("300 ms");
        assertThat(workspace.commandsCancelled.get()).isEqualTo(cancelled + 1);
    }

    @Test
    void routeStopCancelsTheRunningCommandAndDestroysTheSharedContext() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:stopme").routeId("stopme").to("databricks:command?clusterId=c-stop&lang=scala");
            }
        });
        assertThat(template.requestBody("direct:stopme", "warm up")).isEqualTo("echo:warm up");
        String shared = workspace.contexts.keySet().stream().filter(id -> workspace.commands.values().stream()
                .anyMatch(c -> c.context.equals(id) && c.text.equals("warm up"))).findFirst().orElseThrow();
        AtomicInteger callbacks = new AtomicInteger();
        List<Exchange> failed = new CopyOnWriteArrayList<>();
        AsyncProducer producer = context.getEndpoint("direct:stopme").createAsyncProducer();
        producer.start();
        Exchange running = new DefaultExchange(context);
        running.getMessage().setBody("sleep 1h");
        producer.process(running, sync -> {
            callbacks.incrementAndGet();
            failed.add(running);
        });
        await().atMost(5, TimeUnit.SECONDS).until(() -> workspace.commands.values().stream()
                .anyMatch(c -> c.text.equals("sleep 1h") && c.polls.get() > 0));
        context.getRouteController().stopRoute("stopme", 1, TimeUnit.SECONDS);
        await().atMost(10, TimeUnit.SECONDS).until(() -> callbacks.get() == 1);
        assertThat(running.getException()).isNotNull();
        await().atMost(10, TimeUnit.SECONDS).until(() -> workspace.commands.values().stream()
                .filter(c -> c.text.equals("sleep 1h")).allMatch(c -> c.cancelled));
        await().atMost(10, TimeUnit.SECONDS).until(() -> !workspace.contexts.containsKey(shared));
        producer.stop();
        assertThat(callbacks.get()).as("callback.done exactly once").isEqualTo(1);
    }

    // ---- jobs

    @Test
    @SuppressWarnings("unchecked")
    void runsSubmitWaitsUntilSuccessAndExposesRunPageUrl() {
        Exchange e = send("databricks:jobs/runs/submit", Map.of("run_name", "ok", "tasks", List.of(Map.of("task_key", "t"))));
        assertThat(e.getException()).isNull();
        Map<String, Object> run = e.getMessage().getBody(Map.class);
        assertThat((Map<String, Object>) run.get("state")).containsEntry("result_state", "SUCCESS");
        assertThat(e.getMessage().getHeader(DatabricksConstants.RUN_PAGE_URL, String.class)).startsWith("https://fake.example/#job/");
        assertThat(e.getMessage().getHeader(DatabricksConstants.RUN_RESULT_STATE)).isEqualTo("SUCCESS");
    }

    @Test
    void failedRunRaisesRunFailedWithStateMessageAndRunPageUrl() {
        Exchange e = send("databricks:jobs/run-now?jobId=1", Map.of("run_name", "will fail"));
        assertThat(e.getException()).isInstanceOf(DatabricksRunFailedException.class);
        DatabricksRunFailedException failure = (DatabricksRunFailedException) e.getException();
        assertThat(failure.getResultState()).isEqualTo("FAILED");
        assertThat(failure.getStateMessage()).contains("ZeroDivisionError");
        assertThat(failure.getRunPageUrl()).startsWith("https://fake.example/#job/1/run/");
        assertThat(failure.getMessage()).contains(failure.getRunPageUrl());
    }

    @Test
    @SuppressWarnings("unchecked")
    void fetchOutputOfSeveralTasksIsAMapByTaskKey() {
        Exchange e = send("databricks:jobs/runs/submit?fetchOutput=true",
                Map.of("run_name", "multi", "tasks", List.of(Map.of("task_key", "extract"), Map.of("task_key", "load"))));
        assertThat(e.getException()).isNull();
        Map<String, Object> outputs = e.getMessage().getBody(Map.class);
        assertThat(outputs).containsOnlyKeys("extract", "load");
        long runId = ((Number) e.getMessage().getHeader(DatabricksConstants.RUN_ID)).longValue();
        assertThat((Map<String, Object>) outputs.get("load")).containsEntry("logs", "output of " + (runId * 100 + 1));
    }

    @Test
    void runTimeoutCancelsTheRun() {
        int cancelled = workspace.runsCancelled.get();
        Exchange e = send("databricks:jobs/runs/submit?runTimeout=200", Map.of("run_name", "forever"));
        assertThat(e.getException()).isInstanceOf(DatabricksTimeoutException.class);
        assertThat(workspace.runsCancelled.get()).isEqualTo(cancelled + 1);
    }

    @Test
    void redeliveredMessageGetsTheRunItsFirstDeliveryStarted() {
        Exchange first = template.request("direct:runs", x -> {
            x.getMessage().setMessageId("jms-message-42");
            x.getMessage().setBody(Map.of("run_name", "once"));
        });
        Exchange again = template.request("direct:runs", x -> {
            x.getMessage().setMessageId("jms-message-42");
            x.getMessage().setBody(Map.of("run_name", "once"));
        });
        Exchange other = template.request("direct:runs", x -> {
            x.getMessage().setMessageId("jms-message-43");
            x.getMessage().setBody(Map.of("run_name", "once"));
        });
        Object runId = first.getMessage().getHeader(DatabricksConstants.RUN_ID);
        assertThat(again.getMessage().getHeader(DatabricksConstants.RUN_ID)).isEqualTo(runId);
        assertThat(other.getMessage().getHeader(DatabricksConstants.RUN_ID)).isNotEqualTo(runId);
        Exchange explicit = template.request("direct:runs", x -> {
            x.getMessage().setHeader(DatabricksConstants.IDEMPOTENCY_TOKEN, "order-7");
            x.getMessage().setBody(Map.of("run_name", "once"));
        });
        assertThat(workspace.runsByToken).containsEntry("order-7",
                ((Number) explicit.getMessage().getHeader(DatabricksConstants.RUN_ID)).longValue());
    }

    @Test
    void twoHundredConcurrentRunWaitsUseAtMost32ComponentThreads() throws Exception {
        workspace.runPolls = 6;
        try {
            ComponentThreads threads = ComponentThreads.sample(context);
            long start = System.nanoTime();
            List<Exchange> done = sendConcurrently("direct:runs", 200, i -> Map.of("run_name", "load-" + i), Map.of());
            threads.close();
            assertThat(done).allSatisfy(e -> assertThat(e.getException()).isNull());
            assertThat(done).allSatisfy(e -> assertThat(e.getMessage().getHeader(DatabricksConstants.RUN_RESULT_STATE))
                    .isEqualTo("SUCCESS"));
            assertThat(threads.max()).as("component threads while 200 runs were waited for: %s", threads).isLessThanOrEqualTo(32);
            LOG.info("200 run waits in {} ms with at most {} component threads", (System.nanoTime() - start) / 1_000_000,
                    threads.max());
        } finally {
            workspace.runPolls = 2;
        }
    }

    @Test
    void routeStopCancelsTheRunsStillBeingWaitedFor() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:forever").routeId("forever").to("databricks:jobs/runs/submit");
            }
        });
        AsyncProducer producer = context.getEndpoint("direct:forever").createAsyncProducer();
        producer.start();
        CountDownLatch callbacks = new CountDownLatch(3);
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Exchange x = new DefaultExchange(context);
            x.getMessage().setBody(Map.of("run_name", "forever-" + i));
            exchanges.add(x);
            producer.process(x, sync -> callbacks.countDown());
        }
        await().atMost(5, TimeUnit.SECONDS).until(() -> workspace.runs.values().stream()
                .filter(r -> r.name.startsWith("forever-") && r.polls.get() > 0).count() == 3);
        context.getRouteController().stopRoute("forever", 1, TimeUnit.SECONDS);
        assertThat(callbacks.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(exchanges).allSatisfy(x -> assertThat(x.getException()).isNotNull());
        // With a forced shutdown, stopRoute may return while the producer is still stopping: wait for the cancels.
        await().atMost(10, TimeUnit.SECONDS).until(() -> workspace.runs.values().stream()
                .filter(r -> r.name.startsWith("forever-")).allMatch(r -> r.cancelled));
        producer.stop();
    }

    // ---- SQL statements

    @Test
    @SuppressWarnings("unchecked")
    void statementPagesEveryChunkAndTypesRowsByTheManifest() {
        Exchange e = send("databricks:sql/statements/execute?warehouseId=w1&statementWaitTimeout=5s",
                Map.of("statement", "SELECT * FROM sales"));
        assertThat(e.getException()).isNull();
        List<Map<String, Object>> rows = e.getMessage().getBody(List.class);
        assertThat(rows).hasSize(6);
        assertThat(rows.get(0)).containsEntry("id", 1).containsEntry("name", "row1").containsEntry("price", new BigDecimal("1.50"))
                .containsEntry("day", LocalDate.of(2024, 1, 1)).containsEntry("ok", true);
        assertThat(rows.get(1)).containsEntry("name", null).containsEntry("ok", false);
        assertThat(rows.get(5)).containsEntry("id", 6).containsEntry("day", LocalDate.of(2024, 1, 3));
        assertThat(e.getMessage().getHeader(DatabricksConstants.STATEMENT_ID)).isEqualTo("st-ok");
        assertThat(e.getMessage().getHeader(DatabricksConstants.ROW_COUNT)).isEqualTo(6L);
        assertThat((List<Map<String, Object>>) e.getMessage().getHeader(DatabricksConstants.RESULT_SCHEMA))
                .extracting(c -> c.get("type")).containsExactly("INT", "STRING", "DECIMAL", "DATE", "BOOLEAN");
    }

    @Test
    @SuppressWarnings("unchecked")
    void statementRowsCanBeStreamed() {
        Exchange e = send("databricks:sql/statements/execute?warehouseId=w1&streamList=true", Map.of("statement", "SELECT 1"));
        Iterator<Map<String, Object>> rows = e.getMessage().getBody(Iterator.class);
        List<Object> ids = new ArrayList<>();
        rows.forEachRemaining(r -> ids.add(r.get("id")));
        assertThat(ids).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void failedStatementRaisesTheServersMessage() {
        Exchange e = send("databricks:sql/statements/execute?warehouseId=w1", Map.of("statement", "SELECT * FROM nope"));
        assertThat(e.getException()).isInstanceOf(DatabricksStateException.class);
        assertThat(((DatabricksStateException) e.getException()).getMessages())
                .containsExactly("[TABLE_OR_VIEW_NOT_FOUND] The table or view `nope` cannot be found.");
        assertThat(((DatabricksStateException) e.getException()).getState()).isEqualTo("FAILED");
    }

    @Test
    void statementWaitTimeoutCancelsTheStatement() {
        int cancelled = workspace.statementsCancelled.get();
        Exchange e = send("databricks:sql/statements/execute?warehouseId=w1&waitTimeout=200", Map.of("statement", "forever"));
        assertThat(e.getException()).isInstanceOf(DatabricksTimeoutException.class);
        assertThat(workspace.statementsCancelled.get()).isEqualTo(cancelled + 1);
    }

    // ---- helpers

    /** Sends {@code count} messages without a thread per message: the producers are asynchronous. */
    private List<Exchange> sendConcurrently(String endpoint, int count, java.util.function.IntFunction<Object> body,
                                            Map<String, Object> headers) throws Exception {
        AsyncProducer producer = context.getEndpoint(endpoint).createAsyncProducer();
        producer.start();
        CountDownLatch latch = new CountDownLatch(count);
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Exchange x = new DefaultExchange(context);
            x.getMessage().setBody(body.apply(i));
            x.getMessage().getHeaders().putAll(headers);
            exchanges.add(x);
            producer.process(x, sync -> latch.countDown());
        }
        assertThat(latch.await(60, TimeUnit.SECONDS)).as("all exchanges completed").isTrue();
        producer.stop();
        return exchanges;
    }
}
