package dev.lakeroute.dblocal.controlplane.resources.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.Json;

import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies SCIM 2.0 PATCH {@code Operations} ({@code add}, {@code remove}, {@code replace}) to a
 * user or group: top-level attributes, multi-valued ones such as {@code members} or
 * {@code entitlements} (added without duplicates, removed by {@code value} or by a path filter such
 * as {@code members[value eq "123"]}).
 */
final class ScimPatch {
    private static final Pattern FILTERED_PATH = Pattern.compile("^([A-Za-z0-9_$]+)\\[(.+)]$");

    private ScimPatch() {
    }

    static ObjectNode apply(ObjectNode resource, JsonNode operations) {
        if (operations == null || !operations.isArray() || operations.isEmpty()) {
            throw ApiException.invalidParameter("invalidSyntax: a PATCH needs a non-empty Operations list");
        }
        ObjectNode patched = resource.deepCopy();
        for (JsonNode operation : operations) {
            String op = operation.path("op").asText().toLowerCase(Locale.ROOT);
            String path = operation.path("path").asText(null);
            JsonNode value = operation.get("value");
            switch (op) {
                case "add", "replace" -> {
                    if (path == null || path.isEmpty()) {
                        if (value == null || !value.isObject()) {
                            throw ApiException.invalidParameter("invalidValue: an " + op + " without a path needs an object value");
                        }
                        for (Map.Entry<String, JsonNode> field : value.properties()) {
                            set(patched, field.getKey(), field.getValue(), op.equals("add"));
                        }
                    } else {
                        if (value == null) {
                            throw ApiException.invalidParameter("invalidValue: " + op + " of '" + path + "' needs a value");
                        }
                        set(patched, path, value, op.equals("add"));
                    }
                }
                case "remove" -> remove(patched, path, value);
                default -> throw ApiException.invalidParameter("invalidSyntax: unknown op '" + operation.path("op").asText()
                        + "'; allowed are add, remove and replace");
            }
        }
        return patched;
    }

    private static void set(ObjectNode resource, String path, JsonNode value, boolean add) {
        String attribute = canonical(resource, path);
        JsonNode current = resource.get(attribute);
        if (add && current != null && current.isArray()) {
            ArrayNode merged = (ArrayNode) current;
            for (JsonNode element : value.isArray() ? value : Json.array().add(value)) {
                if (!containsValue(merged, element)) {
                    merged.add(element);
                }
            }
        } else if (add && value.isArray()) {
            resource.set(attribute, value.deepCopy());
        } else if (path.contains(".") && !path.contains("[")) {
            String[] parts = path.split("\\.", 2);
            JsonNode parent = resource.get(canonical(resource, parts[0]));
            ObjectNode object = parent instanceof ObjectNode o ? o : resource.putObject(parts[0]);
            object.set(parts[1], value.deepCopy());
        } else {
            resource.set(attribute, value.deepCopy());
        }
    }

    private static void remove(ObjectNode resource, String path, JsonNode value) {
        if (path == null || path.isEmpty()) {
            throw ApiException.invalidParameter("noTarget: a remove needs a path");
        }
        Matcher filtered = FILTERED_PATH.matcher(path);
        if (filtered.matches()) {
            String attribute = canonical(resource, filtered.group(1));
            Predicate<ObjectNode> selects = ScimFilter.parse(filtered.group(2));
            JsonNode current = resource.get(attribute);
            if (current instanceof ArrayNode elements) {
                for (int i = elements.size() - 1; i >= 0; i--) {
                    if (elements.get(i) instanceof ObjectNode element && selects.test(element)) {
                        elements.remove(i);
                    }
                }
            }
            return;
        }
        String attribute = canonical(resource, path);
        JsonNode current = resource.get(attribute);
        if (value != null && current instanceof ArrayNode elements) {
            for (JsonNode gone : value.isArray() ? value : Json.array().add(value)) {
                for (int i = elements.size() - 1; i >= 0; i--) {
                    if (sameValue(elements.get(i), gone)) {
                        elements.remove(i);
                    }
                }
            }
        } else {
            resource.remove(attribute);
        }
    }

    private static boolean containsValue(ArrayNode elements, JsonNode candidate) {
        for (JsonNode element : elements) {
            if (sameValue(element, candidate)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.has("value") && b.has("value")) {
            return a.path("value").asText().equals(b.path("value").asText());
        }
        return a.equals(b);
    }

    /** The stored spelling of an attribute, matched case-insensitively as SCIM requires. */
    private static String canonical(ObjectNode resource, String name) {
        for (Map.Entry<String, JsonNode> field : resource.properties()) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getKey();
            }
        }
        return name;
    }
}
