package dev.lakeroute.dblocal.controlplane.clusters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.store.DocumentCollection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The clusters of one server, for every family that needs them: look them up, require them RUNNING,
 * follow their state changes, create and terminate them (job clusters), and mark activity so
 * auto-termination knows a cluster is in use. One per server, built by the {@code ControlPlane} and handed
 * to every family that needs clusters.
 *
 * <p>A driver that dies on its own terminates its cluster instead of leaving a RUNNING cluster with
 * nothing behind it.
 */
public final class ClusterRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterRegistry.class);
    private static final long IDLE_SWEEP_SECONDS = 30;

    private final DocumentCollection clusters;
    private final ClusterEvents events;
    private final ClusterLifecycle lifecycle;
    private final List<ClusterStateListener> listeners = new CopyOnWriteArrayList<>();
    private final List<LaunchContributor> contributors = new CopyOnWriteArrayList<>();

    public ClusterRegistry(ServerContext context) {
        this.clusters = context.store().collection("clusters");
        this.events = new ClusterEvents(context.store().collection("cluster-events"), context.clock());
        this.lifecycle = new ClusterLifecycle(context, clusters, events, this::fire, this::launchJars, workers("databricks-local-clusters"));
        lifecycle.recoverAfterRestart();
        context.scheduler().scheduleWithFixedDelay(() -> {
            try {
                lifecycle.sweepIdle();
            } catch (RuntimeException e) {
                LOG.warn("Auto-termination sweep failed", e);
            }
        }, IDLE_SWEEP_SECONDS, IDLE_SWEEP_SECONDS, TimeUnit.SECONDS);
        ClusterAutoscaler autoscaler = new ClusterAutoscaler(context, clusters, events, lifecycle);
        context.scheduler().scheduleWithFixedDelay(() -> {
            try {
                autoscaler.sweep();
            } catch (RuntimeException e) {
                LOG.warn("Autoscaling sweep failed", e);
            }
        }, ClusterAutoscaler.CHECK.toMillis(), ClusterAutoscaler.CHECK.toMillis(), TimeUnit.MILLISECONDS);
        context.runtime().addExitListener(this::driverExited);
    }

    private void driverExited(String clusterId, int exitCode, String logTail) {
        if (find(clusterId).isEmpty()) {
            return; // a warehouse's driver: the SQL family watches its own
        }
        LOG.warn("Spark driver of cluster {} exited with code {}; terminating the cluster. Last driver log lines:\n{}",
                clusterId, exitCode, logTail);
        String message = "The Spark driver exited unexpectedly with code " + exitCode + "; see its driver.log";
        terminate(clusterId, new TerminationReason("DRIVER_UNREACHABLE", "SERVICE_FAULT",
                Map.of("databricks_error_message", message), message), "databricks-local");
    }

    /**
     * A small elastic pool of daemon threads: transitions and runtime calls run here, never on the
     * scheduler or an HTTP worker. Idle threads die, so a closed server leaves nothing behind.
     */
    public static ExecutorService workers(String name) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(8, 8, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    // ---- lookups --------------------------------------------------------------------------------

    public Optional<ClusterInfo> find(String clusterId) {
        if (clusterId == null) {
            return Optional.empty();
        }
        return clusters.get(clusterId).map(ClusterRegistry::publicView).map(ClusterInfo::of);
    }

    /** The cluster, or Databricks' 400 INVALID_PARAMETER_VALUE "Cluster … does not exist". */
    public ClusterInfo require(String clusterId) {
        return find(clusterId).orElseThrow(() -> ClusterLifecycle.doesNotExist(clusterId));
    }

    /** The cluster if RUNNING, else 400 INVALID_STATE as Databricks answers commands on a stopped cluster. */
    public ClusterInfo requireRunning(String clusterId) {
        ClusterInfo cluster = require(clusterId);
        if (!cluster.isRunning()) {
            throw ApiException.invalidState("Cluster " + clusterId + " is not running (state " + cluster.state().name()
                    + "). Start it with clusters/start and wait until it is RUNNING.");
        }
        return cluster;
    }

    public List<ClusterInfo> list() {
        List<ClusterInfo> result = new ArrayList<>();
        clusters.list().forEach(doc -> result.add(ClusterInfo.of(publicView(doc))));
        return result;
    }

    /** {@code clusters/get}'s answer: the stored document without the server's bookkeeping. */
    ObjectNode details(String clusterId) {
        return clusters.get(clusterId).map(ClusterRegistry::publicView).orElseThrow(() -> ClusterLifecycle.doesNotExist(clusterId));
    }

    /**
     * Ids of the clusters {@code filter} accepts, in the order of their {@code sortKey}; both see stored documents
     * uncopied (and must not change them), so listing costs copies only of the page that {@link #details} then
     * answers. Each key is read from its document once: comparing documents field by field made a page of 10
     * out of 1,000 clusters four times as slow as out of 10 (B6).
     */
    <K extends Comparable<K>> List<String> ids(Predicate<JsonNode> filter, Function<JsonNode, K> sortKey) {
        List<Map.Entry<String, K>> matching = new ArrayList<>();
        clusters.scan((id, stored) -> {
            if (filter.test(stored)) {
                matching.add(Map.entry(id, sortKey.apply(stored)));
            }
        });
        matching.sort(Map.Entry.comparingByValue());
        List<String> ids = new ArrayList<>(matching.size());
        matching.forEach(entry -> ids.add(entry.getKey()));
        return ids;
    }

    /** Grows with every change of a stored cluster (see {@link dev.lakeroute.dblocal.store.DocumentCollection#changes}). */
    long changes() {
        return clusters.changes();
    }

    /** {@code clusters/get}'s answer, or empty if the cluster was deleted meanwhile. */
    Optional<ObjectNode> findDetails(String clusterId) {
        return clusters.get(clusterId).map(ClusterRegistry::publicView);
    }

    boolean isPinned(JsonNode stored) {
        return stored.path(ClusterLifecycle.LOCAL).path("pinned").asBoolean(false);
    }

    static ObjectNode publicView(ObjectNode stored) {
        stored.remove(ClusterLifecycle.LOCAL);
        return stored;
    }

    ClusterEvents events() {
        return events;
    }

    ClusterLifecycle lifecycle() {
        return lifecycle;
    }

    // ---- activity -------------------------------------------------------------------------------

    /** Something used the cluster (a command, a query): restarts its auto-termination clock. */
    public void touch(String clusterId) {
        lifecycle.touch(clusterId);
    }

    /**
     * Keeps the cluster from auto-terminating while long work runs on it (a job task); run the returned
     * action when the work ends. Releasing twice is harmless.
     */
    public Runnable markBusy(String clusterId) {
        return lifecycle.markBusy(clusterId);
    }

    // ---- changes --------------------------------------------------------------------------------

    /** Creates a cluster from validated spec fields (see {@link ClusterSpecs#validated}); it starts PENDING. */
    public ClusterInfo create(ObjectNode spec, String user, ClusterSource source, Map<String, String> defaultTags) {
        return ClusterInfo.of(publicView(lifecycle.create(spec, user, source, defaultTags)));
    }

    public void start(String clusterId, String user) {
        lifecycle.start(clusterId, user);
    }

    public void terminate(String clusterId, TerminationReason reason, String user) {
        lifecycle.terminate(clusterId, reason, user);
    }

    /**
     * Completes with the cluster once it is RUNNING; fails if it terminates or disappears first. Does not
     * start it: call {@link #start} for a TERMINATED cluster.
     */
    public CompletableFuture<ClusterInfo> awaitRunning(String clusterId) {
        CompletableFuture<ClusterInfo> result = new CompletableFuture<>();
        ClusterStateListener listener = change -> {
            if (change.clusterId().equals(clusterId)) {
                settle(result, change.cluster(), change.removed());
            }
        };
        listeners.add(listener);
        result.whenComplete((cluster, error) -> listeners.remove(listener));
        Optional<ClusterInfo> current = find(clusterId);
        if (current.isEmpty()) {
            result.completeExceptionally(ClusterLifecycle.doesNotExist(clusterId));
        } else {
            settle(result, current.get(), false);
        }
        return result;
    }

    private static void settle(CompletableFuture<ClusterInfo> result, ClusterInfo cluster, boolean removed) {
        if (removed) {
            result.completeExceptionally(ClusterLifecycle.doesNotExist(cluster.clusterId()));
        } else if (cluster.state() == ClusterState.RUNNING) {
            result.complete(cluster);
        } else if (cluster.state() == ClusterState.TERMINATING || cluster.state() == ClusterState.TERMINATED
                || cluster.state() == ClusterState.ERROR) {
            String message = cluster.stateMessage().isEmpty() ? "" : ": " + cluster.stateMessage();
            result.completeExceptionally(ApiException.invalidState("Cluster " + cluster.clusterId() + " terminated before it was running"
                    + message));
        }
    }

    /** Listens to every state change of every cluster; returns the action that stops listening. */
    public Runnable onStateChange(ClusterStateListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Adds JARs to the drivers of starting clusters (the libraries family registers here). */
    public void addLaunchContributor(LaunchContributor contributor) {
        contributors.add(contributor);
    }

    private List<Path> launchJars(String clusterId) {
        LinkedHashSet<Path> jars = new LinkedHashSet<>();
        contributors.forEach(contributor -> jars.addAll(contributor.jarsFor(clusterId)));
        return List.copyOf(jars);
    }

    private void fire(String clusterId, ClusterState previous, ObjectNode cluster, boolean removed) {
        ClusterInfo info = ClusterInfo.of(publicView(cluster.deepCopy()));
        ClusterStateChange change = new ClusterStateChange(clusterId, previous, info.state(), info, removed);
        for (ClusterStateListener listener : listeners) {
            try {
                listener.onStateChange(change);
            } catch (RuntimeException e) {
                LOG.warn("Cluster state listener failed on {}", change, e);
            }
        }
    }
}
