package dev.lakeroute.dblocal.sparkdriver;

import java.util.List;
import java.util.Map;

/**
 * API 1.2's {@code results}: {@code text} ({@code data} string), {@code table} ({@code data} rows,
 * {@code schema}, {@code truncated}, {@code isJsonSchema}) or {@code error} ({@code summary},
 * {@code cause}). {@code notebookExitValue} is internal: what {@code dbutils.notebook.exit} returned.
 */
public record CommandResult(String resultType, Object data, List<Map<String, Object>> schema, Boolean truncated,
                            Boolean isJsonSchema, String summary, String cause, String notebookExitValue) {

    public static CommandResult text(String data) {
        return new CommandResult("text", data, null, null, null, null, null, null);
    }

    public static CommandResult table(List<List<Object>> rows, List<Map<String, Object>> schema, boolean truncated) {
        return new CommandResult("table", rows, schema, truncated, true, null, null, null);
    }

    public static CommandResult error(String summary, String cause) {
        return new CommandResult("error", null, null, null, null, summary, cause, null);
    }

    public static CommandResult notebookExit(String value) {
        return new CommandResult("text", value, null, null, null, null, null, value);
    }
}
