package dev.lakeroute.camel.databricks.jobs;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.lakeroute.camel.databricks.error.DatabricksRunFailedException;
import dev.lakeroute.camel.databricks.error.DatabricksStoppedException;
import dev.lakeroute.camel.databricks.error.RunAttempt;
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
 * {@link DatabricksRunFailedException} (with the failed tasks) otherwise; {@link RunStates} judges. {@code runTimeout} and route stop (with
 * {@code cancelOnStop}) cancel the run.
 */
public final class RunWaiter {

    private static final Logger LOG = LoggerFactory.getLogger(RunWaiter.class);
    private final Calls calls;

    public RunWaiter(Calls calls) {
        this.calls = calls;
    }

    public CompletableFuture<JsonNode> await(StepContext context, RunStep.Options options, long runId) {
        return await(context, options, runId, null);
    }

    /** Waits for the end of {@code repairId} of run {@code runId}, or of the run itself when null. */
    public CompletableFuture<JsonNode> await(StepContext context, RunStep.Options options, long runId, Long repairId) {
        String operation = context.request().operation().name();
        AtomicBoolean announced = new AtomicBoolean();
        WaitSettings settings = options.polls();
        WaitProgress progress = settings.progress(operation, "run", String.valueOf(runId));
        PollLoop<JsonNode, JsonNode> loop = new PollLoop<>(context.scope().poller(), settings.backoff(), settings.timeout(),
                progress,
                () -> calls.json(context, "jobs/runs/get", probe(runId, repairId)),
                run -> judge(operation, runId, repairId, run, announced, progress),
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

    /**
     * A repair keeps the run's id: the wait after {@code jobs/runs/repair} ({@code repairId} not null) judges the
     * run only once its history names that repair as the latest, so the end of the attempt before is not taken for
     * the end of the repair.
     */
    private static Verdict<JsonNode> judge(String operation, long runId, Long repairId, JsonNode run, AtomicBoolean announced,
                                           WaitProgress progress) {
        progress.pageUrl(Calls.text(run, "run_page_url"));
        if (announced.compareAndSet(false, true)) {
            LOG.info("{}: run {} {}, {}", operation, runId, repairId == null ? "started" : "repair " + repairId + " started",
                    Calls.text(run, "run_page_url"));
        }
        if (repairId != null && !isLatestRepair(run, repairId)) {
            return Verdict.pending("REPAIR_PENDING");
        }
        RunStates.Judgement judged = RunStates.judge(run);
        if (judged instanceof RunStates.Active active) {
            return Verdict.pending(active.state());
        }
        if (judged instanceof RunStates.Succeeded) {
            return Verdict.done(run);
        }
        RunStates.Failed failed = (RunStates.Failed) judged;
        return Verdict.failed(new DatabricksRunFailedException(operation, runId, failed.lifeCycleState(), failed.resultState(),
                failed.stateMessage(), Calls.text(run, "run_page_url"),
                List.of(new RunAttempt(1, repairId, failed.resultState(), RunStates.failedTasks(run)))));
    }

    private static boolean isLatestRepair(JsonNode run, long repairId) {
        JsonNode history = run.path("repair_history");
        return history.isArray() && !history.isEmpty() && history.get(history.size() - 1).path("id").asLong() == repairId;
    }

    private com.fasterxml.jackson.databind.node.ObjectNode probe(long runId, Long repairId) {
        com.fasterxml.jackson.databind.node.ObjectNode fields = calls.fields().put("run_id", runId);
        return repairId == null ? fields : fields.put("include_history", true);
    }

    CompletableFuture<?> cancel(StepContext context, long runId) {
        LOG.info("{}: cancelling run {}", context.request().operation().name(), runId);
        return calls.json(context, "jobs/runs/cancel", calls.fields().put("run_id", runId));
    }
}
