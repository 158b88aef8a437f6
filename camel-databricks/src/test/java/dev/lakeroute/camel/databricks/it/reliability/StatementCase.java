package dev.lakeroute.camel.databricks.it.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code sql/statements/execute} on the fixtures' warehouse: a query of a few seconds carrying the cell's
 * tag, answered at once ({@code statementWaitTimeout=0s}) so the component polls. The statements the
 * server ran for the cell are found in the query history by the tag.
 */
final class StatementCase extends OperationCase {

    /** About two seconds of Spark work on this machine's cores. */
    static final long ROWS = Long.getLong("reliability.statementRows", 1_000_000_000L);

    @Override
    String operation() {
        return "sql/statements (warehouse)";
    }

    @Override
    Request request(Target target, String tag) {
        return Request.of("sql/statements/execute?warehouseId=" + target.fixtures().warehouseId
                          + "&statementWaitTimeout=0s&waitTimeout=90000",
                Map.of("statement", "SELECT '" + tag + "' AS tag, max(id % 7) AS m FROM range(0, " + ROWS + ")"));
    }

    /** {@code sql/statements/<id>}: shares the prefix of the POST, whose call the fault lets through first. */
    @Override
    String probePath(Target target, String tag) {
        return "sql/statements";
    }

    @Override
    String workPath(Target target, String tag) {
        return "sql/statements";
    }

    @Override
    int callsBeforeFault(FaultColumn column) {
        return column == FaultColumn.DROP_AFTER_RESPONSE ? 0 : 1;
    }

    @Override
    boolean needsSpark() {
        return true;
    }

    @Override
    Check verify(Target target, Run run) {
        List<JsonNode> mine = Fixtures.poll(Duration.ofSeconds(30), () -> history(target.admin(), run.tag()),
                found -> found.stream().allMatch(q -> q.path("is_final").asBoolean(false)));
        if (mine.isEmpty()) {
            return new Check(true, null, null, Check.truthful(run.outcome(), false), "no statement");
        }
        boolean anyFinished = mine.stream().anyMatch(q -> "FINISHED".equals(q.path("status").asText()));
        List<String> states = new ArrayList<>();
        for (JsonNode q : mine) {
            boolean finished = "FINISHED".equals(q.path("status").asText());
            states.add("statement " + shortId(q.path("query_id").asText())
                       + (!run.outcome().ok() && finished ? " went on (FINISHED)" : " " + q.path("status").asText()));
        }
        // The Statement Execution API takes no idempotency token: a statement the killed JVM had sent runs again when
        // the message is redelivered. That is the route's at-least-once delivery, not a retry of the component's.
        boolean reRunByRedelivery = mine.size() == 2 && run.callsAtKill().getOrDefault("sql/statements", 0) > 0;
        String state = reRunByRedelivery ? "↻ sent by the killed JVM and again by the redelivery: " + String.join(", ", states)
                : (mine.size() > 1 ? mine.size() + " statements: " : "") + String.join(", ", states);
        return new Check(mine.size() == 1 || reRunByRedelivery, null, null, Check.truthful(run.outcome(), anyFinished), state);
    }

    private static List<JsonNode> history(LocalAdmin admin, String tag) {
        List<JsonNode> found = new ArrayList<>();
        admin.get("/api/2.0/sql/history/queries?max_results=1000").path("res").forEach(q -> {
            if (q.path("query_text").asText().contains("'" + tag + "'")) {
                found.add(q);
            }
        });
        return found;
    }

    private static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) + "…" : id;
    }
}
