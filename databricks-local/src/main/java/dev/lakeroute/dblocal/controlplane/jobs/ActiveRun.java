package dev.lakeroute.dblocal.controlplane.jobs;

import dev.lakeroute.dblocal.controlplane.clusters.ClusterInfo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * In-memory state of a run being executed. Every decision about the run is taken while holding this
 * object, and the run's document is rewritten under the same lock.
 */
final class ActiveRun {
    final long runId;
    final long jobId;
    /** Task keys handed to their runner (or waiting for their cluster) in this attempt. */
    final Set<String> started = new HashSet<>();
    /** What each started task is waiting for: its cluster, then its runner's outcome; cancelled on stop. */
    final Map<String, CompletableFuture<?>> stages = new HashMap<>();
    final Set<String> timedOutTasks = new HashSet<>();
    /** The run's shared job clusters by {@code job_cluster_key}, created on first use. */
    final Map<String, CompletableFuture<ClusterInfo>> jobClusters = new HashMap<>();
    /** Ids of the job clusters to terminate when the run ends. */
    final List<String> runClusters = new ArrayList<>();
    /** {@code CANCELED} or {@code TIMEDOUT} once the run is being stopped. */
    String stopReason;
    boolean finishing;

    ActiveRun(long runId, long jobId) {
        this.runId = runId;
        this.jobId = jobId;
    }
}
