package dev.lakeroute.dblocal.controlplane.clusters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.runtime.ClusterLaunch;
import dev.lakeroute.dblocal.store.DocumentCollection;
import dev.lakeroute.dblocal.store.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The cluster state machine: PENDING → RUNNING → TERMINATING → TERMINATED, with RESTARTING and
 * RESIZING, timed by the server's scheduler and made real by the {@link dev.lakeroute.dblocal.runtime.ClusterRuntime}.
 * <p>
 * Every transition that starts timed or asynchronous work bumps the cluster's {@code generation}; the
 * work checks it when it completes, so a timer or driver start overtaken by a later request (a delete
 * while PENDING) changes nothing. Runtime calls of one cluster are chained, so a stop always follows the
 * start it undoes.
 */
final class ClusterLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterLifecycle.class);
    static final String LOCAL = "_local";
    private static final String PENDING_MESSAGE = "Finding instances for new nodes, acquiring more instances if necessary";
    private static final Set<ClusterState> LAUNCHING = Set.of(ClusterState.PENDING, ClusterState.RESTARTING);
    private static final int JDBC_PORT = 10000;

    interface Notifier {
        void changed(String clusterId, ClusterState previous, ObjectNode cluster, boolean removed);
    }

    private final ServerContext context;
    private final DocumentCollection clusters;
    private final ClusterEvents events;
    private final Notifier notifier;
    private final Function<String, List<Path>> launchJars;
    private final Executor executor;
    private final Map<String, CompletableFuture<Void>> runtimeOps = new ConcurrentHashMap<>();
    private final Set<String> started = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> lastActivity = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> busy = new ConcurrentHashMap<>();
    private final LocalWorkerSizes workerSizes = LocalWorkerSizes.ofThisMachine();

    ClusterLifecycle(ServerContext context, DocumentCollection clusters, ClusterEvents events, Notifier notifier,
                     Function<String, List<Path>> launchJars, Executor executor) {
        this.context = context;
        this.clusters = clusters;
        this.events = events;
        this.notifier = notifier;
        this.launchJars = launchJars;
        this.executor = executor;
    }

    // ---- requests -------------------------------------------------------------------------------

    ObjectNode create(ObjectNode spec, String user, ClusterSource source, Map<String, String> extraTags) {
        String id = Ids.clusterId();
        long now = context.clock().millis();
        ObjectNode doc = Json.object().put("cluster_id", id);
        doc.setAll(spec);
        if (!doc.has("cluster_name")) {
            doc.put("cluster_name", "");
        }
        doc.put("creator_user_name", user)
                .put("cluster_source", source.name())
                .put("state", ClusterState.PENDING.name())
                .put("state_message", PENDING_MESSAGE)
                .put("start_time", now)
                .put("last_state_loss_time", 0L)
                .put("autotermination_minutes", spec.path("autotermination_minutes").asLong(0))
                .put("enable_elastic_disk", spec.path("enable_elastic_disk").asBoolean(false));
        if (!doc.has("spark_conf")) {
            doc.putObject("spark_conf");
        }
        ObjectNode defaultTags = doc.putObject("default_tags")
                .put("Vendor", "Databricks")
                .put("Creator", user)
                .put("ClusterName", doc.path("cluster_name").asText())
                .put("ClusterId", id);
        extraTags.forEach(defaultTags::put);
        doc.set("spec", spec.deepCopy());
        doc.putObject(LOCAL).put("generation", 1).put("pinned", false);
        clusters.put(id, doc);
        ObjectNode details = Json.object().put("user", user);
        details.putObject("cluster_size").put("num_workers", ClusterSpecs.workersOf(spec));
        events.record(id, "CREATING", details);
        notifier.changed(id, null, doc, false);
        scheduleLaunch(id, 1);
        return doc;
    }

    void start(String id, String user) {
        long[] generation = new long[1];
        Transition t = transition(id, doc -> {
            ClusterState state = stateOf(doc);
            if (state != ClusterState.TERMINATED && state != ClusterState.ERROR) {
                throw unexpectedState(id, state);
            }
            generation[0] = bump(doc);
            doc.put("state", ClusterState.PENDING.name()).put("state_message", PENDING_MESSAGE)
                    .put("start_time", context.clock().millis());
            doc.remove("terminated_time");
            doc.remove("termination_reason");
            return doc;
        });
        events.record(id, "STARTING", Json.object().put("user", user));
        notifier.changed(id, t.previous(), t.after(), false);
        scheduleLaunch(id, generation[0]);
    }

    void restart(String id, String user) {
        long[] generation = new long[1];
        Transition t = transition(id, doc -> {
            ClusterState state = stateOf(doc);
            if (state != ClusterState.RUNNING) {
                throw unexpectedState(id, state);
            }
            generation[0] = bump(doc);
            doc.put("state", ClusterState.RESTARTING.name()).put("state_message", "Restarting Spark");
            return doc;
        });
        events.record(id, "RESTARTING", Json.object().put("user", user));
        notifier.changed(id, t.previous(), t.after(), false);
        runtimeOp(id, () -> stopIfStarted(id)).whenComplete((ignored, error) -> scheduleLaunch(id, generation[0]));
    }

    void resize(String id, ObjectNode size, String user) {
        long[] generation = new long[1];
        int[] previousWorkers = new int[1];
        Transition t = transition(id, doc -> {
            ClusterState state = stateOf(doc);
            if (state != ClusterState.RUNNING) {
                throw unexpectedState(id, state);
            }
            previousWorkers[0] = ClusterSpecs.workersOf(doc);
            generation[0] = bump(doc);
            doc.put("state", ClusterState.RESIZING.name()).put("state_message", "Resizing cluster");
            ((ObjectNode) doc.get(LOCAL)).set("target_size", size);
            return doc;
        });
        ObjectNode details = Json.object().put("user", user)
                .put("target_num_workers", ClusterSpecs.workersOf(size));
        details.set("cluster_size", size.deepCopy());
        details.putObject("previous_cluster_size").put("num_workers", previousWorkers[0]);
        events.record(id, "RESIZING", details);
        notifier.changed(id, t.previous(), t.after(), false);
        // Workers are real JVMs where the runtime has them: RUNNING again once they are up, or gone.
        int target = ClusterSpecs.workersOf(size);
        runtimeOp(id, () -> started.contains(id) ? context.runtime().resize(id, target) : CompletableFuture.completedFuture(null))
                .whenComplete((ignored, error) -> {
                    if (error != null) {
                        LOG.warn("Cluster {} did not reach {} workers: {}", id, target, error.getMessage());
                        events.record(id, "ADD_NODES_FAILED", Json.object().put("target_num_workers", target)
                                .put("reason", String.valueOf(error.getMessage())));
                    }
                    later(context.settings().clusterStartDelay(), () -> finishResize(id, generation[0]));
                });
    }

    private void finishResize(String id, long generation) {
        conditional(id, generation, Set.of(ClusterState.RESIZING), doc -> {
            ObjectNode size = (ObjectNode) doc.path(LOCAL).get("target_size");
            applySize(doc, size);
            applySize((ObjectNode) doc.get("spec"), size);
            ((ObjectNode) doc.get(LOCAL)).remove("target_size");
            doc.put("state", ClusterState.RUNNING.name()).put("state_message", "");
            sized(doc, ClusterSpecs.workersOf(doc));
            return doc;
        }).ifPresent(t -> {
            int workers = ClusterSpecs.workersOf(t.after());
            events.record(id, "UPSIZE_COMPLETED", Json.object().put("current_num_workers", workers).put("target_num_workers", workers));
            notifier.changed(id, t.previous(), t.after(), false);
        });
    }

    private static void applySize(ObjectNode target, ObjectNode size) {
        if (size.has("autoscale")) {
            target.set("autoscale", size.get("autoscale").deepCopy());
            target.remove("num_workers");
        } else {
            target.put("num_workers", size.path("num_workers").asInt());
            target.remove("autoscale");
        }
    }

    /** Replaces the cluster's spec: a TERMINATED cluster just keeps it, a RUNNING one restarts with it. */
    void edit(String id, ObjectNode spec, String user) {
        long[] generation = new long[1];
        ObjectNode[] previousSpec = new ObjectNode[1];
        Transition t = transition(id, doc -> {
            ClusterState state = stateOf(doc);
            if (ClusterSource.JOB.name().equals(doc.path("cluster_source").asText())) {
                throw ApiException.invalidParameter("Cluster " + id + " is a job cluster; job clusters cannot be edited.");
            }
            if (state != ClusterState.RUNNING && state != ClusterState.TERMINATED) {
                throw unexpectedState(id, state);
            }
            previousSpec[0] = doc.has("spec") ? (ObjectNode) doc.get("spec") : Json.object();
            ClusterSpecs.SPEC_FIELDS.forEach(doc::remove);
            doc.setAll(spec.deepCopy());
            if (!doc.has("cluster_name")) {
                doc.put("cluster_name", "");
            }
            if (!doc.has("spark_conf")) {
                doc.putObject("spark_conf");
            }
            doc.put("autotermination_minutes", spec.path("autotermination_minutes").asLong(0));
            ((ObjectNode) doc.get("default_tags")).put("ClusterName", doc.path("cluster_name").asText());
            doc.set("spec", spec.deepCopy());
            if (state == ClusterState.RUNNING) {
                generation[0] = bump(doc);
                doc.put("state", ClusterState.RESTARTING.name()).put("state_message", "Restarting Spark to apply the new configuration");
            }
            return doc;
        });
        ObjectNode details = Json.object().put("user", user);
        details.set("attributes", spec.deepCopy());
        details.set("previous_attributes", previousSpec[0]);
        events.record(id, "EDITED", details);
        if (t.previous() == ClusterState.RUNNING) {
            events.record(id, "RESTARTING", Json.object().put("user", user));
            notifier.changed(id, t.previous(), t.after(), false);
            runtimeOp(id, () -> stopIfStarted(id)).whenComplete((ignored, error) -> scheduleLaunch(id, generation[0]));
        }
    }

    /** Starts termination unless the cluster is terminating or terminated already (then nothing happens, as on Databricks). */
    void terminate(String id, TerminationReason reason, String user) {
        long[] generation = {-1};
        Transition t = transition(id, doc -> {
            ClusterState state = stateOf(doc);
            if (state == ClusterState.TERMINATING || state == ClusterState.TERMINATED) {
                return doc;
            }
            generation[0] = bump(doc);
            doc.put("state", ClusterState.TERMINATING.name()).put("state_message", "Terminating the Spark cluster");
            ((ObjectNode) doc.get(LOCAL)).set("termination_reason", reason.toStoredJson());
            return doc;
        });
        if (generation[0] < 0) {
            return;
        }
        ObjectNode details = Json.object();
        details.set("reason", reason.toJson());
        if (user != null) {
            details.put("user", user);
        }
        events.record(id, "TERMINATING", details);
        lastActivity.remove(id);
        notifier.changed(id, t.previous(), t.after(), false);
        long terminating = generation[0];
        runtimeOp(id, () -> stopIfStarted(id))
                .whenComplete((ignored, error) -> later(context.settings().clusterStopDelay(), () -> finishTermination(id, terminating)));
    }

    private void finishTermination(String id, long generation) {
        conditional(id, generation, Set.of(ClusterState.TERMINATING), doc -> {
            JsonNode stored = doc.path(LOCAL).path("termination_reason");
            TerminationReason reason = stored.isObject() ? TerminationReason.fromJson(stored) : TerminationReason.userRequest(null);
            ((ObjectNode) doc.get(LOCAL)).remove("termination_reason");
            markTerminated(doc, reason);
            return doc;
        }).ifPresent(t -> notifier.changed(id, t.previous(), t.after(), false));
    }

    private void markTerminated(ObjectNode doc, TerminationReason reason) {
        doc.put("state", ClusterState.TERMINATED.name())
                .put("state_message", reason.stateMessage())
                .put("terminated_time", context.clock().millis());
        doc.set("termination_reason", reason.toJson());
        doc.remove("driver");
        doc.remove("executors");
    }

    void permanentDelete(String id) {
        ObjectNode doc = clusters.get(id).orElseThrow(() -> doesNotExist(id));
        if (!clusters.remove(id)) {
            throw doesNotExist(id);
        }
        events.remove(id);
        lastActivity.remove(id);
        busy.remove(id);
        runtimeOp(id, () -> stopIfStarted(id)).whenComplete((ignored, error) -> runtimeOps.remove(id));
        ClusterState previous = stateOf(doc);
        markTerminated(doc, TerminationReason.userRequest(null));
        notifier.changed(id, previous, doc, true);
    }

    void pin(String id, boolean pinned, String user) {
        transition(id, doc -> {
            ((ObjectNode) doc.get(LOCAL)).put("pinned", pinned);
            return doc;
        });
        events.record(id, pinned ? "PINNED" : "UNPINNED", Json.object().put("user", user));
    }

    void changeOwner(String id, String owner) {
        transition(id, doc -> {
            doc.put("creator_user_name", owner);
            ((ObjectNode) doc.get("default_tags")).put("Creator", owner);
            return doc;
        });
    }

    // ---- activity and auto-termination ----------------------------------------------------------

    void touch(String id) {
        lastActivity.computeIfPresent(id, (key, previous) -> context.clock().millis());
    }

    Runnable markBusy(String id) {
        AtomicInteger count = busy.computeIfAbsent(id, key -> new AtomicInteger());
        count.incrementAndGet();
        boolean[] released = {false};
        return () -> {
            synchronized (released) {
                if (!released[0]) {
                    released[0] = true;
                    count.decrementAndGet();
                    touch(id);
                }
            }
        };
    }

    /** Terminates RUNNING clusters idle longer than their {@code autotermination_minutes}. */
    void sweepIdle() {
        long now = context.clock().millis();
        // Collected inside the scan, acted on after it: terminate() writes the collection the scan reads.
        Map<String, Long> idleLimits = new HashMap<>();
        clusters.scan((id, doc) -> {
            long minutes = doc.path("autotermination_minutes").asLong(0);
            if (minutes > 0 && stateOf(doc) == ClusterState.RUNNING) {
                idleLimits.put(id, minutes);
            }
        });
        idleLimits.forEach((id, minutes) -> {
            AtomicInteger users = busy.get(id);
            if (users != null && users.get() > 0) {
                return;
            }
            long last = lastActivity.computeIfAbsent(id, key -> now);
            if (now - last >= TimeUnit.MINUTES.toMillis(minutes)) {
                try {
                    terminate(id, TerminationReason.inactivity(minutes), null);
                } catch (ApiException e) {
                    LOG.debug("Cluster {} changed while being auto-terminated: {}", id, e.getMessage());
                }
            }
        });
    }

    /** After a restart no driver exists: whatever was up is terminated, so the state tells the truth. */
    void recoverAfterRestart() {
        TerminationReason reason = TerminationReason.serverRestarted();
        for (ObjectNode doc : clusters.list()) {
            ClusterState state = stateOf(doc);
            if (state == ClusterState.TERMINATED) {
                continue;
            }
            String id = doc.path("cluster_id").asText();
            clusters.update(id, current -> {
                ((ObjectNode) current.get(LOCAL)).remove("termination_reason");
                ((ObjectNode) current.get(LOCAL)).remove("target_size");
                markTerminated(current, reason);
                return current;
            });
            ObjectNode details = Json.object();
            details.set("reason", reason.toJson());
            events.record(id, "TERMINATING", details);
        }
    }

    // ---- launching ------------------------------------------------------------------------------

    private void scheduleLaunch(String id, long generation) {
        later(context.settings().clusterStartDelay(), () -> launch(id, generation));
    }

    private void launch(String id, long generation) {
        Optional<ObjectNode> current = clusters.get(id);
        if (current.isEmpty() || generationOf(current.get()) != generation || !LAUNCHING.contains(stateOf(current.get()))) {
            return;
        }
        ObjectNode doc = current.get();
        List<Path> jars;
        try {
            jars = launchJars.apply(id);
        } catch (RuntimeException e) {
            LOG.warn("Cannot collect the libraries of cluster {}", id, e);
            jars = List.of();
        }
        Map<String, String> conf = new LinkedHashMap<>();
        doc.path("spark_conf").fields().forEachRemaining(field -> conf.put(field.getKey(), field.getValue().asText()));
        ClusterLaunch launch;
        try {
            launch = new ClusterLaunch(id, ClusterSpecs.workersOf(doc), conf, jars,
                    workerSizes.forCluster(doc.path("node_type_id").asText(null), conf));
        } catch (ApiException e) {
            onLaunched(id, generation, e);
            return;
        }
        runtimeOp(id, () -> context.runtime().start(launch).thenRun(() -> started.add(id)))
                .whenComplete((ignored, error) -> executor.execute(() -> onLaunched(id, generation, error)));
    }

    private void onLaunched(String id, long generation, Throwable error) {
        if (context.closed()) {
            return;
        }
        if (error != null) {
            Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            TerminationReason reason = TerminationReason.startupFailure(message);
            conditional(id, generation, LAUNCHING, doc -> {
                bump(doc);
                markTerminated(doc, reason);
                return doc;
            }).ifPresent(t -> {
                ObjectNode details = Json.object();
                details.set("reason", reason.toJson());
                events.record(id, "TERMINATING", details);
                notifier.changed(id, t.previous(), t.after(), false);
                runtimeOp(id, () -> stopIfStarted(id));
            });
            return;
        }
        long now = context.clock().millis();
        conditional(id, generation, LAUNCHING, doc -> {
            if (stateOf(doc) == ClusterState.RESTARTING) {
                doc.put("last_restarted_time", now);
            }
            int workers = ClusterSpecs.workersOf(doc);
            doc.put("state", ClusterState.RUNNING.name()).put("state_message", "")
                    .put("spark_context_id", Ids.numeric())
                    .put("jdbc_port", JDBC_PORT);
            doc.set("driver", node(now));
            sized(doc, workers);
            return doc;
        }).ifPresent(t -> {
            lastActivity.put(id, now);
            int workers = ClusterSpecs.workersOf(t.after());
            events.record(id, "RUNNING", Json.object().put("current_num_workers", workers).put("target_num_workers", workers));
            notifier.changed(id, t.previous(), t.after(), false);
        });
    }

    /**
     * The cluster's size as clusters/get shows it: one executor node per worker, the cluster's memory and
     * cores, and for an autoscale cluster the size it has ({@code autoscale.target_workers}, as Databricks reports it).
     */
    private void sized(ObjectNode doc, int workers) {
        doc.set("executors", executors(workers));
        ClusterCatalog.nodeType(doc.path("node_type_id").asText()).ifPresent(type -> doc
                .put("cluster_memory_mb", (long) type.memoryMb() * (workers + 1))
                .put("cluster_cores", (double) type.cores() * (workers + 1)));
        if (doc.get("autoscale") instanceof ObjectNode autoscale) {
            autoscale.put("target_workers", workers);
        }
    }

    // ---- autoscaling (decided by the ClusterAutoscaler) -------------------------------------------

    /** Shows {@code workers} as the autoscale target while the cluster is RUNNING with autoscale; false when it is not. */
    boolean autoscaleTarget(String id, int workers) {
        boolean[] applied = {false};
        clusters.update(id, doc -> {
            if (stateOf(doc) == ClusterState.RUNNING && doc.get("autoscale") instanceof ObjectNode autoscale) {
                autoscale.put("target_workers", workers);
                applied[0] = true;
            }
            return doc;
        });
        return applied[0];
    }

    /** The runtime side of an autoscaling step, chained after the cluster's other runtime calls (a terminate waits for it). */
    CompletableFuture<Void> resizeRuntime(String id, int workers) {
        return runtimeOp(id, () -> started.contains(id) ? context.runtime().resize(id, workers) : CompletableFuture.completedFuture(null));
    }

    /** The cluster has {@code workers} now; false when it stopped autoscaling or running meanwhile. */
    boolean autoscaled(String id, int workers) {
        boolean[] applied = {false};
        clusters.update(id, doc -> {
            if (stateOf(doc) == ClusterState.RUNNING && doc.get("autoscale") instanceof ObjectNode) {
                sized(doc, workers);
                applied[0] = true;
            }
            return doc;
        });
        return applied[0];
    }

    private ObjectNode node(long startTime) {
        return Json.object()
                .put("node_id", Ids.hex32())
                .put("instance_id", "i-" + Ids.alphanumeric(17))
                .put("start_timestamp", startTime)
                .put("private_ip", "127.0.0.1")
                .put("host_private_ip", "127.0.0.1")
                .put("public_dns", "");
    }

    private ArrayNode executors(int workers) {
        ArrayNode executors = Json.array();
        long now = context.clock().millis();
        for (int i = 0; i < workers; i++) {
            executors.add(node(now));
        }
        return executors;
    }

    private CompletableFuture<Void> stopIfStarted(String id) {
        return started.remove(id) ? context.runtime().stop(id) : CompletableFuture.completedFuture(null);
    }

    /** Runs {@code operation} after the cluster's previous runtime operation, whatever its outcome. */
    private CompletableFuture<Void> runtimeOp(String id, Supplier<CompletableFuture<Void>> operation) {
        CompletableFuture<Void>[] result = new CompletableFuture[1];
        runtimeOps.compute(id, (key, previous) -> {
            CompletableFuture<Void> base = previous == null ? CompletableFuture.completedFuture(null) : previous.handle((v, e) -> null);
            result[0] = base.thenComposeAsync(ignored -> {
                try {
                    return operation.get();
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }, executor);
            return result[0];
        });
        return result[0];
    }

    private void later(Duration delay, Runnable task) {
        if (context.closed()) {
            return;
        }
        Runnable guarded = () -> {
            if (!context.closed()) {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.warn("Cluster transition failed", e);
                }
            }
        };
        try {
            context.scheduler().schedule(() -> executor.execute(guarded), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("Server closing; transition dropped");
        }
    }

    // ---- document helpers -----------------------------------------------------------------------

    private record Transition(ClusterState previous, ObjectNode after) {
    }

    private Transition transition(String id, UnaryOperator<ObjectNode> change) {
        ClusterState[] previous = new ClusterState[1];
        ObjectNode after = clusters.update(id, doc -> {
            previous[0] = stateOf(doc);
            return change.apply(doc);
        }).orElseThrow(() -> doesNotExist(id));
        return new Transition(previous[0], after);
    }

    /** Applies {@code change} only while the cluster is still in the generation and states the work was started for. */
    private Optional<Transition> conditional(String id, long generation, Set<ClusterState> states, UnaryOperator<ObjectNode> change) {
        if (context.closed()) {
            return Optional.empty();
        }
        ClusterState[] previous = new ClusterState[1];
        boolean[] applied = {false};
        Optional<ObjectNode> after = clusters.update(id, doc -> {
            if (generationOf(doc) != generation || !states.contains(stateOf(doc))) {
                return doc;
            }
            previous[0] = stateOf(doc);
            applied[0] = true;
            return change.apply(doc);
        });
        return applied[0] && after.isPresent() ? Optional.of(new Transition(previous[0], after.get())) : Optional.empty();
    }

    private static long bump(ObjectNode doc) {
        ObjectNode local = (ObjectNode) doc.get(LOCAL);
        long next = local.path("generation").asLong(0) + 1;
        local.put("generation", next);
        return next;
    }

    private static long generationOf(ObjectNode doc) {
        return doc.path(LOCAL).path("generation").asLong(0);
    }

    static ClusterState stateOf(JsonNode doc) {
        return ClusterState.parse(doc.path("state").asText());
    }

    static ApiException doesNotExist(String id) {
        return ApiException.invalidParameter("Cluster " + id + " does not exist");
    }

    static ApiException unexpectedState(String id, ClusterState state) {
        return ApiException.invalidState("Cluster " + id + " is in unexpected state " + state.displayName() + ".");
    }
}
