package dev.lakeroute.dblocal.sparkdriver;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** One real driver JVM for the class, driven through its internal protocol as databricks-local drives it. */
class SparkDriverTest {
    private static final int MAX_CONTEXTS = 4;

    @TempDir
    static Path work;
    static DriverProcess driver;
    static String firstContext;
    static JsonNode firstResult;

    private final List<String> contexts = new ArrayList<>();

    @BeforeAll
    static void startDriverAndRunFirstCommand() throws Exception {
        driver = new DriverProcess(work, MAX_CONTEXTS);
        firstContext = driver.createContext("scala");
        firstResult = driver.run(firstContext, "sc.parallelize(1 to 10).collect");
    }

    @AfterAll
    static void stopDriver() throws Exception {
        long pid = driver.pid();
        driver.close();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("driver process gone").isFalse();
    }

    @AfterEach
    void destroyContexts() throws Exception {
        for (String context : contexts) {
            driver.delete("/contexts/" + context);
        }
    }

    private String context(String language) throws Exception {
        String id = driver.createContext(language);
        contexts.add(id);
        return id;
    }

    @Test
    void scalaCollectPrintsExactlyAsDatabricks() {
        assertThat(firstResult.get("status").asText()).isEqualTo("Finished");
        assertThat(firstResult.get("results").get("resultType").asText()).isEqualTo("text");
        assertThat(firstResult.get("results").get("data").asText())
                .isEqualTo("res0: Array[Int] = Array(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)");
    }

    @Test
    void sqlCommandAnswersTableWithSchema() throws Exception {
        String sql = context("sql");

        JsonNode status = driver.run(sql, "SELECT id, concat('row-', id) AS name FROM range(3) ORDER BY id");

        assertThat(status.get("status").asText()).isEqualTo("Finished");
        JsonNode results = status.get("results");
        assertThat(results.get("resultType").asText()).isEqualTo("table");
        assertThat(results.get("data").toString()).isEqualTo("[[0,\"row-0\"],[1,\"row-1\"],[2,\"row-2\"]]");
        assertThat(results.get("schema").get(0).get("name").asText()).isEqualTo("id");
        assertThat(results.get("schema").get(0).get("type").asText()).isEqualTo("\"long\"");
        assertThat(results.get("schema").get(1).get("type").asText()).isEqualTo("\"string\"");
        assertThat(results.get("truncated").asBoolean()).isFalse();
        assertThat(results.get("isJsonSchema").asBoolean()).isTrue();
    }

    @Test
    void sqlResultIsTruncatedAtTheRowCap() throws Exception {
        String sql = context("sql");

        JsonNode results = driver.run(sql, "SELECT * FROM range(1500)").get("results");

        assertThat(results.get("data").size()).isEqualTo(DriverOptions.DEFAULT_ROW_LIMIT);
        assertThat(results.get("truncated").asBoolean()).isTrue();
    }

    @Test
    void throwingCommandFinishesWithErrorSummaryAndCause() throws Exception {
        String scala = context("scala");

        JsonNode status = driver.run(scala, "throw new IllegalStateException(\"boom\")");

        assertThat(status.get("status").asText()).isEqualTo("Finished");
        JsonNode results = status.get("results");
        assertThat(results.get("resultType").asText()).isEqualTo("error");
        assertThat(results.get("summary").asText()).isEqualTo("java.lang.IllegalStateException: boom");
        assertThat(results.get("cause").asText()).startsWith("java.lang.IllegalStateException: boom");
    }

    @Test
    void compileErrorFinishesWithErrorResult() throws Exception {
        String scala = context("scala");

        JsonNode results = driver.run(scala, "undefinedValue + 1").get("results");

        assertThat(results.get("resultType").asText()).isEqualTo("error");
        assertThat(results.get("summary").asText()).contains("error: not found: value undefinedValue");
    }

    @Test
    void cancelStopsSleepingSparkJobWithinTwoSeconds() throws Exception {
        String scala = context("scala");
        String command = driver.submit(scala, "sc.parallelize(1 to 4, 4).map { i => Thread.sleep(120000); i }.count");
        awaitSparkJobRunning(scala, command);

        long start = System.nanoTime();
        driver.post("/contexts/" + scala + "/commands/" + command + "/cancel", Map.of());
        JsonNode status = driver.await(scala, command);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(status.get("status").asText()).isEqualTo("Cancelled");
        assertThat(millis).isLessThan(2000);
        assertThat(driver.run(scala, "1 + 1").get("results").get("data").asText()).endsWith("Int = 2");
    }

    private static void awaitSparkJobRunning(String context, String command) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!driver.get("/contexts/" + context + "/commands/" + command).get("status").asText().equals("Running")) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(20);
        }
        // Running means compiled and started; give the tasks a moment to reach their sleep.
        Thread.sleep(500);
    }

    @Test
    void cancelOfQueuedCommandCancelsItAtOnce() throws Exception {
        String scala = context("scala");
        String slow = driver.submit(scala, "Thread.sleep(60000)");
        String queued = driver.submit(scala, "42");

        driver.post("/contexts/" + scala + "/commands/" + queued + "/cancel", Map.of());
        driver.post("/contexts/" + scala + "/commands/" + slow + "/cancel", Map.of());

        assertThat(driver.await(scala, queued).get("status").asText()).isEqualTo("Cancelled");
        assertThat(driver.await(scala, slow).get("status").asText()).isEqualTo("Cancelled");
    }

    @Test
    void contextsHaveIsolatedNamespacesAndRunInParallel() throws Exception {
        String first = context("scala");
        String second = context("scala");

        assertThat(driver.run(first, "val onlyHere = 41").get("results").get("data").asText()).isEqualTo("onlyHere: Int = 41");
        assertThat(driver.run(first, "onlyHere + 1").get("results").get("data").asText()).endsWith("Int = 42");
        JsonNode elsewhere = driver.run(second, "onlyHere + 1").get("results");

        assertThat(elsewhere.get("resultType").asText()).isEqualTo("error");
        assertThat(elsewhere.get("summary").asText()).contains("not found: value onlyHere");
    }

    @Test
    void closuresAndCaseClassesFromTheReplRunInSparkTasks() throws Exception {
        String scala = context("scala");
        driver.run(scala, "case class Point(x: Int, y: Int)");
        driver.run(scala, "val shift = 10");

        JsonNode status = driver.run(scala, "Seq(Point(1, 2), Point(3, 4)).toDS.map(p => p.copy(x = p.x + shift)).collect");
        JsonNode results = status.get("results");
        assertThat(results).as(status.toString()).isNotNull();

        assertThat(results.path("data").asText()).as(results.toString()).isEqualTo("res0: Array[Point] = Array(Point(11,2), Point(13,4))");
    }

    @Test
    void dbfsPathsResolveToTheDbfsRootInsideSpark() throws Exception {
        String scala = context("scala");

        JsonNode written = driver.run(scala, "spark.range(5).toDF(\"n\").write.mode(\"overwrite\").parquet(\"dbfs:/tmp/numbers\")\n"
                + "spark.read.parquet(\"dbfs:/tmp/numbers\").agg(sum(\"n\")).first.getLong(0)");
        assertThat(written.get("results").get("data").asText()).endsWith("Long = 10");
        assertThat(Files.exists(driver.dbfsRoot.resolve("tmp/numbers/_SUCCESS"))).isTrue();

        Files.writeString(driver.dbfsRoot.resolve("hello.txt"), "a\nb\nc\n");
        assertThat(driver.run(scala, "spark.read.textFile(\"dbfs:/hello.txt\").count").get("results").get("data").asText())
                .endsWith("Long = 3");
        assertThat(driver.run(scala, "dbutils.fs.ls(\"/\").map(_.name).sorted.mkString(\",\")").get("results").get("data").asText())
                .contains("hello.txt").contains("tmp/");
        assertThat(driver.run(scala, "dbutils.fs.head(\"dbfs:/hello.txt\")").get("results").get("data").asText())
                .isEqualTo("res3: String =\n\"a\nb\nc\n\"");
    }

    @Test
    void dbfsPathsCannotLeaveTheRoot() throws Exception {
        String scala = context("scala");

        JsonNode results = driver.run(scala, "dbutils.fs.head(\"dbfs:/../../etc/passwd\")").get("results");

        assertThat(results.get("resultType").asText()).isEqualTo("error");
    }

    @Test
    void jarAddedToTheDriverIsUsableFromANewContext() throws Exception {
        Path jar = TestJars.logAnalyzerJar(work.resolve("jar"));
        Files.writeString(driver.dbfsRoot.resolve("somefile.log"), String.join("\n",
                "127.0.0.1 - - [21/Jul/2014:9:55:27 -0800] \"GET /home.html HTTP/1.1\" 200 2048",
                "127.0.0.1 - - [21/Jul/2014:9:55:28 -0800] \"GET /about.html HTTP/1.1\" 200 1024",
                "127.0.0.1 - - [21/Jul/2014:9:55:29 -0800] \"GET /big.iso HTTP/1.1\" 200 6144"));

        assertThat(driver.post("/jars", Map.of("path", jar.toString())).get("added").asBoolean()).isTrue();
        String scala = context("scala");
        JsonNode status = driver.run(scala,
                "println(com.databricks.apps.logs.chapter1.LogAnalyzer.processLogFile(sc,null,\"dbfs:/somefile.log\"))");

        assertThat(status.get("results").toString())
                .isEqualTo("{\"resultType\":\"text\",\"data\":\"Content Size Avg: 3072, Min: 1024, Max: 6144\"}");
    }

    @Test
    void contextLimitRefusesWithClearError() throws Exception {
        int open = driver.get("/health").get("contexts").asInt();
        for (int i = open; i < MAX_CONTEXTS; i++) {
            context("sql");
        }

        JsonNode refused = driver.post("/contexts", Map.of("language", "sql"));

        assertThat(refused.get("error_code").asText()).isEqualTo("RESOURCE_LIMIT_EXCEEDED");
        assertThat(refused.get("message").asText()).contains("limit set currently to " + MAX_CONTEXTS);
    }

    @Test
    void pythonContextRunsPlainPython3AndSaysSparkIsMissing() throws Exception {
        JsonNode created = driver.post("/contexts", Map.of("language", "python"));
        if (created.has("error_code")) {
            assertThat(created.get("message").asText()).contains("python3");
            return;
        }
        String python = created.get("id").asText();
        contexts.add(python);
        JsonNode status = driver.get("/contexts/" + python + "?wait=30000");
        assertThat(status.get("note").asText()).contains("PySpark is not available");

        assertThat(driver.run(python, "x = 20\nprint('hi')\nx + 22").get("results").get("data").asText()).isEqualTo("hi\n42");
        JsonNode failed = driver.run(python, "1 / 0").get("results");
        assertThat(failed.get("resultType").asText()).isEqualTo("error");
        assertThat(failed.get("summary").asText()).isEqualTo("ZeroDivisionError: division by zero");
        assertThat(driver.run(python, "spark.range(1)").get("results").get("summary").asText()).contains("PySpark is not available");
    }

    @Test
    void notebookExitAndWidgetsAreUsable() throws Exception {
        String scala = context("scala");
        driver.post("/contexts/" + scala + "/widgets", Map.of("widgets", Map.of("name", "lakeroute")));

        JsonNode results = driver.run(scala, "dbutils.notebook.exit(\"hello \" + dbutils.widgets.get(\"name\"))").get("results");

        assertThat(results.get("data").asText()).isEqualTo("hello lakeroute");
        assertThat(results.get("notebookExitValue").asText()).isEqualTo("hello lakeroute");
    }

    @Test
    void createTableMakesDeltaTablesWithHistoryVersionsAndPartitions() throws Exception {
        String sql = context("sql");
        for (String statement : List.of("CREATE TABLE events (id INT, day STRING) PARTITIONED BY (day)",
                "INSERT INTO events VALUES (1, '2026-12-01')", "INSERT INTO events VALUES (2, '2026-12-02')")) {
            assertThat(driver.run(sql, statement).get("results").get("resultType").asText()).as(statement).isNotEqualTo("error");
        }

        JsonNode history = driver.run(sql, "DESCRIBE HISTORY events").get("results");
        assertThat(history.get("schema").get(0).get("name").asText()).isEqualTo("version");
        assertThat(history.get("schema").get(4).get("name").asText()).isEqualTo("operation");
        assertThat(history.get("data")).extracting(row -> row.get(0).asLong() + " " + row.get(4).asText())
                .containsExactly("2 WRITE", "1 WRITE", "0 CREATE TABLE");
        assertThat(driver.run(sql, "SELECT count(*) FROM events VERSION AS OF 1").get("results").get("data").toString()).isEqualTo("[[1]]");
        JsonNode detail = driver.run(sql, "DESCRIBE DETAIL events").get("results");
        assertThat(detail.get("data").get(0).get(0).asText()).as("format").isEqualTo("delta");
        for (int i = 0; i < detail.get("schema").size(); i++) {
            if (detail.get("schema").get(i).get("name").asText().equals("partitionColumns")) {
                assertThat(detail.get("data").get(0).get(i).toString()).isEqualTo("[\"day\"]");
            }
        }
        assertThat(Files.isDirectory(driver.dbfsRoot.resolve("user/hive/warehouse/events/day=2026-12-02"))).isTrue();
        assertThat(Files.isDirectory(driver.dbfsRoot.resolve("user/hive/warehouse/events/_delta_log"))).isTrue();
    }
}
