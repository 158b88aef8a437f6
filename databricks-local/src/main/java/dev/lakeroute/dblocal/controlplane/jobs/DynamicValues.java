package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves Databricks dynamic value references ({@code {{job.id}}}, {@code {{job.run_id}}},
 * {@code {{job.parameters.name}}}, {@code {{task.name}}}, {@code {{task.run_id}}},
 * {@code {{tasks.<task>.values.<key>}}}, and the legacy {@code {{run_id}}}/{@code {{parent_run_id}}}) in
 * every string of a task. A name with other characters than letters, digits and underscores is quoted in
 * backticks ({@code {{tasks.`load-2`.values.rows}}}), as on Databricks. Unknown references stay as written,
 * except task values: those are collected in {@code unresolved}, so that the task can fail saying which.
 */
final class DynamicValues {
    private static final String PART = "(?:`[^`]*`|[A-Za-z0-9_\\-]+)";
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*(" + PART + "(?:\\." + PART + ")*)\\s*}}");
    private static final Pattern PARTS = Pattern.compile(PART);

    private DynamicValues() {
    }

    static JsonNode resolve(JsonNode node, Map<String, String> values) {
        return resolve(node, values, new LinkedHashSet<>());
    }

    /** @param unresolved gets each {@code {{tasks.<task>.values.<key>}}} that {@code values} lacks, as written */
    static JsonNode resolve(JsonNode node, Map<String, String> values, Set<String> unresolved) {
        if (node.isTextual()) {
            return TextNode.valueOf(resolve(node.asText(), values, unresolved));
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = object.deepCopy();
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), resolve(field.getValue(), values, unresolved));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = array.arrayNode();
            array.forEach(item -> copy.add(resolve(item, values, unresolved)));
            return copy;
        }
        return node.deepCopy();
    }

    static String resolve(String text, Map<String, String> values) {
        return resolve(text, values, new LinkedHashSet<>());
    }

    private static String resolve(String text, Map<String, String> values, Set<String> unresolved) {
        if (!text.contains("{{")) {
            return text;
        }
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            List<String> parts = parts(matcher.group(1));
            String value = values.get(String.join(".", parts));
            if (value == null && parts.size() == 4 && parts.get(0).equals("tasks") && parts.get(2).equals("values")) {
                unresolved.add(matcher.group());
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** The names of a reference, backticks removed: {@code tasks.`a-b`.values.n} is tasks, a-b, values, n. */
    static List<String> parts(String reference) {
        List<String> parts = new ArrayList<>();
        Matcher part = PARTS.matcher(reference);
        while (part.find()) {
            String name = part.group();
            parts.add(name.startsWith("`") ? name.substring(1, name.length() - 1) : name);
        }
        return parts;
    }
}
