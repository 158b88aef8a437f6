package dev.lakeroute.dblocal.controlplane.clusters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.Json;

import java.util.LinkedHashMap;
import java.util.Map;

/** Why a cluster terminated ({@code ClusterDetails.termination_reason}: code, type, parameters). */
public record TerminationReason(String code, String type, Map<String, String> parameters, String stateMessage) {
    public TerminationReason {
        parameters = Map.copyOf(parameters);
    }

    public static TerminationReason userRequest(String user) {
        return new TerminationReason("USER_REQUEST", "SUCCESS", user == null ? Map.of() : Map.of("username", user),
                "Termination requested by " + (user == null ? "a user" : user));
    }

    public static TerminationReason inactivity(long minutes) {
        return new TerminationReason("INACTIVITY", "SUCCESS", Map.of("inactivity_duration_min", Long.toString(minutes)),
                "Inactive cluster terminated (inactive for " + minutes + " minutes).");
    }

    public static TerminationReason jobFinished() {
        return new TerminationReason("JOB_FINISHED", "SUCCESS", Map.of(), "Job cluster terminated after its run finished.");
    }

    public static TerminationReason startupFailure(String message) {
        return new TerminationReason("SPARK_STARTUP_FAILURE", "SERVICE_FAULT", Map.of("databricks_error_message", message),
                "Spark startup failure: " + message);
    }

    /** The server stopped while the cluster was up: its driver process is gone, so the cluster is too. */
    public static TerminationReason serverRestarted() {
        String message = "databricks-local restarted; the cluster's driver did not survive the restart.";
        return new TerminationReason("UNKNOWN", "SERVICE_FAULT", Map.of("databricks_error_message", message), message);
    }

    public ObjectNode toJson() {
        ObjectNode node = Json.object().put("code", code).put("type", type);
        ObjectNode params = node.putObject("parameters");
        parameters.forEach(params::put);
        return node;
    }

    static TerminationReason fromJson(JsonNode node) {
        Map<String, String> params = new LinkedHashMap<>();
        node.path("parameters").fields().forEachRemaining(field -> params.put(field.getKey(), field.getValue().asText()));
        return new TerminationReason(node.path("code").asText("UNKNOWN"), node.path("type").asText("SUCCESS"), params,
                node.path("state_message").asText(""));
    }

    ObjectNode toStoredJson() {
        return toJson().put("state_message", stateMessage);
    }
}
