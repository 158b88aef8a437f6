package dev.lakeroute.dblocal.runtime;

import java.util.concurrent.CompletableFuture;

/**
 * What makes a cluster RUNNING: the clusters family calls {@link #start} when a cluster leaves PENDING
 * and marks it RUNNING only when the returned future completes (the driver answers).
 */
public interface ClusterRuntime extends AutoCloseable {

    CompletableFuture<Void> start(ClusterLaunch launch);

    CompletableFuture<Void> stop(String clusterId);

    /**
     * Gives the running cluster {@code numWorkers} workers; completes when they are there (the clusters
     * family keeps the cluster RESIZING until then). A runtime without workers has nothing to change.
     */
    default CompletableFuture<Void> resize(String clusterId, int numWorkers) {
        return CompletableFuture.completedFuture(null);
    }

    /** What the cluster's workers are doing, for autoscaling; empty where the runtime has no workers of its own to scale. */
    default CompletableFuture<java.util.Optional<ClusterLoad>> load(String clusterId) {
        return CompletableFuture.completedFuture(java.util.Optional.empty());
    }

    /** Tells {@code listener} of every driver that ends without being stopped; a runtime without drivers has none to tell of. */
    default void addExitListener(DriverExitListener listener) {
    }

    /** The driver's log of this cluster, for the cluster page; a runtime without drivers has none. */
    default java.util.Optional<java.nio.file.Path> driverLog(String clusterId) {
        return java.util.Optional.empty();
    }

    @Override
    default void close() {
    }
}
