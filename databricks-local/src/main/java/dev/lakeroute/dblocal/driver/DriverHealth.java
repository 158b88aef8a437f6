package dev.lakeroute.dblocal.driver;

/** What a driver reports about itself; {@code executors} are those registered with it (0 in local mode). */
public record DriverHealth(String status, String clusterId, String sparkVersion, String scalaVersion, String master,
                           int defaultParallelism, int contexts, int maxContexts, int executors, long startedAt, long pid) {
}
