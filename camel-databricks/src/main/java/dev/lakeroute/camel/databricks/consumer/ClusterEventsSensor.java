package dev.lakeroute.camel.databricks.consumer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lakeroute.camel.databricks.DatabricksConstants;

/**
 * {@code databricks:clusters/events}: a cluster's events, oldest first, keyed by cluster, timestamp and
 * type. Each poll asks only for events from the newest processed one on (clusters/events
 * {@code start_time}, {@code order=ASC}), following {@code next_page_token} or the older {@code next_page}.
 */
final class ClusterEventsSensor implements Sensor {

    static final String OPERATION = "clusters/events";
    private static final int PAGE_SIZE = 100;

    private final SensorCalls calls;
    private final String clusterId;
    private final List<String> eventTypes;
    private final TimeFloor floor;
    private long newestSeen;

    ClusterEventsSensor(SensorCalls calls, String clusterId, List<String> eventTypes, TimeFloor floor) {
        this.calls = calls;
        this.clusterId = clusterId;
        this.eventTypes = List.copyOf(eventTypes);
        this.floor = floor;
        this.newestSeen = floor.epochMillis();
    }

    static String key(String clusterId, long timestamp, String type) {
        return OPERATION + ":" + clusterId + ":" + timestamp + ":" + type;
    }

    @Override
    public List<SensorItem> poll(Predicate<String> known) throws Exception {
        List<SensorItem> found = new ArrayList<>();
        ObjectNode fields = request();
        while (true) {
            JsonNode page = calls.call(OPERATION, fields);
            for (JsonNode event : page.path("events")) {
                long timestamp = event.path("timestamp").asLong(0);
                String type = event.path("type").asText("");
                String key = key(clusterId, timestamp, type);
                if (known.test(key)) {
                    // Only processed events move the start: one the route failed on is asked for again.
                    newestSeen = Math.max(newestSeen, timestamp);
                } else if (floor.admits(timestamp)) {
                    found.add(SensorItem.emit(key, timestamp, calls.java(event), headers(timestamp, type)));
                }
            }
            String token = page.path("next_page_token").asText("");
            JsonNode nextPage = page.path("next_page");
            if (!token.isEmpty()) {
                fields = request();
                fields.put("page_token", token);
            } else if (nextPage.isObject() && nextPage.size() > 0) {
                fields = (ObjectNode) nextPage;
            } else {
                break;
            }
        }
        found.sort(Comparator.comparingLong(SensorItem::time));
        return found;
    }

    private ObjectNode request() {
        ObjectNode fields = calls.fields();
        fields.put("cluster_id", clusterId);
        fields.put("order", "ASC");
        fields.put("limit", PAGE_SIZE);
        if (newestSeen > 0) {
            // Inclusive: events of the same millisecond as the newest one seen are told apart by the repository.
            fields.put("start_time", newestSeen);
        }
        if (!eventTypes.isEmpty()) {
            ArrayNode types = fields.putArray("event_types");
            eventTypes.forEach(types::add);
        }
        return fields;
    }

    private Map<String, Object> headers(long timestamp, String type) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(DatabricksConstants.CLUSTER_ID, clusterId);
        headers.put(DatabricksConstants.EVENT_TYPE, type);
        headers.put(DatabricksConstants.EVENT_TIMESTAMP, timestamp);
        return headers;
    }
}
