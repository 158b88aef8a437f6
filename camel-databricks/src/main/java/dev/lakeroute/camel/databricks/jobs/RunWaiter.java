package dev.lakeroute.camel.databricks.jobs;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.lakeroute.camel.databricks.error.DatabricksRunFailedException;
import dev.lakeroute.camel.databricks.error.DatabricksStoppedException;
import dev.lakeroute.camel.databricks.poll.PollLoop;
import dev.lakeroute.camel.databricks.poll.Verdict;
import dev.lakeroute.camel.databricks.poll.WaitProgress;
import dev.lakeroute.camel.databricks.poll.WaitSettings;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.ProducerScope;
import dev.lakeroute.camel.databricks.step.StepContext;

/**
 * Waits for a job run to reach a terminal life-cycle state by polling {@code jobs/runs/get}: logs the
 * run page URL once, completes with the run when it ended in SUCCESS, fails with
 * {@link DatabricksRunFailedException} otherwise. {@code runTimeout} and route stop (with
 * {@code cancelOnStop}) cancel the run.
 */
public final class RunWaiter {

    private static final Logger LOG = LoggerFactory.getLogger(RunWaiter.class);
    static final Set<String> TERMINAL = Set.of("TERMINATED", "SKIPPED", "INTERNAL_ERROR");

    private final Calls calls;

    public RunWaiter(Calls calls) {
        this.calls = calls;
    }

    public CompletableFuture<JsonNode> await(StepContext context, RunStep.Options options, long runId) {
        String operation = context.request().operation().name();
        AtomicBoolean announced = new AtomicBoolean();
        WaitSettings settings = options.polls();
        WaitProgress progress = new WaitProgress(operation, "run", String.valueOf(runId));
        PollLoop<JsonNode, JsonNode> loop = new PollLoop<>(context.scope().poller(), settings.backoff(), settings.timeout(),
                progress,
                () -> calls.json(context, "jobs/runs/get", calls.fields().put("run_id", runId)),
                run -> judge(operation, runId, run, announced, progress),
                options.cancelOnTimeout() ? () -> cancel(context, runId) : null);
        ProducerScope.InFlight stopper = () -> {
            loop.abort(new DatabricksStoppedException("the route stopped while run " + runId + " was running"
                    + (options.cancelOnStop() ? "; the run was cancelled" : ""), operation),
                    options.cancelOnStop() ? dev.lakeroute.camel.databricks.error.WaitedFor.RemoteState.CANCELLED : dev.lakeroute.camel.databricks.error.WaitedFor.RemoteState.RUNNING);
            return options.cancelOnStop() ? cancel(context, runId) : CompletableFuture.completedFuture(null);
        };
        context.scope().track(stopper);
        return loop.start().whenComplete((run, failure) -> context.scope().done(stopper));
    }

    private static Verdict<JsonNode> judge(String operation, long runId, JsonNode run, AtomicBoolean announced,
                                           WaitProgress progress) {
        progress.pageUrl(Calls.text(run, "run_page_url"));
        if (announced.compareAndSet(false, true)) {
            LOG.info("{}: run {} started, {}", operation, runId, Calls.text(run, "run_page_url"));
        }
        JsonNode state = run.path("state");
        String lifeCycle = Calls.text(state, "life_cycle_state");
        String statusState = Calls.text(run.path("status"), "state");
        if (lifeCycle == null && statusState == null) {
            return Verdict.pending("UNKNOWN");
        }
        boolean terminal = lifeCycle != null ? TERMINAL.contains(lifeCycle) : "TERMINATED".equals(statusState);
        if (!terminal) {
            return Verdict.pending(lifeCycle != null ? lifeCycle : statusState);
        }
        String result = Calls.text(state, "result_state");
        if (result == null) {
            result = Calls.text(run.path("status").path("termination_details"), "code");
        }
        if ("SUCCESS".equals(result)) {
            return Verdict.done(run);
        }
        String message = Calls.text(state, "state_message");
        if (message == null || message.isBlank()) {
            message = Calls.text(run.path("status").path("termination_details"), "message");
        }
        return Verdict.failed(new DatabricksRunFailedException(operation, runId, lifeCycle != null ? lifeCycle : statusState,
                result, message, Calls.text(run, "run_page_url")));
    }

    CompletableFuture<?> cancel(StepContext context, long runId) {
        LOG.info("{}: cancelling run {}", context.request().operation().name(), runId);
        return calls.json(context, "jobs/runs/cancel", calls.fields().put("run_id", runId));
    }
}
