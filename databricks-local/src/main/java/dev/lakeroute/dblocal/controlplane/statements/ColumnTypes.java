package dev.lakeroute.dblocal.controlplane.statements;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lakeroute.dblocal.http.Json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spark's JSON type text (what the driver reports per column) as the Statement Execution API's
 * {@code type_name} (the {@code ColumnInfoTypeName} enum) and {@code type_text} (SQL type syntax).
 */
final class ColumnTypes {
    private static final Pattern DECIMAL = Pattern.compile("decimal\\((\\d+),\\s*(\\d+)\\)");

    private ColumnTypes() {
    }

    /** @param precision and scale only for DECIMAL, else null */
    record ColumnType(String typeName, String typeText, Integer precision, Integer scale) {
    }

    static ColumnType of(String sparkJsonType) {
        return of(parse(sparkJsonType));
    }

    static ColumnType of(JsonNode type) {
        if (type.isObject()) {
            String kind = type.path("type").asText();
            return switch (kind) {
                case "array" -> new ColumnType("ARRAY", "ARRAY<" + of(type.path("elementType")).typeText() + ">", null, null);
                case "map" -> new ColumnType("MAP", "MAP<" + of(type.path("keyType")).typeText() + ", "
                        + of(type.path("valueType")).typeText() + ">", null, null);
                case "struct" -> {
                    List<String> fields = new ArrayList<>();
                    type.path("fields").forEach(field -> fields.add(field.path("name").asText() + ": " + of(field.path("type")).typeText()));
                    yield new ColumnType("STRUCT", "STRUCT<" + String.join(", ", fields) + ">", null, null);
                }
                case "udt" -> withName(of(type.path("sqlType")), "USER_DEFINED_TYPE");
                default -> new ColumnType("USER_DEFINED_TYPE", kind.toUpperCase(Locale.ROOT), null, null);
            };
        }
        String name = type.asText().toLowerCase(Locale.ROOT);
        Matcher decimal = DECIMAL.matcher(name);
        if (decimal.matches()) {
            int precision = Integer.parseInt(decimal.group(1));
            int scale = Integer.parseInt(decimal.group(2));
            return new ColumnType("DECIMAL", "DECIMAL(" + precision + "," + scale + ")", precision, scale);
        }
        if (name.startsWith("char(") || name.startsWith("varchar(")) {
            return new ColumnType("STRING", name.toUpperCase(Locale.ROOT), null, null);
        }
        if (name.startsWith("interval")) {
            return new ColumnType("INTERVAL", name.toUpperCase(Locale.ROOT), null, null);
        }
        return switch (name) {
            case "boolean" -> simple("BOOLEAN", "BOOLEAN");
            case "byte" -> simple("BYTE", "TINYINT");
            case "short" -> simple("SHORT", "SMALLINT");
            case "integer" -> simple("INT", "INT");
            case "long" -> simple("LONG", "BIGINT");
            case "float" -> simple("FLOAT", "FLOAT");
            case "double" -> simple("DOUBLE", "DOUBLE");
            case "string" -> simple("STRING", "STRING");
            case "binary" -> simple("BINARY", "BINARY");
            case "date" -> simple("DATE", "DATE");
            case "timestamp" -> simple("TIMESTAMP", "TIMESTAMP");
            case "timestamp_ntz" -> simple("TIMESTAMP", "TIMESTAMP_NTZ");
            case "null", "void" -> simple("NULL", "VOID");
            default -> simple("USER_DEFINED_TYPE", name.toUpperCase(Locale.ROOT));
        };
    }

    private static ColumnType simple(String name, String text) {
        return new ColumnType(name, text, null, null);
    }

    /** The driver sends each type as the text of Spark's {@code DataType.json()}: a JSON string or object. */
    static JsonNode parse(String sparkJsonType) {
        if (sparkJsonType == null) {
            return TextNode.valueOf("string");
        }
        try {
            JsonNode parsed = Json.MAPPER.readTree(sparkJsonType);
            return parsed == null || parsed.isMissingNode() ? TextNode.valueOf(sparkJsonType) : parsed;
        } catch (IOException notJson) {
            return TextNode.valueOf(sparkJsonType);
        }
    }

    private static ColumnType withName(ColumnType type, String name) {
        return new ColumnType(name, type.typeText(), type.precision(), type.scale());
    }
}
