package dev.lakeroute.camel.databricks.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.lakeroute.camel.databricks.DatabricksConstants;

/**
 * {@code databricks:sql/table-version-sensor?warehouseId=…&table=…}: Airflow's DatabricksDeltaTableVersionSensor
 * (the version advanced), as one event per new version: {@code DESCRIBE HISTORY}'s row of each version the
 * consumer has not emitted, oldest first, with the version, its operation and commit time as headers. The commit
 * time is what {@code since} and {@code emitExisting=false} compare.
 */
final class TableVersionSensor implements Sensor {

    static final String OPERATION = "sql/table-version-sensor";

    private final SensorQueries queries;
    private final String table;
    private final TimeFloor floor;

    TableVersionSensor(SensorQueries queries, String table, TimeFloor floor) {
        this.queries = queries;
        this.table = table;
        this.floor = floor;
    }

    @Override
    public List<SensorItem> poll(Predicate<String> known) throws Exception {
        SensorQueries.Result history = queries.run("DESCRIBE HISTORY " + table);
        List<SensorItem> found = new ArrayList<>();
        for (Map<String, Object> version : history.rows()) {
            long number = ((Number) version.get("version")).longValue();
            String key = OPERATION + ":" + table + ":" + number;
            long committed = millis(version.get("timestamp"));
            if (known.test(key) || !floor.admits(committed)) {
                continue;
            }
            Map<String, Object> headers = new LinkedHashMap<>();
            headers.put(DatabricksConstants.TABLE, table);
            headers.put(DatabricksConstants.TABLE_VERSION, number);
            headers.put(DatabricksConstants.TABLE_OPERATION, String.valueOf(version.get("operation")));
            headers.put(DatabricksConstants.TABLE_TIMESTAMP, Instant.ofEpochMilli(committed));
            found.add(SensorItem.emit(key, committed, new LinkedHashMap<>(version), headers));
        }
        found.sort(Comparator.comparingLong(SensorItem::time)
                .thenComparingLong(item -> (Long) item.headers().get(DatabricksConstants.TABLE_VERSION)));
        return found;
    }

    private static long millis(Object timestamp) {
        if (timestamp instanceof Instant instant) {
            return instant.toEpochMilli();
        }
        if (timestamp instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant().toEpochMilli();
        }
        if (timestamp instanceof java.time.LocalDateTime local) {
            return local.atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();
        }
        return timestamp == null ? 0 : Instant.parse(timestamp.toString().replace(' ', 'T')
                + (timestamp.toString().endsWith("Z") ? "" : "Z")).toEpochMilli();
    }
}
