package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves Databricks dynamic value references ({@code {{job.id}}}, {@code {{job.run_id}}},
 * {@code {{job.parameters.name}}}, {@code {{task.name}}}, {@code {{task.run_id}}}, and the legacy
 * {@code {{run_id}}}/{@code {{parent_run_id}}}) in every string of a task. Unknown references stay as
 * written.
 */
final class DynamicValues {
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.\\-]+)\\s*}}");

    private DynamicValues() {
    }

    static JsonNode resolve(JsonNode node, Map<String, String> values) {
        if (node.isTextual()) {
            return TextNode.valueOf(resolve(node.asText(), values));
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = object.deepCopy();
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), resolve(field.getValue(), values));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode();
            array.forEach(item -> copy.add(resolve(item, values)));
            return copy;
        }
        return node.deepCopy();
    }

    static String resolve(String text, Map<String, String> values) {
        if (!text.contains("{{")) {
            return text;
        }
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(result, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
