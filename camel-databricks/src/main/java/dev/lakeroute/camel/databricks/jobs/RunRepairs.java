package dev.lakeroute.camel.databricks.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.lakeroute.camel.databricks.error.DatabricksRunFailedException;
import dev.lakeroute.camel.databricks.error.FailedTask;
import dev.lakeroute.camel.databricks.error.RunAttempt;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.support.Failures;

/**
 * {@code repairAttempts}: waits for a run to end and, when it ended with failed tasks, repairs it
 * ({@code jobs/runs/repair} with {@code rerun_all_failed_tasks} and {@code latest_repair_id}) and waits again, up
 * to that many times. The failure after the last attempt carries every attempt with its failed tasks. A run that
 * was cancelled or skipped is not repaired: nothing in it failed.
 */
public final class RunRepairs {

    private static final Logger LOG = LoggerFactory.getLogger(RunRepairs.class);

    private final dev.lakeroute.camel.databricks.step.Calls calls;
    private final RunWaiter waiter;

    public RunRepairs(dev.lakeroute.camel.databricks.step.Calls calls, RunWaiter waiter) {
        this.calls = calls;
        this.waiter = waiter;
    }

    /**
     * The run once it succeeded, itself or through a repair.
     *
     * @param repairId the repair to wait for (a jobs/runs/repair step), null for the run itself
     */
    public CompletableFuture<JsonNode> await(StepContext context, RunStep.Options options, long runId, Long repairId) {
        return attempt(context, options, runId, repairId, new ArrayList<>(), options.repairAttempts());
    }

    private CompletableFuture<JsonNode> attempt(StepContext context, RunStep.Options options, long runId, Long repairId,
                                                List<RunAttempt> earlier, int repairsLeft) {
        return waiter.await(context, options, runId, repairId).handle((run, failure) -> {
            if (failure == null) {
                if (!earlier.isEmpty()) {
                    LOG.info("{}: run {} succeeded after {} repairs", context.request().operation().name(), runId, earlier.size());
                }
                return CompletableFuture.completedFuture(run);
            }
            Throwable cause = Failures.unwrap(failure);
            if (!(cause instanceof DatabricksRunFailedException failed)) {
                return CompletableFuture.<JsonNode>failedFuture(cause);
            }
            DatabricksRunFailedException withHistory = earlier.isEmpty() ? failed : failed.after(earlier);
            if (repairsLeft <= 0 || !repairable(failed)) {
                return CompletableFuture.<JsonNode>failedFuture(withHistory);
            }
            List<RunAttempt> attempts = new ArrayList<>(withHistory.getAttempts());
            return repair(context, runId, repairId, failed.getFailedTasks())
                    .thenCompose(next -> attempt(context, options, runId, next, attempts, repairsLeft - 1));
        }).thenCompose(next -> next);
    }

    /** Failed tasks are what a repair re-runs; a cancelled or skipped run has none worth running again. */
    static boolean repairable(DatabricksRunFailedException failed) {
        String result = failed.getResultState();
        return !failed.getFailedTasks().isEmpty() && !"SKIPPED".equals(failed.getLifeCycleState())
               && !"CANCELED".equals(result) && !"USER_CANCELED".equals(result);
    }

    private CompletableFuture<Long> repair(StepContext context, long runId, Long latestRepairId, List<FailedTask> failed) {
        LOG.info("{}: repairing run {} (failed: {})", context.request().operation().name(), runId,
                failed.stream().map(FailedTask::describe).toList());
        ObjectNode fields = calls.fields().put("run_id", runId).put("rerun_all_failed_tasks", true);
        if (latestRepairId != null) {
            fields.put("latest_repair_id", latestRepairId);
        }
        return calls.json(context, "jobs/runs/repair", fields).thenApply(answer -> {
            JsonNode id = answer.get("repair_id");
            if (id == null || id.isNull()) {
                throw new CompletionException(new IllegalStateException("jobs/runs/repair of run " + runId + " answered no repair_id"));
            }
            return id.asLong();
        });
    }
}
