package dev.lakeroute.dblocal.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What a cluster's driver is started with. */
public record ClusterLaunch(String clusterId, int numWorkers, Map<String, String> sparkConf, List<Path> jars) {
    public ClusterLaunch {
        sparkConf = Map.copyOf(sparkConf);
        jars = List.copyOf(jars);
    }
}
