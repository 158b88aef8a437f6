package dev.lakeroute.camel.databricks.response;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;

import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.request.OperationRequest;

/**
 * Finds the items of a list answer and the request for the following page, for the three styles
 * Databricks uses: {@code next_page_token} (2.1+ and most newer APIs), {@code has_more} with
 * {@code offset} (jobs 2.0, cluster events), and SCIM's {@code startIndex}/{@code totalResults}.
 */
public final class PageReader {

    // Array fields that describe the answer rather than list its items.
    private static final Set<String> NOT_ITEMS = Set.of("schemas", "warnings", "errors");

    public Page read(OperationRequest request, JsonNode answer) {
        if (answer.isArray()) {
            return new Page(list(answer), null);
        }
        String itemsField = itemsField(answer);
        List<JsonNode> items = itemsField == null ? List.of() : list(answer.get(itemsField));
        return new Page(items, next(request, answer, items));
    }

    static String itemsField(JsonNode answer) {
        if (answer.has("Resources") && answer.get("Resources").isArray()) {
            return "Resources";
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = answer.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isArray() && !NOT_ITEMS.contains(field.getKey())) {
                return field.getKey();
            }
        }
        return null;
    }

    private static OperationRequest next(OperationRequest request, JsonNode answer, List<JsonNode> items) {
        Operation op = request.operation();
        String token = answer.path("next_page_token").asText("");
        if (!token.isEmpty()) {
            String field = op.knows("page_token") ? "page_token" : op.knows("next_page_token") ? "next_page_token" : null;
            if (field == null || token.equals(request.fieldText(field))) {
                return null;
            }
            return request.withField(field, TextNode.valueOf(token));
        }
        if (answer.path("has_more").asBoolean(false) && !items.isEmpty() && op.knows("offset")) {
            long offset = parseLong(request.fieldText("offset"), 0);
            return request.withField("offset", TextNode.valueOf(Long.toString(offset + items.size())));
        }
        if (answer.has("totalResults") && answer.has("Resources") && !items.isEmpty() && op.knows("startIndex")) {
            long start = answer.has("startIndex") ? answer.get("startIndex").asLong(1) : parseLong(request.fieldText("startIndex"), 1);
            long nextStart = start + items.size();
            if (nextStart <= answer.get("totalResults").asLong()) {
                return request.withField("startIndex", TextNode.valueOf(Long.toString(nextStart)));
            }
        }
        return null;
    }

    private static long parseLong(String text, long fallback) {
        try {
            return text == null ? fallback : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>(array.size());
        ((ArrayNode) array).forEach(items::add);
        return items;
    }
}
