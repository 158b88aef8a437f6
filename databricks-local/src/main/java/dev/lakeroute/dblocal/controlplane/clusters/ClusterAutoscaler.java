package dev.lakeroute.dblocal.controlplane.clusters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.runtime.ClusterLoad;
import dev.lakeroute.dblocal.store.DocumentCollection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Autoscaling of RUNNING clusters created (or resized) with {@code autoscale}: every {@link #CHECK} it asks
 * the runtime what the cluster's workers are doing, lets the {@link AutoscalePolicy} decide, and resizes
 * the runtime, recording it as Databricks does: {@code RESIZING} with cause {@code AUTOSCALE}, then
 * {@code UPSIZE_COMPLETED} (or {@code AUTOSCALING_FAILED}). The cluster stays RUNNING meanwhile, and
 * {@code autoscale.target_workers} shows the size it is heading for. One change per cluster at a time.
 */
final class ClusterAutoscaler {
    static final Duration CHECK = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(ClusterAutoscaler.class);

    private final ServerContext context;
    private final DocumentCollection clusters;
    private final ClusterEvents events;
    private final ClusterLifecycle lifecycle;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    ClusterAutoscaler(ServerContext context, DocumentCollection clusters, ClusterEvents events, ClusterLifecycle lifecycle) {
        this.context = context;
        this.clusters = clusters;
        this.events = events;
        this.lifecycle = lifecycle;
    }

    /** Once a second: scans the stored clusters in place (no copies) for the RUNNING ones with a range. */
    void sweep() {
        Map<String, AutoscalePolicy> autoscaling = new HashMap<>();
        clusters.scan((id, doc) -> {
            JsonNode range = doc.get("autoscale");
            if (range != null && range.isObject() && ClusterLifecycle.stateOf(doc) == ClusterState.RUNNING) {
                autoscaling.put(id, new AutoscalePolicy(range.path("min_workers").asInt(0), range.path("max_workers").asInt(0)));
            }
        });
        autoscaling.forEach((id, policy) -> {
            if (!inFlight.add(id)) {
                return;
            }
            context.runtime().load(id)
                    .thenCompose(load -> load.map(l -> scale(id, l, policy.target(l))).orElse(CompletableFuture.completedFuture(null)))
                    .whenComplete((done, failure) -> {
                        inFlight.remove(id);
                        if (failure != null) {
                            LOG.debug("Autoscaling check of cluster {} failed: {}", id, failure.toString());
                        }
                    });
        });
    }

    private CompletableFuture<Void> scale(String id, ClusterLoad load, OptionalInt target) {
        if (target.isEmpty() || target.getAsInt() == load.workers()) {
            return CompletableFuture.completedFuture(null);
        }
        int current = load.workers();
        int workers = target.getAsInt();
        if (!lifecycle.autoscaleTarget(id, workers)) {
            return CompletableFuture.completedFuture(null);
        }
        LOG.info("Autoscaling cluster {} from {} to {} workers ({} tasks running, {} waiting, {} idle workers)", id, current, workers,
                load.runningTasks(), load.pendingTasks(), load.idleWorkers());
        events.record(id, "RESIZING", details(current, workers));
        return lifecycle.resizeRuntime(id, workers).handle((resized, failure) -> {
            if (failure != null) {
                LOG.warn("Autoscaling cluster {} to {} workers failed: {}", id, workers, failure.getMessage());
                events.record(id, "AUTOSCALING_FAILED", details(current, workers).put("reason", String.valueOf(failure.getMessage())));
            } else if (lifecycle.autoscaled(id, workers) && workers > current) {
                events.record(id, "UPSIZE_COMPLETED", details(workers, workers));
            }
            return null;
        });
    }

    private static ObjectNode details(int current, int target) {
        return Json.object().put("cause", "AUTOSCALE").put("current_num_workers", current).put("target_num_workers", target);
    }
}
