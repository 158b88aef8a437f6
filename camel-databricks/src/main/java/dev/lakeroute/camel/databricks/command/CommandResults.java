package dev.lakeroute.camel.databricks.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksCommandException;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.StepResult;

/**
 * Maps a finished {@code commands/status} answer to the message: text → String; table → List of Maps
 * (column name → value) with the schema and truncation headers; images → List of base64 Strings;
 * error (the code threw), or status Error/Cancelled → {@link DatabricksCommandException}.
 */
final class CommandResults {

    private final ObjectMapper mapper;

    CommandResults(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    StepResult map(String commandId, JsonNode status, Map<String, Object> headers) {
        String state = Calls.text(status, "status");
        JsonNode results = status.path("results");
        String type = Calls.text(results, "resultType");
        headers.put(DatabricksConstants.COMMAND_STATUS, state);
        if (type != null) {
            headers.put(DatabricksConstants.RESULT_TYPE, type);
        }
        if (!"Finished".equals(state) || "error".equals(type)) {
            throw new DatabricksCommandException(commandId, state, Calls.text(results, "summary"), Calls.text(results, "cause"));
        }
        if (type == null) {
            return new StepResult(null, headers);
        }
        switch (type) {
            case "table":
                return table(results, headers);
            case "images":
                return new StepResult(images(results), headers);
            case "text":
            default:
                JsonNode data = results.get("data");
                return new StepResult(data == null || data.isNull() ? null : data.isTextual() ? data.asText()
                        : mapper.convertValue(data, Object.class), headers);
        }
    }

    private StepResult table(JsonNode results, Map<String, Object> headers) {
        List<String> names = new ArrayList<>();
        List<Map<String, Object>> schema = new ArrayList<>();
        for (JsonNode column : results.path("schema")) {
            names.add(Calls.text(column, "name"));
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", Calls.text(column, "name"));
            c.put("type", column.get("type") == null ? null : column.get("type").isTextual() ? column.get("type").asText()
                    : column.get("type").toString());
            schema.add(c);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode values : results.path("data")) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                String name = i < names.size() ? names.get(i) : "_c" + i;
                JsonNode value = values.get(i);
                row.put(name, value == null || value.isNull() ? null : mapper.convertValue(value, Object.class));
            }
            rows.add(row);
        }
        headers.put(DatabricksConstants.RESULT_SCHEMA, schema);
        headers.put(DatabricksConstants.RESULT_TRUNCATED, results.path("truncated").asBoolean(false));
        return new StepResult(rows, headers);
    }

    private static List<String> images(JsonNode results) {
        List<String> images = new ArrayList<>();
        JsonNode data = results.has("data") ? results.get("data") : results.path("fileNames");
        if (data.isArray()) {
            data.forEach(d -> images.add(d.asText()));
        } else if (data.isTextual()) {
            images.add(data.asText());
        }
        return images;
    }
}
