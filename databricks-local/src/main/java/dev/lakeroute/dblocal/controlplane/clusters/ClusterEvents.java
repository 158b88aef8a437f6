package dev.lakeroute.dblocal.controlplane.clusters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.DocumentCollection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The event log of each cluster ({@code clusters/events}), persisted with the cluster. Databricks keeps
 * 30 days of events; a local server keeps the latest {@value #MAX_EVENTS} per cluster.
 */
final class ClusterEvents {
    static final int MAX_EVENTS = 1000;
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;

    private final DocumentCollection events;
    private final Clock clock;

    ClusterEvents(DocumentCollection events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void record(String clusterId, String type, ObjectNode details) {
        ObjectNode event = Json.object().put("cluster_id", clusterId).put("timestamp", clock.millis()).put("type", type);
        event.set("details", details == null ? Json.object() : details);
        ObjectNode empty = Json.object();
        empty.putArray("events");
        events.putIfAbsent(clusterId, empty);
        events.update(clusterId, log -> {
            ArrayNode list = (ArrayNode) log.withArray("events");
            list.add(event);
            while (list.size() > MAX_EVENTS) {
                list.remove(0);
            }
            return log;
        });
    }

    void remove(String clusterId) {
        events.remove(clusterId);
    }

    /** One page of {@code clusters/events}: the request's filters, offset/limit paging with {@code next_page}. */
    ObjectNode page(JsonNode request) {
        String clusterId = request.path("cluster_id").asText();
        long startTime = request.path("start_time").asLong(0);
        long endTime = request.path("end_time").asLong(Long.MAX_VALUE);
        boolean ascending = "ASC".equalsIgnoreCase(request.path("order").asText("DESC"));
        Set<String> types = new HashSet<>();
        request.path("event_types").forEach(type -> types.add(type.asText()));
        long limit = request.has("page_size") ? request.path("page_size").asLong() : request.path("limit").asLong(DEFAULT_LIMIT);
        if (limit <= 0) {
            limit = DEFAULT_LIMIT;
        }
        if (limit > MAX_LIMIT) {
            throw ApiException.invalidParameter("limit must be at most " + MAX_LIMIT + ", was " + limit);
        }
        long offset = request.hasNonNull("page_token") && !request.get("page_token").asText().isEmpty()
                ? PageToken.offset(request.get("page_token").asText())
                : request.path("offset").asLong(0);
        if (offset < 0) {
            throw ApiException.invalidParameter("offset must not be negative, was " + offset);
        }

        List<JsonNode> matching = new ArrayList<>();
        events.get(clusterId).ifPresent(log -> log.path("events").forEach(event -> {
            long timestamp = event.path("timestamp").asLong();
            if (timestamp >= startTime && timestamp <= endTime && (types.isEmpty() || types.contains(event.path("type").asText()))) {
                matching.add(event);
            }
        }));
        if (!ascending) {
            java.util.Collections.reverse(matching);
        }
        ArrayNode page = Json.array();
        for (long i = offset; i < matching.size() && i < offset + limit; i++) {
            page.add(matching.get((int) i));
        }
        ObjectNode response = Json.object();
        response.set("events", page);
        response.put("total_count", matching.size());
        long next = offset + limit;
        if (next < matching.size()) {
            ObjectNode nextPage = request.deepCopy();
            nextPage.remove("page_token");
            nextPage.remove("page_size");
            nextPage.put("offset", next).put("limit", limit);
            response.set("next_page", nextPage);
            response.put("next_page_token", PageToken.of(next));
        }
        if (offset > 0) {
            response.put("prev_page_token", PageToken.of(Math.max(0, offset - limit)));
        }
        return response;
    }
}
