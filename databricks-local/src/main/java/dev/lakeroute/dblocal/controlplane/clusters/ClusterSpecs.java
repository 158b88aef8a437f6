package dev.lakeroute.dblocal.controlplane.clusters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.sparkdriver.DriverCommandLine;
import dev.lakeroute.dblocal.sparkdriver.JavaOptions;

import java.util.List;
import java.util.Set;

/**
 * What a cluster is asked to be (the {@code CreateCluster} attributes): which fields belong to it and
 * the validation Databricks applies to them.
 */
public final class ClusterSpecs {
    /** The attributes of {@code clusters/create} and {@code clusters/edit}; everything else is state. */
    public static final Set<String> SPEC_FIELDS = Set.of(
            "apply_policy_default_values", "autoscale", "autotermination_minutes", "aws_attributes", "azure_attributes",
            "cluster_log_conf", "cluster_name", "custom_tags", "data_security_mode", "docker_image",
            "driver_instance_pool_id", "driver_node_type_id", "enable_elastic_disk", "enable_local_disk_encryption",
            "gcp_attributes", "init_scripts", "instance_pool_id", "is_single_node", "kind", "node_type_id", "num_workers",
            "policy_id", "runtime_engine", "single_user_name", "spark_conf", "spark_env_vars", "spark_version",
            "ssh_public_keys", "use_ml_runtime", "workload_type", "total_initial_remote_disk_size", "remote_disk_throughput",
            "dependency_mode", "driver_node_type_flexibility", "worker_node_type_flexibility");

    private static final int MAX_WORKERS = 100_000;

    private ClusterSpecs() {
    }

    /** The spec fields of a request body, validated; answers Databricks' 400s for bad values. */
    public static ObjectNode validated(JsonNode body) {
        ObjectNode spec = Json.object();
        body.fields().forEachRemaining(field -> {
            if (SPEC_FIELDS.contains(field.getKey()) && !field.getValue().isNull()) {
                spec.set(field.getKey(), field.getValue().deepCopy());
            }
        });
        validate(spec);
        return spec;
    }

    static void validate(ObjectNode spec) {
        String sparkVersion = spec.path("spark_version").asText("");
        if (sparkVersion.isBlank()) {
            throw ApiException.missingField("spark_version");
        }
        // Databricks refuses a runtime it does not offer (a typo, a retired version), not only a malformed one.
        if (!sparkVersion.startsWith("custom:") && !ClusterCatalog.isOffered(sparkVersion)) {
            throw ApiException.invalidParameter("Invalid spark version " + sparkVersion + ": it is not one of the runtimes "
                    + "GET /api/2.0/clusters/spark-versions lists (" + String.join(", ", ClusterCatalog.sparkVersionKeys()) + ").");
        }
        boolean fromPool = spec.hasNonNull("instance_pool_id");
        String nodeType = spec.path("node_type_id").asText("");
        if (nodeType.isBlank() && !fromPool) {
            throw ApiException.missingField("node_type_id");
        }
        if (!nodeType.isBlank()) {
            requireKnownNodeType("node_type_id", nodeType);
        }
        if (spec.hasNonNull("driver_node_type_id")) {
            requireKnownNodeType("driver_node_type_id", spec.get("driver_node_type_id").asText());
        } else if (!nodeType.isBlank()) {
            spec.put("driver_node_type_id", nodeType);
        }
        JsonNode autoscale = spec.get("autoscale");
        if (autoscale != null) {
            if (!autoscale.isObject()) {
                throw ApiException.invalidParameter("autoscale must be an object with min_workers and max_workers");
            }
            long min = integer(autoscale, "min_workers", "autoscale.min_workers");
            long max = integer(autoscale, "max_workers", "autoscale.max_workers");
            if (min < 0 || max < 1 || min > max || max > MAX_WORKERS) {
                throw ApiException.invalidParameter("Invalid autoscale range: min_workers " + min + ", max_workers " + max
                        + ". min_workers must be at least 0 and at most max_workers, max_workers at least 1.");
            }
        } else if (spec.has("num_workers")) {
            long workers = integer(spec, "num_workers", "num_workers");
            if (workers < 0 || workers > MAX_WORKERS) {
                throw ApiException.invalidParameter("Invalid number of workers: " + workers + ". num_workers must be between 0 and " + MAX_WORKERS + ".");
            }
        } else {
            spec.put("num_workers", 0);
        }
        if (spec.has("autotermination_minutes")) {
            long minutes = integer(spec, "autotermination_minutes", "autotermination_minutes");
            if (minutes != 0 && (minutes < 10 || minutes > 10_000)) {
                throw ApiException.invalidParameter("Invalid autotermination_minutes " + minutes
                        + ": automatic termination must be between 10 and 10000 minutes, or 0 to disable it.");
            }
        }
        for (String map : List.of("spark_conf", "custom_tags", "spark_env_vars")) {
            JsonNode value = spec.get(map);
            if (value != null && !value.isObject()) {
                throw ApiException.invalidParameter(map + " must be an object of string values");
            }
        }
        JsonNode driverOptions = spec.path("spark_conf").path(DriverCommandLine.EXTRA_JAVA_OPTIONS);
        if (driverOptions.isTextual()) {
            try {
                JavaOptions.parse("spark_conf " + DriverCommandLine.EXTRA_JAVA_OPTIONS, driverOptions.asText());
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidParameter(e.getMessage());
            }
        }
    }

    private static void requireKnownNodeType(String field, String nodeType) {
        if (ClusterCatalog.nodeType(nodeType).isEmpty()) {
            throw ApiException.invalidParameter("Node type " + nodeType + " is not supported (" + field + "). Supported node types: "
                    + String.join(", ", ClusterCatalog.nodeTypeIds()));
        }
    }

    private static long integer(JsonNode node, String name, String label) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw ApiException.missingField(label);
        }
        if (value.isIntegralNumber()) {
            return value.longValue();
        }
        try {
            return Long.parseLong(value.asText().trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter("Invalid value for " + label + ": '" + value.asText() + "' is not an integer");
        }
    }

    /** The workers a cluster runs with: {@code num_workers}, or the autoscale minimum. */
    public static int workersOf(JsonNode cluster) {
        JsonNode autoscale = cluster.get("autoscale");
        if (autoscale != null && autoscale.isObject()) {
            return autoscale.path("min_workers").asInt(0);
        }
        return cluster.path("num_workers").asInt(0);
    }
}
