package dev.lakeroute.dblocal.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What a cluster's driver is started with; {@code workerSize} is what each of its {@code numWorkers} workers offers. */
public record ClusterLaunch(String clusterId, int numWorkers, Map<String, String> sparkConf, List<Path> jars, WorkerSize workerSize) {
    public ClusterLaunch {
        sparkConf = Map.copyOf(sparkConf);
        jars = List.copyOf(jars);
        if (workerSize == null) {
            workerSize = WorkerSize.DEFAULT;
        }
    }

    public ClusterLaunch(String clusterId, int numWorkers, Map<String, String> sparkConf, List<Path> jars) {
        this(clusterId, numWorkers, sparkConf, jars, WorkerSize.DEFAULT);
    }
}
