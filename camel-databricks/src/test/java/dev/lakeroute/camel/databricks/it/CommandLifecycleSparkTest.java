package dev.lakeroute.camel.databricks.it;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksCommandException;
import dev.lakeroute.camel.databricks.error.DatabricksStateException;
import dev.lakeroute.camel.databricks.error.DatabricksStoppedException;
import dev.lakeroute.camel.databricks.error.DatabricksTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * databricks:command and sql/statements/execute against databricks-local with real Spark drivers: Databricks' REST API 1.2
 * JAR example, result types and headers, the three context policies, cancellation on timeout and on route
 * stop, a lost shared context, autoStart, and statements paged, typed, streamed, failed and timed out. A cluster
 * of the class's own (it stops and restarts it) and the JVM's shared warehouse serve the whole class (each is a Spark
 * driver JVM), on the JVM's shared Spark server: the contexts, commands and tables it touches are its own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandLifecycleSparkTest extends SparkTestSupport {

    private static String clusterId;
    private static String warehouseId;

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] { createRouteBuilder(), new RouteBuilder() {
            @Override
            public void configure() {
                // Databricks' REST API 1.2 example: a JAR from disk to DBFS, installed on the cluster, then used from Scala.
                from("direct:deployAndRun").routeId("deploy")
                        .to("databricks:dbfs/put?path=/FileStore/jars/greeter.jar&overwrite=true")
                        .setBody(constant(Map.of("libraries", List.of(Map.of("jar", "dbfs:/FileStore/jars/greeter.jar")))))
                        .toD("databricks:libraries/install?waitForState=INSTALLED&clusterId=${header.cluster}")
                        .setBody(constant("demo.Greeter.greet(\"Camel\")"))
                        .toD("databricks:command?lang=scala&contextPolicy=perExchange&clusterId=${header.cluster}");
            }
        } };
    }

    /**
     * The JVM's shared cluster: autoStart's test terminates it and has it started again, so it is RUNNING for the
     * classes after this one.
     */
    @BeforeEach
    void sparkCluster() {
        if (clusterId == null) {
            clusterId = sharedCluster();
        }
    }

    private String command(String lang) {
        return "databricks:command?clusterId=" + clusterId + "&lang=" + lang;
    }

    @Test
    @Order(1)
    void api12JarExampleRunsAsARoute() throws Exception {
        File jar = Files.createTempFile("greeter", ".jar").toFile();
        Files.write(jar.toPath(), JarFixture.greeterJar());
        Exchange e = template.request("direct:deployAndRun", x -> {
            x.getMessage().setHeader("cluster", clusterId);
            x.getMessage().setBody(jar);
        });
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getBody(String.class)).contains("Hello, Camel");
    }

    @Test
    @Order(2)
    @SuppressWarnings("unchecked")
    void scalaTextSqlTableAndErrorResults() {
        Exchange scala = exchange(command("scala"), "val answer = 40 + 2");
        assertThat(scala.getException()).isNull();
        assertThat(scala.getMessage().getBody(String.class)).contains("42");
        assertThat(scala.getMessage().getHeaders()).containsEntry(DatabricksConstants.COMMAND_STATUS, "Finished")
                .containsEntry(DatabricksConstants.RESULT_TYPE, "text")
                .containsEntry(DatabricksConstants.CLUSTER_ID, clusterId)
                .containsKeys(DatabricksConstants.CONTEXT_ID, DatabricksConstants.COMMAND_ID);

        Exchange sql = exchange(command("sql"), "SELECT 1 AS one, 'a' AS letter");
        assertThat(sql.getException()).isNull();
        List<Map<String, Object>> rows = sql.getMessage().getBody(List.class);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsKeys("one", "letter").containsEntry("letter", "a");
        assertThat(sql.getMessage().getHeader(DatabricksConstants.RESULT_TYPE)).isEqualTo("table");
        assertThat((List<Map<String, Object>>) sql.getMessage().getHeader(DatabricksConstants.RESULT_SCHEMA))
                .extracting(c -> c.get("name")).containsExactly("one", "letter");
        assertThat(sql.getMessage().getHeader(DatabricksConstants.RESULT_TRUNCATED)).isEqualTo(false);

        Exchange error = exchange(command("scala"), "throw new IllegalStateException(\"boom\")");
        assertThat(error.getException()).isInstanceOf(DatabricksCommandException.class);
        DatabricksCommandException failure = (DatabricksCommandException) error.getException();
        assertThat(failure.getSummary()).contains("IllegalStateException").contains("boom");
        assertThat(failure.getCommandCause()).isNotBlank();
        assertThat(failure.getStatus()).isEqualTo("Finished");
    }

    @Test
    @Order(3)
    void commandFileIsSentAsMultipart() throws Exception {
        File script = Files.createTempFile("script", ".scala").toFile();
        Files.writeString(script.toPath(), "val fromFile = \"multi\" + \"part\"");
        Exchange e = exchange(command("scala") + "&contextPolicy=perExchange", script);
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getBody(String.class)).contains("multipart");
    }

    @Test
    @Order(3)
    void perExchangeContextsAreDestroyedAfterEachMessage() {
        String uri = command("sql") + "&contextPolicy=perExchange";
        List<String> used = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Exchange e = exchange(uri, "SELECT " + i + " AS n");
            assertThat(e.getException()).isNull();
            used.add(e.getMessage().getHeader(DatabricksConstants.CONTEXT_ID, String.class));
        }
        assertThat(used).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(used).allSatisfy(id -> assertThat(contextIsGone(id)).as("context %s after its message", id).isTrue());
        // A failed message destroys its context too; the context id is not on a failed exchange, so this only
        // checks that the failure surfaces (the clean-up path is the same finally-step as above).
        assertThat(exchange(uri, "SELECT * FROM no_such_table").getException()).isInstanceOf(DatabricksCommandException.class);
    }

    @Test
    @Order(3)
    void lostSharedContextIsCreatedAgain() {
        String uri = command("sql");
        Exchange first = exchange(uri, "SELECT 1 AS n");
        assertThat(first.getException()).isNull();
        String lost = first.getMessage().getHeader(DatabricksConstants.CONTEXT_ID, String.class);
        // What a cluster restart or the idle timeout does to a context, done through the API.
        assertThat(exchange("databricks:contexts/destroy?clusterId=" + clusterId + "&contextId=" + lost, null).getException()).isNull();
        Exchange second = exchange(uri, "SELECT 2 AS n");
        assertThat(second.getException()).isNull();
        assertThat(second.getMessage().getHeader(DatabricksConstants.CONTEXT_ID)).isNotEqualTo(lost);
        assertThat(second.getMessage().getBody(List.class)).hasSize(1);
    }

    /** Whether the context no longer runs on the cluster: contexts/status fails or reports another status. */
    @SuppressWarnings("unchecked")
    private boolean contextIsGone(String contextId) {
        Exchange status = exchange("databricks:contexts/status?clusterId=" + clusterId + "&contextId=" + contextId, null);
        return status.getException() != null || !"Running".equals(status.getMessage().getBody(Map.class).get("status"));
    }

    @Test
    @Order(3)
    @SuppressWarnings("unchecked")
    void aRedeliveredMessageWaitsForTheCommandItsFirstDeliveryStartedAndCleansUpItsContext() {
        // What a crashed first delivery leaves behind: its context, its command still running, and the record of both.
        String ctx = String.valueOf(exchange("databricks:contexts/create", Map.of("clusterId", clusterId, "language", "scala"))
                .getMessage().getBody(Map.class).get("id"));
        org.awaitility.Awaitility.await().atMost(60, TimeUnit.SECONDS).until(() -> "Running".equals(
                exchange("databricks:contexts/status?clusterId=" + clusterId + "&contextId=" + ctx, null).getMessage().getBody(Map.class)
                        .get("status")));
        String cmd = String.valueOf(exchange("databricks:commands/execute", Map.of("clusterId", clusterId, "contextId", ctx,
                "language", "scala", "command", "Thread.sleep(1500); 6 * 7")).getMessage().getBody(Map.class).get("id"));
        org.apache.camel.support.processor.state.MemoryStateRepository records =
                new org.apache.camel.support.processor.state.MemoryStateRepository();
        records.setState("command:order-99", ctx + "/" + cmd);
        context.getRegistry().bind("commandRecords", records);
        String uri = "databricks:command?lang=scala&contextPolicy=perExchange&clusterId=" + clusterId
                     + "&stateRepository=#commandRecords";

        Exchange redelivered = sendWithToken(uri, "6 * 7", "order-99");

        assertThat(redelivered.getException()).isNull();
        assertThat(redelivered.getMessage().getBody(String.class)).contains("42");
        assertThat(redelivered.getMessage().getHeader(DatabricksConstants.COMMAND_ID)).isEqualTo(cmd);
        assertThat(redelivered.getMessage().getHeader(DatabricksConstants.REATTACHED)).isEqualTo(Boolean.TRUE);
        assertThat(exchange("databricks:contexts/status?clusterId=" + clusterId + "&contextId=" + ctx, null).getException())
                .as("the crashed delivery's context is destroyed (contextPolicy=perExchange)").isNotNull();

        // Once more: the command ran and its result went with its context; it is not run a second time.
        assertThat(sendWithToken(uri, "6 * 7", "order-99").getException())
                .isInstanceOf(DatabricksStateException.class).hasMessageContaining("It is not run again");

        // Another message runs its own command, and the record names it.
        Exchange fresh = sendWithToken(uri, "6 * 7", "order-100");
        assertThat(fresh.getException()).isNull();
        assertThat(records.getState("command:order-100"))
                .isEqualTo(fresh.getMessage().getHeader(DatabricksConstants.CONTEXT_ID) + "/"
                           + fresh.getMessage().getHeader(DatabricksConstants.COMMAND_ID));
    }

    @Test
    @Order(4)
    @SuppressWarnings("unchecked")
    void commandTimeoutCancelsALongSparkJob() {
        String contextId = exchange("databricks:contexts/create?language=scala&clusterId=" + clusterId, null).getMessage()
                .getHeader(DatabricksConstants.CONTEXT_ID, String.class);
        String uri = command("scala") + "&contextPolicy=header";
        Exchange warmUp = template.request("direct:call", x -> {
            x.getMessage().setHeader("databricksUri", uri);
            x.getMessage().setHeader(DatabricksConstants.CONTEXT_ID, contextId);
            x.getMessage().setBody("1");
        });
        assertThat(warmUp.getException()).isNull();
        assertThat(warmUp.getMessage().getHeader(DatabricksConstants.CONTEXT_ID)).as("contextPolicy=header").isEqualTo(contextId);
        Exchange slow = template.request("direct:call", x -> {
            x.getMessage().setHeader("databricksUri", uri + "&commandTimeout=3000");
            x.getMessage().setHeader(DatabricksConstants.CONTEXT_ID, contextId);
            x.getMessage().setBody("spark.range(0L, 1000000000000L).selectExpr(\"max(id % 7)\").collect()");
        });
        assertThat(slow.getException()).isInstanceOf(DatabricksTimeoutException.class);
        DatabricksTimeoutException timeout = (DatabricksTimeoutException) slow.getException();
        assertThat(timeout.getMessage()).startsWith("command " + timeout.getId() + " (command) did not finish within 3000 ms");
        String status = "databricks:commands/status?clusterId=" + clusterId + "&contextId=" + contextId + "&commandId=" + timeout.getId();
        org.awaitility.Awaitility.await().atMost(60, TimeUnit.SECONDS).pollInterval(500, TimeUnit.MILLISECONDS)
                .until(() -> "Cancelled".equals(exchange(status, null).getMessage().getBody(Map.class).get("status")));
        assertThat(contextIsGone(contextId)).as("the route does not destroy a context it does not own").isFalse();
        exchange("databricks:contexts/destroy?clusterId=" + clusterId + "&contextId=" + contextId, null);
    }

    @Test
    @Order(5)
    void sharedContextServesAHundredMessagesAndRouteStopDestroysIt() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:shared").routeId("shared").to(command("sql"));
            }
        });
        AsyncProducer producer = context.getEndpoint("direct:shared").createAsyncProducer();
        producer.start();
        CountDownLatch done = new CountDownLatch(100);
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Exchange x = new DefaultExchange(context);
            x.getMessage().setBody("SELECT " + i + " AS n");
            exchanges.add(x);
            producer.process(x, sync -> done.countDown());
        }
        assertThat(done.await(180, TimeUnit.SECONDS)).isTrue();
        assertThat(exchanges).allSatisfy(x -> assertThat(x.getException()).isNull());
        List<Object> contexts = exchanges.stream().map(x -> x.getMessage().getHeader(DatabricksConstants.CONTEXT_ID)).distinct().toList();
        assertThat(contexts).as("one context for all messages").hasSize(1);

        context.getRouteController().stopRoute("shared", 5, TimeUnit.SECONDS);
        producer.stop();
        assertThat(contextIsGone((String) contexts.get(0))).as("the shared context is gone after the route stopped").isTrue();
    }

    @Test
    @Order(5)
    void routeStopCancelsTheRunningCommandAndDestroysTheSharedContext() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:stopme").routeId("stopme").to(command("scala"));
            }
        });
        String shared = template.request("direct:stopme", x -> x.getMessage().setBody("1")).getMessage()
                .getHeader(DatabricksConstants.CONTEXT_ID, String.class);
        assertThat(shared).isNotNull();
        AsyncProducer producer = context.getEndpoint("direct:stopme").createAsyncProducer();
        producer.start();
        // The command marks that it started (the driver runs on this machine), then keeps Spark busy for hours.
        Path marker = Files.createTempDirectory("it-running").resolve("started");
        Exchange running = new DefaultExchange(context);
        running.getMessage().setBody("java.nio.file.Files.createDirectories(java.nio.file.Paths.get(\"" + marker + "\"))\n"
                                     + "spark.range(0L, 1000000000000L).selectExpr(\"max(id % 7)\").collect()");
        AtomicInteger callbacks = new AtomicInteger();
        producer.process(running, sync -> callbacks.incrementAndGet());
        org.awaitility.Awaitility.await().atMost(60, TimeUnit.SECONDS).until(() -> Files.exists(marker));

        context.getRouteController().stopRoute("stopme", 1, TimeUnit.SECONDS);
        org.awaitility.Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> callbacks.get() == 1);
        assertThat(running.getException()).isInstanceOf(DatabricksStoppedException.class);
        org.awaitility.Awaitility.await().atMost(20, TimeUnit.SECONDS).pollInterval(200, TimeUnit.MILLISECONDS)
                .until(() -> contextIsGone(shared));
        producer.stop();
        assertThat(callbacks.get()).as("callback.done exactly once").isEqualTo(1);
    }

    @Test
    @Order(6)
    void autoStartStartsATerminatedClusterAndTheSharedContextIsCreatedAgain() {
        String uri = command("scala") + "&autoStart=true&waitTimeout=180000";
        Exchange before = exchange(uri, "1");
        assertThat(before.getException()).isNull();
        assertThat(exchange("databricks:clusters/delete?waitForState=TERMINATED&clusterId=" + clusterId, null).getException()).isNull();
        Exchange after = exchange(uri, "2");
        assertThat(after.getException()).isNull();
        assertThat(after.getMessage().getBody(String.class)).contains("2");
        assertThat(after.getMessage().getHeader(DatabricksConstants.CONTEXT_ID))
                .isNotEqualTo(before.getMessage().getHeader(DatabricksConstants.CONTEXT_ID));
    }

    @Test
    @Order(7)
    @SuppressWarnings("unchecked")
    void statementWithSeveralChunksIsPagedTypedAndStreamed() {
        System.setProperty("dblocal.sql.chunk-rows", "3");
        try {
            String id = sharedWarehouse();
            warehouseId = id;
            String uri = "databricks:sql/statements/execute?waitTimeout=180000&warehouseId=" + id;
            String sql = "SELECT id, CAST(id AS STRING) AS label, id % 2 = 0 AS even, CAST(id / 4 AS DECIMAL(10,2)) AS price, "
                         + "DATE_ADD(DATE'2024-01-01', CAST(id / 2 AS INT)) AS day, IF(id = 1, NULL, 'x') AS maybe FROM range(10)";

            Exchange all = exchange(uri, Map.of("statement", sql));
            skipIfNotServed(all.getException(), "sql/statements/execute");
            assertThat(all.getException()).isNull();
            List<Map<String, Object>> rows = all.getMessage().getBody(List.class);
            assertThat(rows).hasSize(10);
            assertThat(rows.get(9)).containsEntry("id", 9L).containsEntry("label", "9").containsEntry("even", false)
                    .containsEntry("price", new BigDecimal("2.25")).containsEntry("day", LocalDate.of(2024, 1, 5))
                    .containsEntry("maybe", "x");
            assertThat(rows.get(1)).containsEntry("maybe", null).containsEntry("price", new BigDecimal("0.25"))
                    .containsEntry("day", LocalDate.of(2024, 1, 1));
            assertThat(all.getMessage().getHeader(DatabricksConstants.STATEMENT_ID)).isNotNull();
            assertThat(all.getMessage().getHeader(DatabricksConstants.ROW_COUNT)).isEqualTo(10L);
            List<Map<String, Object>> schema = (List<Map<String, Object>>) all.getMessage().getHeader(DatabricksConstants.RESULT_SCHEMA);
            assertThat(schema).extracting(c -> c.get("name")).containsExactly("id", "label", "even", "price", "day", "maybe");
            assertThat(schema).extracting(c -> String.valueOf(c.get("type"))).contains("DECIMAL", "DATE", "BOOLEAN", "STRING");

            Exchange streamed = exchange(uri + "&streamList=true", Map.of("statement", sql));
            java.util.Iterator<Map<String, Object>> iterator = streamed.getMessage().getBody(java.util.Iterator.class);
            List<Object> ids = new ArrayList<>();
            iterator.forEachRemaining(r -> ids.add(r.get("id")));
            assertThat(ids).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);

            Exchange failed = exchange(uri, Map.of("statement", "SELECT * FROM no_such_table"));
            assertThat(failed.getException()).isInstanceOf(DatabricksStateException.class);
            DatabricksStateException failure = (DatabricksStateException) failed.getException();
            assertThat(failure.getState()).isEqualTo("FAILED");
            assertThat(failure.getMessages()).singleElement().asString().contains("TABLE_OR_VIEW_NOT_FOUND").contains("no_such_table");
            assertThat(failure.getMessage()).contains("no_such_table");

            // The server answers at once (statementWaitTimeout=0s); the component's own wait then times out and cancels.
            Exchange slow = exchange("databricks:sql/statements/execute?statementWaitTimeout=0s&waitTimeout=2000&warehouseId=" + id,
                    Map.of("statement", "SELECT max(id % 7) FROM range(0, 1000000000000)"));
            assertThat(slow.getException()).isInstanceOf(DatabricksTimeoutException.class);
            String statementId = ((DatabricksTimeoutException) slow.getException()).getId();
            org.awaitility.Awaitility.await().atMost(30, TimeUnit.SECONDS).pollInterval(200, TimeUnit.MILLISECONDS)
                    .until(() -> "CANCELED".equals(((Map<String, Object>) exchange("databricks:sql/statements/get?statementId=" + statementId,
                            null).getMessage().getBody(Map.class).get("status")).get("state")));
        } finally {
            System.clearProperty("dblocal.sql.chunk-rows");
        }
    }

    @Test
    @Order(8)
    @SuppressWarnings("unchecked")
    void aRedeliveredMessageGetsTheFirstStatementsResultInsteadOfRunningItAgain(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(warehouseId != null, "the warehouse of the previous test");
        String uri = "databricks:sql/statements/execute?waitTimeout=180000&warehouseId=" + warehouseId;
        exchange(uri, Map.of("statement", "CREATE TABLE IF NOT EXISTS it_once (id INT) USING parquet"));
        java.io.File file = dir.resolve("statements.dat").toFile();
        org.apache.camel.support.processor.state.FileStateRepository repository =
                org.apache.camel.support.processor.state.FileStateRepository.fileStateRepository(file);
        context.getRegistry().bind("statementRecords", repository);
        repository.start();
        String once = uri + "&stateRepository=#statementRecords";
        Map<String, Object> insert = Map.of("statement", "INSERT INTO it_once VALUES (1)");

        Exchange first = sendWithToken(once, insert, "order-4711");
        Exchange redelivered = sendWithToken(once, insert, "order-4711");

        assertThat(first.getException()).isNull();
        assertThat(redelivered.getException()).isNull();
        assertThat(redelivered.getMessage().getHeader(DatabricksConstants.STATEMENT_ID))
                .isEqualTo(first.getMessage().getHeader(DatabricksConstants.STATEMENT_ID));
        assertThat(redelivered.getMessage().getHeader(DatabricksConstants.REATTACHED)).isEqualTo(Boolean.TRUE);
        assertThat(count(uri)).as("rows inserted by two deliveries of one message").isEqualTo(1L);

        // After a restart the record is read back from the file: still one row.
        repository.stop();
        org.apache.camel.support.processor.state.FileStateRepository reopened =
                org.apache.camel.support.processor.state.FileStateRepository.fileStateRepository(file);
        reopened.start();
        context.getRegistry().bind("statementRecordsAfterRestart", reopened);
        Exchange afterRestart = sendWithToken(uri + "&stateRepository=#statementRecordsAfterRestart", insert, "order-4711");
        assertThat(afterRestart.getException()).isNull();
        assertThat(afterRestart.getMessage().getHeader(DatabricksConstants.STATEMENT_ID))
                .isEqualTo(first.getMessage().getHeader(DatabricksConstants.STATEMENT_ID));
        assertThat(count(uri)).isEqualTo(1L);

        // Another message is another statement.
        assertThat(sendWithToken(once.replace("#statementRecords", "#statementRecordsAfterRestart"), insert, "order-4712")
                .getException()).isNull();
        assertThat(count(uri)).isEqualTo(2L);

        // A delivery that stopped between sending and Databricks' answer may have run the statement: refused, not re-run.
        reopened.setState("sql/statements/execute:order-4713", "sending");
        Exchange unsure = sendWithToken(uri + "&stateRepository=#statementRecordsAfterRestart", insert, "order-4713");
        assertThat(unsure.getException()).isInstanceOf(DatabricksStateException.class)
                .hasMessageContaining("may have run; it is not run again");
        assertThat(count(uri)).isEqualTo(2L);
        reopened.stop();
    }

    private Exchange sendWithToken(String uri, Object body, String token) {
        return template.request("direct:call", e -> {
            e.getMessage().setHeader("databricksUri", uri);
            e.getMessage().setHeader(DatabricksConstants.IDEMPOTENCY_TOKEN, token);
            e.getMessage().setBody(body);
        });
    }

    @SuppressWarnings("unchecked")
    private long count(String uri) {
        Exchange counted = exchange(uri, Map.of("statement", "SELECT count(*) AS n FROM it_once"));
        assertThat(counted.getException()).isNull();
        return ((Number) ((List<Map<String, Object>>) counted.getMessage().getBody(List.class)).get(0).get("n")).longValue();
    }
}
