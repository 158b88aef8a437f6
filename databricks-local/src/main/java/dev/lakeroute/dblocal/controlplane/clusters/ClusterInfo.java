package dev.lakeroute.dblocal.controlplane.clusters;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A snapshot of one cluster for other families (API 1.2, jobs, libraries). {@link #details()} is the
 * {@code ClusterDetails} JSON as {@code clusters/get} answers it (a copy; changing it changes nothing).
 */
public record ClusterInfo(String clusterId, String clusterName, ClusterState state, String stateMessage,
                          int numWorkers, String sparkVersion, Map<String, String> sparkConf, Long sparkContextId,
                          ClusterSource clusterSource, String creatorUserName, ObjectNode details) {

    static ClusterInfo of(ObjectNode details) {
        Map<String, String> conf = new LinkedHashMap<>();
        details.path("spark_conf").fields().forEachRemaining(field -> conf.put(field.getKey(), field.getValue().asText()));
        ClusterSource source;
        try {
            source = ClusterSource.valueOf(details.path("cluster_source").asText("API"));
        } catch (IllegalArgumentException e) {
            source = ClusterSource.API;
        }
        return new ClusterInfo(details.path("cluster_id").asText(), details.path("cluster_name").asText(""),
                ClusterState.parse(details.path("state").asText()), details.path("state_message").asText(""),
                ClusterSpecs.workersOf(details), details.path("spark_version").asText(), Map.copyOf(conf),
                details.hasNonNull("spark_context_id") ? details.get("spark_context_id").asLong() : null,
                source, details.path("creator_user_name").asText(null), details);
    }

    public boolean isRunning() {
        return state == ClusterState.RUNNING;
    }
}
