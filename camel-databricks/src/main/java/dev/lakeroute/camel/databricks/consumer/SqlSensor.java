package dev.lakeroute.camel.databricks.consumer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.lakeroute.camel.databricks.DatabricksConstants;

/**
 * {@code databricks:sql/sensor?warehouseId=…&sql=SELECT …}: Airflow's DatabricksSqlSensor. Each poll runs the query;
 * a result with rows is emitted (the rows, a List of Maps) once for each distinct row set: the key is the query and
 * its rows, in any order. No rows means the condition does not hold yet. With {@code emitExisting=false} the result
 * found at the first poll is only remembered.
 */
final class SqlSensor implements Sensor {

    static final String OPERATION = "sql/sensor";

    private final SensorQueries queries;
    private final String sql;
    private boolean firstPoll;

    SqlSensor(SensorQueries queries, String sql, boolean emitExisting) {
        this.queries = queries;
        this.sql = sql;
        this.firstPoll = !emitExisting;
    }

    @Override
    public List<SensorItem> poll(Predicate<String> known) throws Exception {
        boolean rememberOnly = firstPoll;
        firstPoll = false;
        SensorQueries.Result result = queries.run(sql);
        if (result.rows().isEmpty()) {
            return List.of();
        }
        String key = OPERATION + ":" + digest(sql, result.rows());
        long now = System.currentTimeMillis();
        if (rememberOnly) {
            return List.of(SensorItem.rememberOnly(key, now));
        }
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(DatabricksConstants.STATEMENT_ID, result.statementId());
        headers.put(DatabricksConstants.ROW_COUNT, (long) result.rows().size());
        return List.of(SensorItem.emit(key, now, result.rows(), headers));
    }

    /** The query and its rows as a set: the same rows in another order are the same result. */
    static String digest(String sql, List<Map<String, Object>> rows) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(sql.getBytes(StandardCharsets.UTF_8));
        for (String row : rows.stream().map(String::valueOf).sorted().toList()) {
            sha.update((byte) '\n');
            sha.update(row.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
