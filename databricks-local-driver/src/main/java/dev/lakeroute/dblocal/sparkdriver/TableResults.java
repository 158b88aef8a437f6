package dev.lakeroute.dblocal.sparkdriver;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A DataFrame as API 1.2's {@code table} result: rows as arrays of JSON values, schema fields with
 * their type as Spark's JSON type text (Databricks sends {@code isJsonSchema: true} with that), and
 * {@code truncated} when more rows exist than the row cap.
 */
final class TableResults {
    private TableResults() {
    }

    static CommandResult of(Dataset<Row> frame, int rowLimit) {
        StructType schema = frame.schema();
        List<Map<String, Object>> fields = new ArrayList<>();
        for (StructField field : schema.fields()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", field.name());
            entry.put("type", field.dataType().json());
            entry.put("metadata", field.metadata().json());
            fields.add(entry);
        }
        List<Row> rows = frame.limit(rowLimit + 1).collectAsList();
        boolean truncated = rows.size() > rowLimit;
        List<List<Object>> data = new ArrayList<>(Math.min(rows.size(), rowLimit));
        for (Row row : truncated ? rows.subList(0, rowLimit) : rows) {
            data.add(values(row));
        }
        return CommandResult.table(data, fields, truncated);
    }

    private static List<Object> values(Row row) {
        List<Object> values = new ArrayList<>(row.length());
        for (int i = 0; i < row.length(); i++) {
            values.add(json(row.get(i)));
        }
        return values;
    }

    /** Plain JSON values only, so the protocol's serializer never meets a Spark or Scala type. */
    private static Object json(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean
                || value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return value;
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? d.toString() : d;
        }
        if (value instanceof Float f) {
            return f.isNaN() || f.isInfinite() ? f.toString() : f;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof Row struct) {
            Map<String, Object> fields = new LinkedHashMap<>();
            String[] names = struct.schema() == null ? null : struct.schema().fieldNames();
            for (int i = 0; i < struct.length(); i++) {
                fields.put(names == null ? "_" + (i + 1) : names[i], json(struct.get(i)));
            }
            return fields;
        }
        if (value instanceof scala.collection.Map<?, ?> map) {
            Map<String, Object> entries = new LinkedHashMap<>();
            JavaConverters.mapAsJavaMap(map).forEach((k, v) -> entries.put(String.valueOf(k), json(v)));
            return entries;
        }
        if (value instanceof scala.collection.Seq<?> seq) {
            List<Object> items = new ArrayList<>();
            JavaConverters.seqAsJavaList(seq).forEach(item -> items.add(json(item)));
            return items;
        }
        return value.toString();
    }
}
