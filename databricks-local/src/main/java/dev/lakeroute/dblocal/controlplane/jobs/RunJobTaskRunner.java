package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.Json;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.LongFunction;

/**
 * {@code run_job_task}: triggers a run of another job (with the task's parameters, trigger
 * RUN_JOB_TASK), waits for it, and succeeds if it succeeded. Cancelling the task cancels the child run.
 */
final class RunJobTaskRunner implements TaskRunner {
    private final BiFunction<Long, ObjectNode, Long> runNow;
    private final LongFunction<CompletableFuture<ObjectNode>> completion;
    private final java.util.function.LongConsumer cancel;

    RunJobTaskRunner(BiFunction<Long, ObjectNode, Long> runNow, LongFunction<CompletableFuture<ObjectNode>> completion,
                     java.util.function.LongConsumer cancel) {
        this.runNow = runNow;
        this.completion = completion;
        this.cancel = cancel;
    }

    @Override
    public CompletableFuture<TaskOutcome> run(TaskContext context) {
        ObjectNode settings = context.settings();
        long jobId = settings.path("job_id").asLong(0);
        ObjectNode parameters = Json.object();
        settings.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("job_id")) {
                parameters.set(field.getKey(), field.getValue());
            }
        });
        long childRunId;
        try {
            childRunId = runNow.apply(jobId, parameters);
        } catch (ApiException e) {
            return CompletableFuture.completedFuture(TaskOutcome.failed(e.getMessage(), e.getMessage(), null, null, false));
        }
        ObjectNode output = Json.object();
        output.putObject("run_job_output").put("run_id", childRunId);
        CompletableFuture<TaskOutcome> result = new CompletableFuture<>();
        result.whenComplete((outcome, error) -> {
            if (result.isCancelled()) {
                cancel.accept(childRunId);
            }
        });
        completion.apply(childRunId).whenComplete((child, error) -> {
            if (error != null) {
                result.complete(TaskOutcome.internalError("Run " + childRunId + " of job " + jobId + " could not be followed: " + error.getMessage()));
                return;
            }
            JsonNode state = child.path("state");
            String resultState = state.path("result_state").asText("");
            if ("SUCCESS".equals(resultState) || "SUCCESS_WITH_FAILURES".equals(resultState)) {
                result.complete(TaskOutcome.success(null, false, output));
            } else {
                String message = "Run " + childRunId + " of job " + jobId + " ended " + state.path("life_cycle_state").asText()
                        + (resultState.isEmpty() ? "" : " " + resultState) + ": " + state.path("state_message").asText();
                result.complete(TaskOutcome.failed(message, message, null, null, false).withOutput(output));
            }
        });
        return result;
    }

    @Override
    public boolean needsCluster() {
        return false;
    }
}
