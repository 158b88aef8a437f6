package dev.lakeroute.dblocal.controlplane.statements;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * One cell of a JSON_ARRAY result: every value is a string (or JSON null), as Databricks sends it.
 * Complex values (arrays, maps, structs) are their JSON text; TIMESTAMP values are ISO-8601 in UTC
 * ({@code 2024-05-01T10:15:30.000Z}), converted from the driver's local wall-clock text.
 */
final class CellText {
    /** What {@code java.sql.Timestamp.toString()} writes: {@code 2024-05-01 10:15:30.0} (up to nanoseconds). */
    private static final DateTimeFormatter SQL_TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();
    private static final DateTimeFormatter UTC_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final DateTimeFormatter UTC_MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private CellText() {
    }

    /**
     * @param type the column's type (TIMESTAMP_NTZ values stay wall-clock text; DECIMAL values show their scale)
     * @param zone the driver's time zone (the zone Spark wrote local timestamps in)
     */
    static String of(JsonNode value, ColumnTypes.ColumnType type, ZoneId zone) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isContainerNode()) {
            return value.toString();
        }
        String text = value.asText();
        if ("TIMESTAMP".equals(type.typeText())) {
            return timestamp(text, zone);
        }
        if (type.scale() != null && value.isNumber()) {
            // The driver protocol carries decimals as JSON numbers; Databricks shows them with the column's scale (12.30).
            return value.decimalValue().setScale(type.scale(), RoundingMode.HALF_UP).toPlainString();
        }
        return text;
    }

    private static String timestamp(String text, ZoneId zone) {
        try {
            LocalDateTime local = text.indexOf('T') > 0 ? LocalDateTime.parse(text) : LocalDateTime.parse(text, SQL_TIMESTAMP);
            LocalDateTime utc = local.atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
            return (utc.getNano() % 1_000_000 == 0 ? UTC_MILLIS : UTC_MICROS).format(utc);
        } catch (DateTimeParseException unexpected) {
            return text;
        }
    }
}
