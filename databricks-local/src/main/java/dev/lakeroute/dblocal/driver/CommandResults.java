package dev.lakeroute.dblocal.driver;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * API 1.2 {@code results}, field for field: {@code data} is a string for {@code text} and rows for
 * {@code table}. {@code notebookExitValue} is internal (what {@code dbutils.notebook.exit} returned) and
 * is not part of the public answer.
 */
public record CommandResults(String resultType, JsonNode data, List<SchemaField> schema, Boolean truncated,
                             Boolean isJsonSchema, String summary, String cause, String notebookExitValue) {

    /** One column of a table result; {@code type} is Spark's JSON type text, as Databricks sends it. */
    public record SchemaField(String name, String type, String metadata) {
    }

    public boolean isError() {
        return "error".equals(resultType);
    }
}
