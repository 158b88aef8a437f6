package dev.lakeroute.camel.databricks.clusters;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.camel.databricks.error.DatabricksStateException;
import dev.lakeroute.camel.databricks.error.DatabricksStoppedException;
import dev.lakeroute.camel.databricks.poll.PollLoop;
import dev.lakeroute.camel.databricks.poll.Verdict;
import dev.lakeroute.camel.databricks.poll.WaitSettings;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.ProducerScope;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.support.Failures;

/**
 * Waits for a cluster to reach RUNNING or TERMINATED by polling {@code clusters/get}; ERROR, or
 * TERMINATED after the cluster was seen moving while RUNNING is expected, fails the wait with the
 * termination reason. Also {@link #ensureRunning}, the {@code autoStart} of databricks:command.
 */
public final class ClusterWaiter {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterWaiter.class);
    public static final String RUNNING = "RUNNING";
    public static final String TERMINATED = "TERMINATED";
    private static final Set<String> MOVING = Set.of("PENDING", "RESTARTING", "RESIZING", "TERMINATING");

    private final Calls calls;

    public ClusterWaiter(Calls calls) {
        this.calls = calls;
    }

    /** Completes with the clusters/get answer once the cluster is in {@code target}. */
    public CompletableFuture<JsonNode> await(StepContext context, WaitSettings settings, String clusterId, String target,
                                             String operation) {
        AtomicBoolean moved = new AtomicBoolean();
        PollLoop<JsonNode, JsonNode> loop = new PollLoop<>(context.scope().poller(), settings.backoff(), settings.timeout(),
                settings.progress(operation, "cluster", clusterId),
                () -> calls.json(context, "clusters/get", calls.fields().put("cluster_id", clusterId)),
                cluster -> judge(operation, clusterId, target, cluster, moved), null);
        ProducerScope.InFlight stopper = () -> {
            loop.abort(new DatabricksStoppedException("the route stopped while waiting for cluster " + clusterId
                    + " to be " + target, operation), dev.lakeroute.camel.databricks.error.WaitedFor.RemoteState.RUNNING);
            return CompletableFuture.completedFuture(null);
        };
        context.scope().track(stopper);
        return loop.start().whenComplete((cluster, failure) -> context.scope().done(stopper));
    }

    private static Verdict<JsonNode> judge(String operation, String clusterId, String target, JsonNode cluster,
                                           AtomicBoolean moved) {
        String state = Calls.text(cluster, "state");
        if (state == null) {
            return Verdict.pending("UNKNOWN");
        }
        if (state.equals(target)) {
            return Verdict.done(cluster);
        }
        if (state.equals("ERROR") || RUNNING.equals(target) && state.equals(TERMINATED) && moved.get()) {
            return Verdict.failed(new DatabricksStateException(operation, clusterId, state, reasons(cluster)));
        }
        if (MOVING.contains(state)) {
            moved.set(true);
        }
        return Verdict.pending(state);
    }

    private static List<String> reasons(JsonNode cluster) {
        List<String> reasons = new ArrayList<>();
        String message = Calls.text(cluster, "state_message");
        if (message != null && !message.isBlank()) {
            reasons.add(message);
        }
        JsonNode termination = cluster.path("termination_reason");
        if (termination.isObject()) {
            String code = Calls.text(termination, "code");
            if (code != null) {
                reasons.add("termination reason " + code);
            }
        }
        return reasons;
    }

    /**
     * Makes sure the cluster runs: RUNNING returns at once; TERMINATED (or TERMINATING, once terminated)
     * is started and waited for; PENDING, RESTARTING and RESIZING are waited for.
     */
    public CompletableFuture<JsonNode> ensureRunning(StepContext context, WaitSettings settings, String clusterId,
                                                     String operation) {
        return calls.json(context, "clusters/get", calls.fields().put("cluster_id", clusterId)).thenCompose(cluster -> {
            String state = Calls.text(cluster, "state");
            if (RUNNING.equals(state)) {
                return CompletableFuture.completedFuture(cluster);
            }
            if ("TERMINATING".equals(state)) {
                return await(context, settings, clusterId, TERMINATED, operation)
                        .thenCompose(c -> start(context, settings, clusterId, operation));
            }
            if (TERMINATED.equals(state)) {
                return start(context, settings, clusterId, operation);
            }
            return await(context, settings, clusterId, RUNNING, operation);
        });
    }

    private CompletableFuture<JsonNode> start(StepContext context, WaitSettings settings, String clusterId, String operation) {
        LOG.info("{}: starting cluster {} (autoStart)", operation, clusterId);
        return calls.json(context, "clusters/start", calls.fields().put("cluster_id", clusterId))
                .exceptionally(failure -> {
                    if (isAlreadyRunning(Failures.unwrap(failure))) {
                        return calls.fields();
                    }
                    throw new java.util.concurrent.CompletionException(Failures.unwrap(failure));
                })
                .thenCompose(started -> await(context, settings, clusterId, RUNNING, operation));
    }

    /** clusters/start on a cluster that is not TERMINATED answers 400 INVALID_STATE. */
    static boolean isAlreadyRunning(Throwable failure) {
        return failure instanceof DatabricksException e && e.getHttpStatus() == 400 && "INVALID_STATE".equals(e.getErrorCode());
    }
}
