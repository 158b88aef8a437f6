package dev.lakeroute.dblocal.driver;

/** What a driver reports about itself. */
public record DriverHealth(String status, String clusterId, String sparkVersion, String scalaVersion, String master,
                           int defaultParallelism, int contexts, int maxContexts, long startedAt, long pid) {
}
