package dev.lakeroute.camel.databricks.sql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns the strings of a JSON_ARRAY result into Java values by the manifest's column types: INT,
 * SHORT, BYTE → Integer; LONG → Long; FLOAT, DOUBLE → Double; BOOLEAN → Boolean; DECIMAL →
 * BigDecimal; DATE → LocalDate; TIMESTAMP → Instant (TIMESTAMP_NTZ → LocalDateTime); everything
 * else stays a String. SQL NULL is null.
 */
public final class RowTyper {

    /** One column of the manifest. */
    public record Column(String name, String typeName) {
    }

    private final List<Column> columns;

    public RowTyper(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    public static RowTyper of(JsonNode manifest) {
        List<Column> columns = new ArrayList<>();
        for (JsonNode column : manifest.path("schema").path("columns")) {
            columns.add(new Column(column.path("name").asText(), column.path("type_name").asText("STRING")));
        }
        return new RowTyper(columns);
    }

    public List<Column> columns() {
        return columns;
    }

    /** The schema as the header shows it: name and type of each column. */
    public List<Map<String, Object>> schema() {
        List<Map<String, Object>> schema = new ArrayList<>();
        for (Column c : columns) {
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("name", c.name());
            column.put("type", c.typeName());
            schema.add(column);
        }
        return schema;
    }

    public Map<String, Object> row(JsonNode values) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            JsonNode value = values.get(i);
            Column column = columns.get(i);
            row.put(column.name(), value == null || value.isNull() ? null : convert(value.asText(), column.typeName()));
        }
        return row;
    }

    static Object convert(String text, String typeName) {
        try {
            return switch (typeName.toUpperCase(Locale.ROOT)) {
                case "INT", "INTEGER", "SHORT", "SMALLINT", "BYTE", "TINYINT" -> Integer.valueOf(text);
                case "LONG", "BIGINT" -> Long.valueOf(text);
                case "FLOAT", "DOUBLE" -> Double.valueOf(text);
                case "BOOLEAN" -> Boolean.valueOf(text);
                case "DECIMAL" -> new BigDecimal(text);
                case "DATE" -> LocalDate.parse(text);
                case "TIMESTAMP" -> timestamp(text);
                case "TIMESTAMP_NTZ" -> LocalDateTime.parse(text.replace(' ', 'T'));
                default -> text;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            // A value the type cannot hold (NaN, an exotic format): keep the server's text rather than fail the exchange.
            return text;
        }
    }

    private static Instant timestamp(String text) {
        String iso = text.replace(' ', 'T');
        try {
            return OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        }
    }
}
