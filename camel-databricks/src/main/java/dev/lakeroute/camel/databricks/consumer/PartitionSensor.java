package dev.lakeroute.camel.databricks.consumer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksStateException;

/**
 * {@code databricks:sql/partition-sensor?warehouseId=…&table=…}: Airflow's DatabricksPartitionSensor, as events. Each
 * partition of the Delta table is emitted once, when it appears: the body is partition column → value, the
 * {@code CamelDatabricksPartition} header its Hive-style name ({@code day=2026-12-01/country=FR}). The partition
 * columns come from {@code DESCRIBE DETAIL}, the partitions from {@code SELECT DISTINCT} over them (no data column
 * is read), which Databricks and open-source Delta both answer. With {@code emitExisting=false} the
 * partitions there at the first poll are only remembered.
 */
final class PartitionSensor implements Sensor {

    static final String OPERATION = "sql/partition-sensor";

    private final SensorQueries queries;
    private final String table;
    private boolean firstPoll;

    PartitionSensor(SensorQueries queries, String table, boolean emitExisting) {
        this.queries = queries;
        this.table = table;
        this.firstPoll = !emitExisting;
    }

    @Override
    public List<SensorItem> poll(Predicate<String> known) throws Exception {
        boolean rememberOnly = firstPoll;
        firstPoll = false;
        SensorQueries.Result detail = queries.run("DESCRIBE DETAIL " + table);
        Object columns = detail.rows().isEmpty() ? null : detail.rows().get(0).get("partitionColumns");
        List<String> partitionColumns = partitionColumns(columns);
        if (partitionColumns.isEmpty()) {
            throw new DatabricksStateException(OPERATION, table, "NOT_PARTITIONED",
                    List.of("table " + table + " has no partition columns (DESCRIBE DETAIL partitionColumns is empty)"));
        }
        String select = partitionColumns.stream().map(PartitionSensor::identifier).collect(Collectors.joining(", "));
        SensorQueries.Result partitions = queries.run("SELECT DISTINCT " + select + " FROM " + table + " ORDER BY " + select);
        long now = System.currentTimeMillis();
        List<SensorItem> found = new ArrayList<>();
        for (Map<String, Object> partition : partitions.rows()) {
            String name = partition.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("/"));
            String key = OPERATION + ":" + table + ":" + name;
            if (known.test(key)) {
                continue;
            }
            if (rememberOnly) {
                found.add(SensorItem.rememberOnly(key, now));
            } else {
                Map<String, Object> headers = new LinkedHashMap<>();
                headers.put(DatabricksConstants.TABLE, table);
                headers.put(DatabricksConstants.PARTITION, name);
                found.add(SensorItem.emit(key, now, new LinkedHashMap<>(partition), headers));
            }
        }
        return found;
    }

    /** partitionColumns as the statement API answers it: a JSON array text (["day"]) or a List. */
    static List<String> partitionColumns(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (value == null) {
            return List.of();
        }
        String text = value.toString().trim();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        List<String> names = new ArrayList<>();
        for (String part : text.split(",")) {
            String name = part.trim().replaceAll("^\"|\"$", "");
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static String identifier(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
