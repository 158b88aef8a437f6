package dev.lakeroute.dblocal.controlplane.clusters;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The runtime versions, node types and zones the server offers. Every cluster runs the same local
 * Spark 3.5 whatever version it names; the list is what a real workspace would show, so clients that
 * pick "the latest LTS" find one.
 */
public final class ClusterCatalog {
    public record SparkVersion(String key, String name) {
    }

    public record NodeType(String id, int cores, int memoryMb, String description, String category, String instanceTypeId) {
    }

    static final List<SparkVersion> SPARK_VERSIONS = List.of(
            new SparkVersion("16.4.x-scala2.12", "16.4 LTS (includes Apache Spark 3.5.2, Scala 2.12)"),
            new SparkVersion("16.4.x-scala2.13", "16.4 LTS (includes Apache Spark 3.5.2, Scala 2.13)"),
            new SparkVersion("15.4.x-scala2.12", "15.4 LTS (includes Apache Spark 3.5.0, Scala 2.12)"),
            new SparkVersion("15.4.x-photon-scala2.12", "15.4 LTS Photon (includes Apache Spark 3.5.0, Scala 2.12)"),
            new SparkVersion("15.4.x-cpu-ml-scala2.12", "15.4 LTS ML (includes Apache Spark 3.5.0, Scala 2.12)"),
            new SparkVersion("14.3.x-scala2.12", "14.3 LTS (includes Apache Spark 3.5.0, Scala 2.12)"),
            new SparkVersion("13.3.x-scala2.12", "13.3 LTS (includes Apache Spark 3.4.1, Scala 2.12)"),
            new SparkVersion("12.2.x-scala2.12", "12.2 LTS (includes Apache Spark 3.3.2, Scala 2.12)"),
            new SparkVersion("apache-spark-3.5.x-scala2.12", "Light 3.5 (includes Apache Spark 3.5, Scala 2.12)"));

    static final List<NodeType> NODE_TYPES = List.of(
            new NodeType("i3.xlarge", 4, 31232, "i3.xlarge", "Storage Optimized", "i3.xlarge"),
            new NodeType("i3.2xlarge", 8, 62464, "i3.2xlarge", "Storage Optimized", "i3.2xlarge"),
            new NodeType("m5d.large", 2, 8192, "m5d.large", "General Purpose", "m5d.large"),
            new NodeType("m5d.xlarge", 4, 16384, "m5d.xlarge", "General Purpose", "m5d.xlarge"),
            new NodeType("r5d.xlarge", 4, 32768, "r5d.xlarge", "Memory Optimized", "r5d.xlarge"),
            new NodeType("c5d.xlarge", 4, 8192, "c5d.xlarge", "Compute Optimized", "c5d.xlarge"),
            new NodeType("Standard_DS3_v2", 4, 14336, "Standard_DS3_v2", "General Purpose", "Standard_DS3_v2"),
            new NodeType("Standard_DS4_v2", 8, 28672, "Standard_DS4_v2", "General Purpose", "Standard_DS4_v2"),
            new NodeType("Standard_D4ds_v5", 4, 16384, "Standard_D4ds_v5", "General Purpose", "Standard_D4ds_v5"),
            new NodeType("Standard_E8ds_v4", 8, 65536, "Standard_E8ds_v4", "Memory Optimized", "Standard_E8ds_v4"),
            new NodeType("n1-standard-4", 4, 15360, "n1-standard-4", "General Purpose", "n1-standard-4"),
            new NodeType("n2-highmem-4", 4, 32768, "n2-highmem-4", "Memory Optimized", "n2-highmem-4"));

    static final List<String> ZONES = List.of("us-west-2a", "us-west-2b", "us-west-2c");

    private static final Map<String, NodeType> NODE_TYPES_BY_ID = new LinkedHashMap<>();

    static {
        NODE_TYPES.forEach(type -> NODE_TYPES_BY_ID.put(type.id(), type));
    }

    private ClusterCatalog() {
    }

    public static Optional<NodeType> nodeType(String id) {
        return Optional.ofNullable(NODE_TYPES_BY_ID.get(id));
    }

    /** Whether {@code clusters/spark-versions} lists this runtime key. */
    public static boolean isOffered(String sparkVersion) {
        return SPARK_VERSIONS.stream().anyMatch(version -> version.key().equals(sparkVersion));
    }

    public static List<String> sparkVersionKeys() {
        return SPARK_VERSIONS.stream().map(SparkVersion::key).toList();
    }

    public static List<String> nodeTypeIds() {
        return List.copyOf(NODE_TYPES_BY_ID.keySet());
    }

    static ObjectNode sparkVersionsJson() {
        ArrayNode versions = Json.array();
        SPARK_VERSIONS.forEach(version -> versions.addObject().put("key", version.key()).put("name", version.name()));
        return Json.object().set("versions", versions);
    }

    static ObjectNode nodeTypesJson() {
        ArrayNode types = Json.array();
        int order = 0;
        for (NodeType type : NODE_TYPES) {
            ObjectNode node = types.addObject()
                    .put("node_type_id", type.id())
                    .put("memory_mb", type.memoryMb())
                    .put("num_cores", (double) type.cores())
                    .put("num_gpus", 0)
                    .put("description", type.description())
                    .put("instance_type_id", type.instanceTypeId())
                    .put("is_deprecated", false)
                    .put("category", type.category())
                    .put("support_ebs_volumes", true)
                    .put("support_cluster_tags", true)
                    .put("support_port_forwarding", true)
                    .put("is_hidden", false)
                    .put("photon_worker_capable", true)
                    .put("photon_driver_capable", true)
                    .put("display_order", order++);
            node.putObject("node_instance_type")
                    .put("instance_type_id", type.instanceTypeId())
                    .put("local_disks", 1)
                    .put("local_disk_size_gb", 150);
        }
        return Json.object().set("node_types", types);
    }

    static ObjectNode zonesJson() {
        ArrayNode zones = Json.array();
        ZONES.forEach(zones::add);
        return Json.object().put("default_zone", ZONES.get(0)).set("zones", zones);
    }
}
