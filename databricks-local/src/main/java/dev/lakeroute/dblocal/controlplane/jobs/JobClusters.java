package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterInfo;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterRegistry;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterSource;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterSpecs;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterState;
import dev.lakeroute.dblocal.controlplane.clusters.TerminationReason;
import dev.lakeroute.dblocal.controlplane.libraries.LibraryRegistry;
import dev.lakeroute.dblocal.http.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The clusters tasks run on: an {@code existing_cluster_id} (started if it is stopped), a
 * {@code new_cluster} of the task's own, or a shared cluster of the run's {@code job_clusters} (created
 * once per run, on first use). Installs each task's {@code libraries} on its cluster, keeps clusters
 * busy while tasks run on them, and terminates job clusters when their task or run ends.
 */
final class JobClusters {
    private static final Logger LOG = LoggerFactory.getLogger(JobClusters.class);

    private final ClusterRegistry clusters;
    private final LibraryRegistry libraries;

    JobClusters(ClusterRegistry clusters, LibraryRegistry libraries) {
        this.clusters = clusters;
        this.libraries = libraries;
    }

    static boolean hasCompute(JsonNode task) {
        return task.hasNonNull("existing_cluster_id") || task.hasNonNull("new_cluster") || task.hasNonNull("job_cluster_key");
    }

    /**
     * Completes with the task's cluster once it is RUNNING. A {@code new_cluster} made for this task alone is
     * put in {@code ownCluster[0]} as soon as it exists (even if a later step fails): the caller terminates it
     * when the task ends. Shared job clusters are listed in the run's {@link ActiveRun#runClusters}.
     */
    CompletableFuture<Optional<ClusterInfo>> acquire(ActiveRun run, ObjectNode doc, ObjectNode task, String[] ownCluster) {
        String user = doc.path("creator_user_name").asText();
        JsonNode taskLibraries = task.path("libraries");
        if (task.hasNonNull("existing_cluster_id")) {
            String clusterId = task.get("existing_cluster_id").asText();
            ClusterInfo cluster = clusters.find(clusterId).orElseThrow(() -> new IllegalStateException("Cluster " + clusterId + " does not exist"));
            if (cluster.state() == ClusterState.TERMINATED || cluster.state() == ClusterState.ERROR) {
                try {
                    clusters.start(clusterId, user);
                } catch (ApiException e) {
                    LOG.debug("Cluster {} was started by someone else: {}", clusterId, e.getMessage());
                }
            }
            installLibraries(clusterId, taskLibraries);
            return clusters.awaitRunning(clusterId).thenApply(Optional::of);
        }
        if (task.hasNonNull("new_cluster")) {
            ClusterInfo cluster = create(doc, task.get("new_cluster"), user,
                    "job-" + doc.path("job_id").asLong() + "-run-" + task.path("run_id").asLong());
            ownCluster[0] = cluster.clusterId();
            installLibraries(cluster.clusterId(), taskLibraries);
            return clusters.awaitRunning(cluster.clusterId()).thenApply(Optional::of);
        }
        String clusterKey = task.get("job_cluster_key").asText();
        CompletableFuture<ClusterInfo> shared;
        synchronized (run) {
            shared = run.jobClusters.computeIfAbsent(clusterKey, key -> {
                JsonNode spec = null;
                for (JsonNode jobCluster : doc.path("job_clusters")) {
                    if (key.equals(jobCluster.path("job_cluster_key").asText())) {
                        spec = jobCluster.path("new_cluster");
                    }
                }
                if (spec == null || spec.isMissingNode()) {
                    return CompletableFuture.failedFuture(new IllegalStateException("Job cluster " + key + " is not defined in job_clusters"));
                }
                ClusterInfo cluster = create(doc, spec, user, "job-" + doc.path("job_id").asLong() + "-run-" + run.runId + "-" + key);
                run.runClusters.add(cluster.clusterId());
                return clusters.awaitRunning(cluster.clusterId());
            });
        }
        return shared.thenApply(cluster -> {
            installLibraries(cluster.clusterId(), taskLibraries);
            return Optional.of(clusters.find(cluster.clusterId()).orElse(cluster));
        });
    }

    /** Keeps the cluster from auto-terminating while a task runs on it; run the answer when the task ends. */
    Runnable markBusy(String clusterId) {
        return clusters.markBusy(clusterId);
    }

    void terminateQuietly(String clusterId) {
        try {
            clusters.terminate(clusterId, TerminationReason.jobFinished(), null);
        } catch (ApiException e) {
            LOG.debug("Job cluster {} is gone already: {}", clusterId, e.getMessage());
        }
    }

    private ClusterInfo create(ObjectNode run, JsonNode spec, String user, String name) {
        ObjectNode validated = ClusterSpecs.validated(spec);
        validated.put("cluster_name", name);
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("JobId", Long.toString(run.path("job_id").asLong()));
        tags.put("RunName", run.path("run_name").asText());
        return clusters.create(validated, user, ClusterSource.JOB, tags);
    }

    private void installLibraries(String clusterId, JsonNode taskLibraries) {
        if (taskLibraries.isArray() && !taskLibraries.isEmpty()) {
            libraries.install(clusterId, taskLibraries);
        }
    }
}
