package dev.lakeroute.camel.databricks.warehouses;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;

import dev.lakeroute.camel.databricks.error.DatabricksStateException;
import dev.lakeroute.camel.databricks.error.DatabricksStoppedException;
import dev.lakeroute.camel.databricks.error.WaitedFor;
import dev.lakeroute.camel.databricks.poll.PollLoop;
import dev.lakeroute.camel.databricks.poll.Verdict;
import dev.lakeroute.camel.databricks.poll.WaitSettings;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.ProducerScope;
import dev.lakeroute.camel.databricks.step.StepContext;

/**
 * Waits for a SQL warehouse to be RUNNING or STOPPED by polling {@code sql/warehouses/get}. As the SDK's
 * {@code startAndWait}: a warehouse that is STOPPED while RUNNING is awaited (a start that did not take, a failed
 * start) fails the wait, and so does DELETED or DELETING for either state, with the warehouse's health summary.
 */
public final class WarehouseWaiter {

    public static final String RUNNING = "RUNNING";
    public static final String STOPPED = "STOPPED";
    private static final Set<String> GONE = Set.of("DELETED", "DELETING");

    private final Calls calls;

    public WarehouseWaiter(Calls calls) {
        this.calls = calls;
    }

    /** Completes with the sql/warehouses/get answer once the warehouse is in {@code target}. */
    public CompletableFuture<JsonNode> await(StepContext context, WaitSettings settings, String id, String target) {
        String operation = context.request().operation().name();
        PollLoop<JsonNode, JsonNode> loop = new PollLoop<>(context.scope().poller(), settings.backoff(), settings.timeout(),
                settings.progress(operation, "warehouse", id),
                () -> calls.json(context, "sql/warehouses/get", calls.fields().put("id", id)),
                warehouse -> judge(operation, id, target, warehouse), null);
        ProducerScope.InFlight stopper = () -> {
            loop.abort(new DatabricksStoppedException("the route stopped while waiting for SQL warehouse " + id + " to be " + target,
                    operation), WaitedFor.RemoteState.RUNNING);
            return CompletableFuture.completedFuture(null);
        };
        context.scope().track(stopper);
        return loop.start().whenComplete((warehouse, failure) -> context.scope().done(stopper));
    }

    static Verdict<JsonNode> judge(String operation, String id, String target, JsonNode warehouse) {
        String state = Calls.text(warehouse, "state");
        if (state == null) {
            return Verdict.pending("UNKNOWN");
        }
        if (state.equals(target)) {
            return Verdict.done(warehouse);
        }
        if (GONE.contains(state) || RUNNING.equals(target) && STOPPED.equals(state)) {
            return Verdict.failed(new DatabricksStateException(operation, id, state, reasons(warehouse)));
        }
        return Verdict.pending(state);
    }

    private static List<String> reasons(JsonNode warehouse) {
        List<String> reasons = new ArrayList<>();
        JsonNode health = warehouse.path("health");
        for (String field : List.of("summary", "message")) {
            String text = Calls.text(health, field);
            if (text != null && !text.isBlank()) {
                reasons.add(text);
            }
        }
        String failure = Calls.text(health.path("failure_reason"), "code");
        if (failure != null) {
            reasons.add("failure reason " + failure);
        }
        return reasons;
    }
}
