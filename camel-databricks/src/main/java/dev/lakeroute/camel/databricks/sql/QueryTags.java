package dev.lakeroute.camel.databricks.sql;

import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code query_tags} of {@code sql/statements/execute} ({@code [{"key": ..., "value": ...}]}, at most 20 kept by
 * Databricks) with the Camel context added: camel_route_id, camel_exchange_id and, when there is one,
 * camel_business_key. Tags the request already has come first and win over these for the same key, so the
 * route's own tags are never crowded out.
 */
final class QueryTags {

    static final String ROUTE_ID = "camel_route_id";
    static final String EXCHANGE_ID = "camel_exchange_id";
    static final String BUSINESS_KEY = "camel_business_key";

    private QueryTags() {
    }

    /** @param given the request's query_tags, null when it has none */
    static ArrayNode with(JsonNode given, String routeId, String exchangeId, String businessKey) {
        ArrayNode tags = JsonNodeFactory.instance.arrayNode();
        Set<String> keys = new LinkedHashSet<>();
        if (given != null && given.isArray()) {
            for (JsonNode tag : given) {
                tags.add(tag);
                keys.add(tag.path("key").asText());
            }
        }
        add(tags, keys, ROUTE_ID, routeId);
        add(tags, keys, EXCHANGE_ID, exchangeId);
        add(tags, keys, BUSINESS_KEY, businessKey);
        return tags;
    }

    private static void add(ArrayNode tags, Set<String> keys, String key, String value) {
        if (value == null || value.isBlank() || keys.contains(key)) {
            return;
        }
        ObjectNode tag = tags.addObject();
        tag.put("key", key).put("value", value);
    }
}
