package dev.lakeroute.dblocal.controlplane.clusters;

import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.runtime.WorkerSize;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;

/**
 * How big one worker of a cluster is here: a node type's cloud size scaled down to what a laptop can run
 * several of (the README's "Clusters with workers" table), capped by this machine, and overridden by the
 * cluster's {@code spark.executor.cores} / {@code spark.executor.memory}.
 */
final class LocalWorkerSizes {
    /** Node type → what its worker offers locally; node types not listed get {@link WorkerSize#DEFAULT}. */
    static final Map<String, WorkerSize> TABLE = Map.ofEntries(
            Map.entry("m5d.large", new WorkerSize(1, 512)),
            Map.entry("c5d.xlarge", new WorkerSize(2, 512)),
            Map.entry("i3.xlarge", new WorkerSize(2, 1024)),
            Map.entry("m5d.xlarge", new WorkerSize(2, 1024)),
            Map.entry("Standard_DS3_v2", new WorkerSize(2, 1024)),
            Map.entry("Standard_D4ds_v5", new WorkerSize(2, 1024)),
            Map.entry("n1-standard-4", new WorkerSize(2, 1024)),
            Map.entry("r5d.xlarge", new WorkerSize(2, 2048)),
            Map.entry("n2-highmem-4", new WorkerSize(2, 2048)),
            Map.entry("i3.2xlarge", new WorkerSize(4, 2048)),
            Map.entry("Standard_DS4_v2", new WorkerSize(4, 2048)),
            Map.entry("Standard_E8ds_v4", new WorkerSize(4, 4096)));

    private final int machineCores;
    private final long machineMemoryMb;

    LocalWorkerSizes(int machineCores, long machineMemoryMb) {
        this.machineCores = machineCores;
        this.machineMemoryMb = machineMemoryMb;
    }

    static LocalWorkerSizes ofThisMachine() {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() / (1024 * 1024) : 4096;
        return new LocalWorkerSizes(Runtime.getRuntime().availableProcessors(), memory);
    }

    /**
     * The table's size for {@code nodeTypeId}: at most this machine's cores, and at most a quarter of its
     * memory (never below Spark's minimum); {@code spark.executor.*} in the cluster's Spark conf win.
     */
    WorkerSize forCluster(String nodeTypeId, Map<String, String> sparkConf) {
        WorkerSize listed = TABLE.getOrDefault(nodeTypeId == null ? "" : nodeTypeId, WorkerSize.DEFAULT);
        int cores = Math.min(listed.cores(), machineCores);
        int memory = (int) Math.max(WorkerSize.MIN_MEMORY_MB, Math.min(listed.memoryMb(), machineMemoryMb / 4));
        String askedCores = sparkConf.get("spark.executor.cores");
        if (askedCores != null) {
            cores = parse("spark.executor.cores", askedCores, 1);
        }
        String askedMemory = sparkConf.get("spark.executor.memory");
        if (askedMemory != null) {
            memory = memoryMb(askedMemory);
        }
        return new WorkerSize(cores, memory);
    }

    /** Spark's memory strings: {@code 512m}, {@code 2g}, {@code 1024} (MiB when no unit is given). */
    static int memoryMb(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        int factor = 1;
        if (text.endsWith("g") || text.endsWith("gb")) {
            factor = 1024;
            text = text.substring(0, text.indexOf('g'));
        } else if (text.endsWith("m") || text.endsWith("mb")) {
            text = text.substring(0, text.indexOf('m'));
        }
        int memory = parse("spark.executor.memory", text, WorkerSize.MIN_MEMORY_MB) * factor;
        if (memory < WorkerSize.MIN_MEMORY_MB) {
            throw ApiException.invalidParameter("spark_conf spark.executor.memory " + value + " is too small: Spark needs at least "
                    + WorkerSize.MIN_MEMORY_MB + "m per executor");
        }
        return memory;
    }

    private static int parse(String key, String value, int min) {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // Answered below.
        }
        throw ApiException.invalidParameter("Invalid spark_conf " + key + " '" + value + "': expected a whole number"
                + (key.endsWith("memory") ? " of MiB, or one with m or g (512m, 2g)" : " of at least " + min));
    }
}
