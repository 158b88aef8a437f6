package dev.lakeroute.dblocal.controlplane.resources.permissions;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Map.entry;

/**
 * An object type of the Permissions API: its path segment ({@code clusters}), the {@code object_type}
 * Databricks reports ({@code cluster}), the permission levels it accepts, and the resource family that
 * holds such objects here when it is one of the stores (so unknown ids answer 404).
 */
record ObjectType(String requestType, String objectType, List<String> levels, String family) {
    private static final List<String> NOTEBOOK_LEVELS = List.of("CAN_READ", "CAN_RUN", "CAN_EDIT", "CAN_MANAGE");

    private static final Map<String, ObjectType> TYPES = Map.ofEntries(
            type("alerts", "alert", NOTEBOOK_LEVELS, null),
            type("apps", "apps", List.of("CAN_USE", "CAN_MANAGE"), null),
            type("clusters", "cluster", List.of("CAN_ATTACH_TO", "CAN_RESTART", "CAN_MANAGE"), null),
            type("cluster-policies", "cluster-policy", List.of("CAN_USE"), "cluster-policies"),
            type("dashboards", "dashboard", List.of("CAN_READ", "CAN_RUN", "CAN_EDIT", "CAN_MANAGE"), null),
            type("dbsql-dashboards", "dashboard", NOTEBOOK_LEVELS, null),
            type("directories", "directory", NOTEBOOK_LEVELS, null),
            type("experiments", "mlflowExperiment", List.of("CAN_READ", "CAN_EDIT", "CAN_MANAGE"), "mlflow-experiments"),
            type("files", "file", NOTEBOOK_LEVELS, null),
            type("genie", "genie", List.of("CAN_VIEW", "CAN_RUN", "CAN_EDIT", "CAN_MANAGE"), null),
            type("instance-pools", "instance-pool", List.of("CAN_ATTACH_TO", "CAN_MANAGE"), "instance-pools"),
            type("jobs", "job", List.of("CAN_VIEW", "CAN_MANAGE_RUN", "IS_OWNER", "CAN_MANAGE"), null),
            type("notebooks", "notebook", NOTEBOOK_LEVELS, null),
            type("pipelines", "pipelines", List.of("CAN_VIEW", "CAN_RUN", "CAN_MANAGE", "IS_OWNER"), "pipelines"),
            type("queries", "query", NOTEBOOK_LEVELS, null),
            type("registered-models", "registered-model", List.of("CAN_READ", "CAN_EDIT", "CAN_MANAGE_STAGING_VERSIONS",
                    "CAN_MANAGE_PRODUCTION_VERSIONS", "CAN_MANAGE"), null),
            type("repos", "repo", NOTEBOOK_LEVELS, null),
            type("serving-endpoints", "serving-endpoint", List.of("CAN_VIEW", "CAN_QUERY", "CAN_MANAGE"), "serving-endpoints"),
            type("warehouses", "warehouses", List.of("CAN_VIEW", "CAN_MONITOR", "CAN_USE", "CAN_MANAGE", "IS_OWNER"), "sql-warehouses"),
            type("authorization/tokens", "tokens", List.of("CAN_USE", "CAN_MANAGE"), null),
            type("authorization/passwords", "passwords", List.of("CAN_USE"), null));

    private static Map.Entry<String, ObjectType> type(String requestType, String objectType, List<String> levels, String family) {
        return entry(requestType, new ObjectType(requestType, objectType, levels, family));
    }

    static Optional<ObjectType> of(String requestType) {
        return Optional.ofNullable(TYPES.get(requestType));
    }

    static List<String> known() {
        return TYPES.keySet().stream().sorted().toList();
    }

    /** The level the workspace admins group holds on every object of the type. */
    String adminLevel() {
        return levels.contains("CAN_MANAGE") ? "CAN_MANAGE" : levels.get(levels.size() - 1);
    }
}
