package dev.lakeroute.dblocal.controlplane.resources.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.ApiException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * SCIM 2.0 filters ({@code userName eq "a@b.com"}, {@code displayName co "data" and active eq true},
 * {@code emails.value sw "a"}, {@code externalId pr}). Attribute names and string values compare
 * case-insensitively, as Databricks' user and group attributes are not case-exact. {@code and} binds
 * tighter than {@code or}; parentheses and {@code not} are not supported.
 */
public final class ScimFilter {
    private ScimFilter() {
    }

    public static Predicate<ObjectNode> parse(String filter) {
        List<String> tokens = tokenize(filter);
        if (tokens.isEmpty()) {
            return resource -> true;
        }
        List<List<String>> alternatives = split(tokens, "or");
        List<Predicate<ObjectNode>> anyOf = new ArrayList<>();
        for (List<String> alternative : alternatives) {
            Predicate<ObjectNode> all = resource -> true;
            for (List<String> comparison : split(alternative, "and")) {
                all = all.and(comparison(comparison, filter));
            }
            anyOf.add(all);
        }
        return resource -> anyOf.stream().anyMatch(predicate -> predicate.test(resource));
    }

    private static Predicate<ObjectNode> comparison(List<String> tokens, String filter) {
        if (tokens.size() == 2 && tokens.get(1).equalsIgnoreCase("pr")) {
            String attribute = tokens.get(0);
            return resource -> values(resource, attribute).stream().anyMatch(value -> !value.isNull() && !value.asText().isEmpty());
        }
        if (tokens.size() != 3) {
            throw invalid(filter);
        }
        String attribute = tokens.get(0);
        String operator = tokens.get(1).toLowerCase(Locale.ROOT);
        String expected = unquote(tokens.get(2)).toLowerCase(Locale.ROOT);
        if (!List.of("eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le").contains(operator)) {
            throw invalid(filter);
        }
        return resource -> {
            List<JsonNode> values = values(resource, attribute);
            if (operator.equals("ne")) {
                return values.stream().noneMatch(value -> value.asText().toLowerCase(Locale.ROOT).equals(expected));
            }
            return values.stream().map(value -> value.asText().toLowerCase(Locale.ROOT)).anyMatch(actual -> switch (operator) {
                case "eq" -> actual.equals(expected);
                case "co" -> actual.contains(expected);
                case "sw" -> actual.startsWith(expected);
                case "ew" -> actual.endsWith(expected);
                case "gt" -> actual.compareTo(expected) > 0;
                case "ge" -> actual.compareTo(expected) >= 0;
                case "lt" -> actual.compareTo(expected) < 0;
                default -> actual.compareTo(expected) <= 0;
            });
        };
    }

    /** The values an attribute path reaches; a multi-valued attribute gives one per element. */
    static List<JsonNode> values(ObjectNode resource, String path) {
        List<JsonNode> current = List.of(resource);
        for (String part : path.split("\\.")) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : current) {
                JsonNode child = field(node, part);
                if (child == null) {
                    continue;
                }
                if (child.isArray()) {
                    child.forEach(next::add);
                } else {
                    next.add(child);
                }
            }
            current = next;
        }
        return current;
    }

    static JsonNode field(JsonNode node, String name) {
        if (!node.isObject()) {
            return null;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return null;
    }

    private static List<List<String>> split(List<String> tokens, String keyword) {
        List<List<String>> parts = new ArrayList<>();
        List<String> part = new ArrayList<>();
        for (String token : tokens) {
            if (token.equalsIgnoreCase(keyword)) {
                parts.add(part);
                part = new ArrayList<>();
            } else {
                part.add(token);
            }
        }
        parts.add(part);
        return parts;
    }

    private static List<String> tokenize(String filter) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < filter.length()) {
            char c = filter.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = i + 1;
                StringBuilder text = new StringBuilder("\"");
                while (end < filter.length() && filter.charAt(end) != '"') {
                    if (filter.charAt(end) == '\\' && end + 1 < filter.length()) {
                        end++;
                    }
                    text.append(filter.charAt(end));
                    end++;
                }
                if (end >= filter.length()) {
                    throw invalid(filter);
                }
                tokens.add(text.append('"').toString());
                i = end + 1;
            } else {
                int end = i;
                while (end < filter.length() && !Character.isWhitespace(filter.charAt(end))) {
                    end++;
                }
                tokens.add(filter.substring(i, end));
                i = end;
            }
        }
        return tokens;
    }

    private static String unquote(String token) {
        return token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"") ? token.substring(1, token.length() - 1) : token;
    }

    private static ApiException invalid(String filter) {
        return ApiException.invalidParameter("invalidFilter: the filter '" + filter
                + "' is not supported; use e.g. userName eq \"someone@example.com\" (operators eq ne co sw ew gt ge lt le pr, joined by and/or)");
    }
}
