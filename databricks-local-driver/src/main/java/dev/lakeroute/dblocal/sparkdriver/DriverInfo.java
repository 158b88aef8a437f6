package dev.lakeroute.dblocal.sparkdriver;

import java.util.LinkedHashMap;
import java.util.Map;

/** What {@code GET /health} reports: enough for the control plane to show the cluster's Spark. */
record DriverInfo(String clusterId, String sparkVersion, String scalaVersion, String master, int defaultParallelism,
                  int maxContexts, long startedAtMillis) {

    /** @param executors executors registered with the driver (0 in local mode: the driver runs the tasks) */
    Map<String, Object> health(int contexts, int executors) {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "ok");
        health.put("clusterId", clusterId);
        health.put("sparkVersion", sparkVersion);
        health.put("scalaVersion", scalaVersion);
        health.put("master", master);
        health.put("defaultParallelism", defaultParallelism);
        health.put("contexts", contexts);
        health.put("maxContexts", maxContexts);
        health.put("executors", executors);
        health.put("startedAt", startedAtMillis);
        health.put("pid", ProcessHandle.current().pid());
        return health;
    }
}
