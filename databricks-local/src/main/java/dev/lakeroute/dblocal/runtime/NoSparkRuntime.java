package dev.lakeroute.dblocal.runtime;

import java.util.concurrent.CompletableFuture;

/** Clusters whose RUNNING state has no driver behind it: the control plane alone, for API-level tests. */
public final class NoSparkRuntime implements ClusterRuntime {
    @Override
    public CompletableFuture<Void> start(ClusterLaunch launch) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> stop(String clusterId) {
        return CompletableFuture.completedFuture(null);
    }
}
