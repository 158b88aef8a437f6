package dev.lakeroute.camel.databricks.consumer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lakeroute.camel.databricks.error.DatabricksStateException;
import dev.lakeroute.camel.databricks.sql.RowTyper;
import dev.lakeroute.camel.databricks.sql.StatementPager;

/**
 * The SQL sensors' one statement per poll on a warehouse: sql/statements/execute with a 30 s server-side
 * wait, then sql/statements/get until it ended, every chunk read and typed as {@code sql/statements/execute}
 * types them. A poll runs on the consumer's own thread, so it waits there; a poll that outlasts {@code maxWait} cancels
 * its statement and fails (the next poll starts afresh).
 */
final class SensorStatements {

    private static final Set<String> TERMINAL = Set.of("SUCCEEDED", "FAILED", "CANCELED", "CLOSED");
    private static final long POLL_MILLIS = 250;

    private final SensorCalls calls;
    private final String warehouseId;
    private final Duration maxWait;

    /** One statement's rows, typed, and the statement's id. */
    record Result(String statementId, List<Map<String, Object>> rows) {
    }

    SensorStatements(SensorCalls calls, String warehouseId, Duration maxWait) {
        this.calls = calls;
        this.warehouseId = warehouseId;
        this.maxWait = maxWait;
    }

    Result run(String operation, String sql) throws Exception {
        ObjectNode fields = calls.fields();
        fields.put("warehouse_id", warehouseId).put("statement", sql).put("wait_timeout", "30s")
                .put("on_wait_timeout", "CONTINUE");
        JsonNode statement = calls.call("sql/statements/execute", fields);
        String id = statement.path("statement_id").asText();
        long deadline = System.currentTimeMillis() + maxWait.toMillis();
        while (!TERMINAL.contains(state(statement))) {
            if (System.currentTimeMillis() > deadline) {
                calls.call("sql/statements/cancel", calls.fields().put("statement_id", id));
                throw new DatabricksStateException(operation, id, "RUNNING",
                        List.of("the sensor's statement ran longer than waitTimeout (" + maxWait.toMillis() + " ms); it was cancelled"));
            }
            Thread.sleep(POLL_MILLIS);
            statement = calls.call("sql/statements/get", calls.fields().put("statement_id", id));
        }
        if (!"SUCCEEDED".equals(state(statement))) {
            String message = statement.path("status").path("error").path("message").asText("");
            throw new DatabricksStateException(operation, id, state(statement), message.isEmpty() ? List.of() : List.of(message));
        }
        StatementPager pager = new StatementPager(RowTyper.of(statement.path("manifest")), chunk -> {
            try {
                return CompletableFuture.completedFuture(calls.call("sql/statements/result/chunks",
                        calls.fields().put("statement_id", id).put("chunk_index", chunk)));
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        });
        return new Result(id, pager.all(statement.path("result")).join());
    }

    private static String state(JsonNode statement) {
        return statement.path("status").path("state").asText("PENDING");
    }
}
