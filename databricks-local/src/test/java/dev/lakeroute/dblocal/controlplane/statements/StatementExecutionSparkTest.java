package dev.lakeroute.dblocal.controlplane.statements;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.service.files.Put;
import com.databricks.sdk.service.jobs.Run;
import com.databricks.sdk.service.jobs.RunOutput;
import com.databricks.sdk.service.jobs.RunResultState;
import com.databricks.sdk.service.jobs.SqlTask;
import com.databricks.sdk.service.jobs.SqlTaskFile;
import com.databricks.sdk.service.jobs.SubmitRun;
import com.databricks.sdk.service.jobs.SubmitTask;
import com.databricks.sdk.service.sql.CancelExecutionRequest;
import com.databricks.sdk.service.sql.ColumnInfo;
import com.databricks.sdk.service.sql.ColumnInfoTypeName;
import com.databricks.sdk.service.sql.CreateWarehouseRequest;
import com.databricks.sdk.service.sql.ExecuteStatementRequest;
import com.databricks.sdk.service.sql.ExecuteStatementRequestOnWaitTimeout;
import com.databricks.sdk.service.sql.GetWarehouseResponse;
import com.databricks.sdk.service.sql.ResultData;
import com.databricks.sdk.service.sql.State;
import com.databricks.sdk.service.sql.StatementParameterListItem;
import com.databricks.sdk.service.sql.StatementResponse;
import com.databricks.sdk.service.sql.StatementState;
import com.databricks.sdk.service.sql.StopRequest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import dev.lakeroute.dblocal.testing.QuickWaits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Statement Execution and sql_task on one Spark-backed warehouse shared by every test here; the last
 * test stops it and checks its driver process is gone, then a statement starts it again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatementExecutionSparkTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvmWithSpark();

    /** A statement that only ends by being cancelled: minutes of real Spark work that cannot overflow under ANSI mode (a filtered count over a 10^12-row cross join). */
    private static final String ENDLESS = "SELECT count(*) FROM range(1000000) a CROSS JOIN range(1000000) b WHERE (a.id + b.id) % 7 = 3";

    private static WorkspaceClient workspace;
    private static RawHttp http;
    private static String warehouseId;

    @BeforeAll
    static void startWarehouse() throws Exception {
        System.setProperty(ChunkPolicy.ROWS_PROPERTY, "100");
        workspace = new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(local.token()));
        http = RawHttp.bearer(local.url(), local.token());
        GetWarehouseResponse warehouse = workspace.warehouses().create(new CreateWarehouseRequest()
                .setName("statements-" + UUID.randomUUID().toString().substring(0, 8)).setClusterSize("2X-Small")
                .setMaxNumClusters(1L)).get(Duration.ofMinutes(2));
        warehouseId = warehouse.getId();
        assertThat(warehouse.getState()).isEqualTo(State.RUNNING);
    }

    @AfterAll
    static void deleteWarehouse() {
        System.clearProperty(ChunkPolicy.ROWS_PROPERTY);
        if (warehouseId != null) {
            workspace.warehouses().delete(warehouseId);
            await().atMost(Duration.ofSeconds(30)).until(() -> driverProcesses(warehouseId).isEmpty());
        }
    }

    @Test
    @Order(1)
    void runningWarehouseHasItsOwnSparkDriver() {
        assertThat(driverProcesses(warehouseId)).hasSize(1);
    }

    @Test
    @Order(2)
    void selectSucceedsWithSchemaAndStringCells() {
        StatementResponse response = execute(new ExecuteStatementRequest().setStatement(
                "SELECT 1 AS one, 'a' AS s, CAST(NULL AS INT) AS n, 2.5D AS d, DATE'2024-05-01' AS day, true AS b, "
                        + "CAST(12.30 AS DECIMAL(10,2)) AS price, array(1, 2) AS xs, 9000000000L AS big, TIMESTAMP'2024-05-01 10:15:30' AS ts"));

        assertThat(response.getStatus().getState()).isEqualTo(StatementState.SUCCEEDED);
        List<ColumnInfo> columns = new ArrayList<>(response.getManifest().getSchema().getColumns());
        assertThat(response.getManifest().getSchema().getColumnCount()).isEqualTo(10L);
        assertThat(columns).extracting(ColumnInfo::getName).containsExactly("one", "s", "n", "d", "day", "b", "price", "xs", "big", "ts");
        assertThat(columns).extracting(ColumnInfo::getTypeName).containsExactly(ColumnInfoTypeName.INT, ColumnInfoTypeName.STRING,
                ColumnInfoTypeName.INT, ColumnInfoTypeName.DOUBLE, ColumnInfoTypeName.DATE, ColumnInfoTypeName.BOOLEAN,
                ColumnInfoTypeName.DECIMAL, ColumnInfoTypeName.ARRAY, ColumnInfoTypeName.LONG, ColumnInfoTypeName.TIMESTAMP);
        assertThat(columns.get(6).getTypeText()).isEqualTo("DECIMAL(10,2)");
        assertThat(columns.get(7).getTypeText()).isEqualTo("ARRAY<INT>");
        assertThat(columns.get(8).getTypeText()).isEqualTo("BIGINT");
        assertThat(columns).extracting(ColumnInfo::getPosition).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        // Spark reads the literal in the session (machine) time zone; Databricks sends timestamps in UTC.
        String utc = java.time.LocalDateTime.of(2024, 5, 1, 10, 15, 30).atZone(java.time.ZoneId.systemDefault())
                .withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime()
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'"));
        assertThat(response.getManifest().getTotalRowCount()).isEqualTo(1L);
        assertThat(response.getManifest().getTruncated()).isFalse();
        assertThat(rows(response.getResult())).containsExactly(
                java.util.Arrays.asList("1", "a", null, "2.5", "2024-05-01", "true", "12.30", "[1,2]", "9000000000", utc));
        assertThat(response.getResult().getNextChunkIndex()).isNull();
    }

    @Test
    @Order(3)
    void longResultIsReadCompletelyThroughItsChunks() {
        StatementResponse response = execute(new ExecuteStatementRequest()
                .setStatement("SELECT id, concat('row-', id) AS label FROM range(2500) ORDER BY id"));

        assertThat(response.getStatus().getState()).isEqualTo(StatementState.SUCCEEDED);
        assertThat(response.getManifest().getTotalRowCount()).isEqualTo(2500L);
        assertThat(response.getManifest().getTotalChunkCount()).isEqualTo(25L);
        assertThat(response.getManifest().getChunks()).hasSize(25);
        assertThat(response.getManifest().getTruncated()).isFalse();

        List<List<String>> all = new ArrayList<>(rows(response.getResult()));
        ResultData chunk = response.getResult();
        while (chunk.getNextChunkIndex() != null) {
            assertThat(chunk.getNextChunkInternalLink())
                    .isEqualTo("/api/2.0/sql/statements/" + response.getStatementId() + "/result/chunks/" + chunk.getNextChunkIndex());
            chunk = workspace.statementExecution().getStatementResultChunkN(response.getStatementId(), chunk.getNextChunkIndex());
            assertThat(chunk.getRowOffset()).isEqualTo((long) all.size());
            all.addAll(rows(chunk));
        }
        assertThat(all).hasSize(2500);
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i)).containsExactly(Integer.toString(i), "row-" + i);
        }
    }

    @Test
    @Order(4)
    void rowLimitCutsTheResultAndSaysSo() {
        StatementResponse response = execute(new ExecuteStatementRequest().setStatement("SELECT id FROM range(50)").setRowLimit(10L));
        assertThat(response.getManifest().getTotalRowCount()).isEqualTo(10L);
        assertThat(response.getManifest().getTruncated()).isTrue();
    }

    @Test
    @Order(5)
    void zeroWaitAnswersAtOnceAndThePollSeesTheResult() {
        StatementResponse submitted = workspace.statementExecution().executeStatement(new ExecuteStatementRequest()
                .setWarehouseId(warehouseId).setStatement("SELECT count(*) AS n FROM range(1000)").setWaitTimeout("0s"));
        assertThat(submitted.getStatus().getState()).isIn(StatementState.PENDING, StatementState.RUNNING, StatementState.SUCCEEDED);
        assertThat(submitted.getStatementId()).isNotBlank();

        StatementResponse done = awaitTerminal(submitted.getStatementId());
        assertThat(done.getStatus().getState()).isEqualTo(StatementState.SUCCEEDED);
        assertThat(rows(done.getResult())).containsExactly(List.of("1000"));
    }

    @Test
    @Order(6)
    void failedStatementIsHttp200WithSparksMessage() {
        RawHttp.Reply reply = http.post("/api/2.0/sql/statements", "{\"warehouse_id\":\"" + warehouseId
                + "\",\"statement\":\"SELECT * FROM no_such_table_here\",\"wait_timeout\":\"30s\"}");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode status = reply.json().path("status");
        assertThat(status.path("state").asText()).isEqualTo("FAILED");
        assertThat(status.path("error").path("error_code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(status.path("error").path("message").asText()).contains("TABLE_OR_VIEW_NOT_FOUND").contains("no_such_table_here");
        assertThat(reply.json().has("manifest")).isFalse();
    }

    @Test
    @Order(6)
    void syntaxErrorCarriesSparksWholeMessageWithItsErrorClass() {
        RawHttp.Reply reply = http.post("/api/2.0/sql/statements", "{\"warehouse_id\":\"" + warehouseId
                + "\",\"statement\":\"SELEC 1\",\"wait_timeout\":\"30s\"}");

        JsonNode status = reply.json().path("status");
        assertThat(status.path("state").asText()).isEqualTo("FAILED");
        assertThat(status.path("error").path("error_code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(status.path("error").path("message").asText())
                .startsWith("[PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'")
                .contains("== SQL ==\nSELEC 1\n^^^")
                .doesNotContain("ParseException");
    }

    @Test
    @Order(7)
    void parametersAreBoundAsTypedLiterals() {
        StatementResponse response = execute(new ExecuteStatementRequest()
                .setStatement("SELECT :name AS name, :n + 1 AS next, :day AS day, ':name' AS literal")
                .setParameters(List.of(
                        new StatementParameterListItem().setName("name").setValue("O'Brien\\'; DROP TABLE x; --"),
                        new StatementParameterListItem().setName("n").setValue("41").setType("INT"),
                        new StatementParameterListItem().setName("day").setValue("2024-01-02").setType("DATE"))));

        assertThat(response.getStatus().getState()).isEqualTo(StatementState.SUCCEEDED);
        assertThat(rows(response.getResult())).containsExactly(List.of("O'Brien\\'; DROP TABLE x; --", "42", "2024-01-02", ":name"));
        assertThat(new ArrayList<>(response.getManifest().getSchema().getColumns()).get(2).getTypeName()).isEqualTo(ColumnInfoTypeName.DATE);

        StatementResponse unbound = execute(new ExecuteStatementRequest().setStatement("SELECT :missing"));
        assertThat(unbound.getStatus().getState()).isEqualTo(StatementState.FAILED);
        assertThat(unbound.getStatus().getError().getMessage()).contains("UNBOUND_SQL_PARAMETER").contains("missing");
    }

    @Test
    @Order(8)
    void catalogAndSchemaApplyToTheStatementOnly() {
        assertThat(execute(new ExecuteStatementRequest().setStatement("CREATE SCHEMA IF NOT EXISTS stmt_tests")).getStatus().getState())
                .isEqualTo(StatementState.SUCCEEDED);
        StatementResponse inSchema = execute(new ExecuteStatementRequest().setStatement("SELECT current_database()")
                .setCatalog("hive_metastore").setSchema("stmt_tests"));
        assertThat(rows(inSchema.getResult())).containsExactly(List.of("stmt_tests"));
        StatementResponse later = execute(new ExecuteStatementRequest().setStatement("SELECT current_database()"));
        assertThat(rows(later.getResult())).containsExactly(List.of("default"));
    }

    @Test
    @Order(9)
    void cancelStopsALongStatement() {
        StatementResponse submitted = workspace.statementExecution().executeStatement(new ExecuteStatementRequest()
                .setWarehouseId(warehouseId).setStatement(ENDLESS).setWaitTimeout("0s"));
        await().atMost(Duration.ofSeconds(20)).until(() -> workspace.statementExecution().getStatement(submitted.getStatementId())
                .getStatus().getState() == StatementState.RUNNING);

        long start = System.nanoTime();
        workspace.statementExecution().cancelExecution(new CancelExecutionRequest().setStatementId(submitted.getStatementId()));
        StatementResponse cancelled = awaitTerminal(submitted.getStatementId());
        assertThat(cancelled.getStatus().getState()).isEqualTo(StatementState.CANCELED);
        // The statement never ends by itself: any bound proves the cancel; a loose one keeps a loaded machine green.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));

        // The Spark job is gone too: the warehouse answers the next statement promptly.
        long next = System.nanoTime();
        assertThat(execute(new ExecuteStatementRequest().setStatement("SELECT 1")).getStatus().getState()).isEqualTo(StatementState.SUCCEEDED);
        assertThat(Duration.ofNanos(System.nanoTime() - next)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    @Order(10)
    void onWaitTimeoutCancelEndsTheStatementCanceled() {
        StatementResponse response = workspace.statementExecution().executeStatement(new ExecuteStatementRequest()
                .setWarehouseId(warehouseId).setStatement(ENDLESS).setWaitTimeout("5s")
                .setOnWaitTimeout(ExecuteStatementRequestOnWaitTimeout.CANCEL));
        assertThat(response.getStatus().getState()).as("status %s", response.getStatus()).isEqualTo(StatementState.CANCELED);
        assertThat(response.getManifest()).isNull();

        JsonNode history = http.get("/api/2.0/sql/history/queries?filter_by.statement_ids=" + response.getStatementId()).json();
        assertThat(history.path("res").get(0).path("status").asText()).isEqualTo("CANCELED");
    }

    @Test
    @Order(11)
    void everyStatementLandsInTheQueryHistory() {
        StatementResponse response = execute(new ExecuteStatementRequest().setStatement("SELECT id FROM range(7)"));
        JsonNode entry = http.get("/api/2.0/sql/history/queries?filter_by.statement_ids=" + response.getStatementId()).json()
                .path("res").get(0);
        assertThat(entry.path("status").asText()).isEqualTo("FINISHED");
        assertThat(entry.path("query_text").asText()).isEqualTo("SELECT id FROM range(7)");
        assertThat(entry.path("warehouse_id").asText()).isEqualTo(warehouseId);
        assertThat(entry.path("rows_produced").asLong()).isEqualTo(7L);
        assertThat(entry.path("statement_type").asText()).isEqualTo("SELECT");
        assertThat(entry.has("duration")).isTrue();
        assertThat(entry.path("user_name").asText()).isNotBlank();
    }

    @Test
    @Order(12)
    void badRequestsAreRefusedAsDatabricksDoes() {
        String body = "{\"warehouse_id\":\"" + warehouseId + "\",\"statement\":\"SELECT 1\"";
        RawHttp.Reply timeout = http.post("/api/2.0/sql/statements", body + ",\"wait_timeout\":\"3s\"}");
        assertThat(timeout.status()).isEqualTo(400);
        assertThat(timeout.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(timeout.json().path("message").asText()).contains("between 5s and 50s");

        assertThat(http.post("/api/2.0/sql/statements", body + ",\"format\":\"CSV\"}").errorCode()).isEqualTo("NOT_IMPLEMENTED");
        RawHttp.Reply links = http.post("/api/2.0/sql/statements", body + ",\"disposition\":\"EXTERNAL_LINKS\"}");
        assertThat(links.status()).isEqualTo(400);
        assertThat(links.json().path("message").asText()).contains("EXTERNAL_LINKS").contains("INLINE");

        RawHttp.Reply noWarehouse = http.post("/api/2.0/sql/statements", "{\"warehouse_id\":\"0123456789abcdef\",\"statement\":\"SELECT 1\"}");
        assertThat(noWarehouse.status()).isEqualTo(404);
        assertThat(http.get("/api/2.0/sql/statements/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    @Order(13)
    void sqlTaskRunsTheStatementsOfAFile() throws Exception {
        putDbfs("/sql-tasks/ok.sql", "CREATE OR REPLACE TEMPORARY VIEW nums AS SELECT id FROM range(5);\n"
                + "-- the last statement's rows are shown\nSELECT sum(id) AS total, :label AS label FROM nums;");
        Run run = QuickWaits.run(workspace, workspace.jobs().submit(new SubmitRun().setRunName("sql ok").setTasks(List.of(new SubmitTask().setTaskKey("q")
                .setSqlTask(new SqlTask().setWarehouseId(warehouseId).setParameters(java.util.Map.of("label", "five"))
                        .setFile(new SqlTaskFile().setPath("dbfs:/sql-tasks/ok.sql")))))).getResponse().getRunId());
        assertThat(run.getState().getResultState()).isEqualTo(RunResultState.SUCCESS);
        RunOutput output = workspace.jobs().getRunOutput(run.getTasks().iterator().next().getRunId());
        assertThat(output.getLogs()).contains("(2 statements)").contains("SUCCEEDED").contains("total | label").contains("10 | five");

        putDbfs("/sql-tasks/broken.sql", "SELECT 1; SELECT * FROM missing_table_for_task;");
        Run failed = QuickWaits.run(workspace, workspace.jobs().submit(new SubmitRun().setRunName("sql broken").setTasks(List.of(new SubmitTask().setTaskKey("q")
                .setSqlTask(new SqlTask().setWarehouseId(warehouseId)
                        .setFile(new SqlTaskFile().setPath("dbfs:/sql-tasks/broken.sql")))))).getResponse().getRunId());
        assertThat(failed.getState().getResultState()).isEqualTo(RunResultState.FAILED);
        RunOutput failure = workspace.jobs().getRunOutput(failed.getTasks().iterator().next().getRunId());
        assertThat(failure.getError()).contains("TABLE_OR_VIEW_NOT_FOUND");
    }

    @Test
    @Order(13)
    void sqlTaskWithASyntaxErrorFailsWithSparksMessage() throws Exception {
        putDbfs("/sql-tasks/typo.sql", "SELEC 1;");
        Run failed = QuickWaits.run(workspace, workspace.jobs().submit(new SubmitRun().setRunName("sql typo").setTasks(List.of(new SubmitTask().setTaskKey("q")
                .setSqlTask(new SqlTask().setWarehouseId(warehouseId)
                        .setFile(new SqlTaskFile().setPath("dbfs:/sql-tasks/typo.sql")))))).getResponse().getRunId());

        assertThat(failed.getState().getResultState()).isEqualTo(RunResultState.FAILED);
        RunOutput output = workspace.jobs().getRunOutput(failed.getTasks().iterator().next().getRunId());
        assertThat(output.getError()).contains("[PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'");
        assertThat(failed.getState().getStateMessage()).contains("[PARSE_SYNTAX_ERROR]");
    }

    @Test
    @Order(14)
    void sqlTaskWithASavedQueryFailsSayingWhy() throws Exception {
        Run run = QuickWaits.run(workspace, workspace.jobs().submit(new SubmitRun().setRunName("sql query").setTasks(List.of(new SubmitTask().setTaskKey("q")
                .setSqlTask(new SqlTask().setWarehouseId(warehouseId)
                        .setQuery(new com.databricks.sdk.service.jobs.SqlTaskQuery().setQueryId("abc")))))).getResponse().getRunId());
        assertThat(run.getState().getResultState()).isEqualTo(RunResultState.FAILED);
        assertThat(run.getState().getStateMessage()).contains("saved quer");
    }

    @Test
    @Order(100)
    void stopKillsTheDriverAndAStatementStartsTheWarehouseAgain() throws Exception {
        GetWarehouseResponse stopped = workspace.warehouses().stop(new StopRequest().setId(warehouseId)).get(Duration.ofSeconds(60));
        assertThat(stopped.getState()).isEqualTo(State.STOPPED);
        await().atMost(Duration.ofSeconds(5)).until(() -> driverProcesses(warehouseId).isEmpty());

        StatementResponse submitted = workspace.statementExecution().executeStatement(new ExecuteStatementRequest()
                .setWarehouseId(warehouseId).setStatement("SELECT 42").setWaitTimeout("0s"));
        assertThat(submitted.getStatus().getState()).isEqualTo(StatementState.PENDING);
        assertThat(workspace.warehouses().get(warehouseId).getState()).isEqualTo(State.STARTING);

        StatementResponse done = awaitTerminal(submitted.getStatementId());
        assertThat(done.getStatus().getState()).isEqualTo(StatementState.SUCCEEDED);
        assertThat(rows(done.getResult())).containsExactly(List.of("42"));
        assertThat(workspace.warehouses().get(warehouseId).getState()).isEqualTo(State.RUNNING);
        assertThat(driverProcesses(warehouseId)).hasSize(1);
    }

    private static StatementResponse execute(ExecuteStatementRequest request) {
        return workspace.statementExecution().executeStatement(request.setWarehouseId(warehouseId).setWaitTimeout("50s"));
    }

    private static StatementResponse awaitTerminal(String statementId) {
        StatementResponse[] last = new StatementResponse[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = workspace.statementExecution().getStatement(statementId);
            StatementState state = last[0].getStatus().getState();
            return state != StatementState.PENDING && state != StatementState.RUNNING;
        });
        return last[0];
    }

    private static List<List<String>> rows(ResultData data) {
        List<List<String>> rows = new ArrayList<>();
        for (Collection<String> row : data.getDataArray()) {
            rows.add(new ArrayList<>(row));
        }
        return rows;
    }

    private static void putDbfs(String path, String text) {
        workspace.dbfs().put(new Put().setPath(path).setOverwrite(true)
                .setContents(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))));
    }

    private static List<ProcessHandle> driverProcesses(String warehouse) {
        String marker = "--cluster-id warehouse-" + warehouse;
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine().orElse("").contains(marker)).toList();
    }
}
