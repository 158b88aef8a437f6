package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.Json;

import java.util.concurrent.CancellationException;

/**
 * How a task attempt ended: its run state, its {@code runs/get-output} document and the task values it set,
 * from the runner's outcome, the error it failed with, or the stop (cancel, timeout) that ended it.
 */
record TaskEnding(ObjectNode state, ObjectNode output, ObjectNode taskValues) {

    /**
     * @param outcome  the runner's outcome; null when it failed or was stopped
     * @param cause    the failure, unwrapped; a {@code CancellationException} when the task was stopped
     * @param timedOut whether a stop was the task's or its run's timeout
     */
    static TaskEnding of(TaskOutcome outcome, Throwable cause, boolean timedOut) {
        ObjectNode state;
        ObjectNode output = Json.object();
        if (cause instanceof CancellationException || (cause == null && outcome == null)) {
            state = timedOut
                    ? RunStates.state(RunStates.TERMINATED, "TIMEDOUT", "Task timed out.", true)
                    : RunStates.state(RunStates.TERMINATED, "CANCELED", "Run cancelled.", true);
            output.put("error", timedOut ? "Task timed out" : "Run cancelled");
        } else if (cause != null) {
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            state = RunStates.state(RunStates.INTERNAL_ERROR, "FAILED", message, false);
            output.put("error", message);
        } else {
            state = switch (outcome.result()) {
                case SUCCESS -> RunStates.state(RunStates.TERMINATED, "SUCCESS", outcome.stateMessage(), false);
                case FAILED -> RunStates.state(RunStates.TERMINATED, "FAILED", outcome.stateMessage(), false);
                case INTERNAL_ERROR -> RunStates.state(RunStates.INTERNAL_ERROR, "FAILED", outcome.stateMessage(), false);
            };
            output.setAll(outcome.output());
            if (outcome.logs() != null) {
                output.put("logs", outcome.logs()).put("logs_truncated", outcome.logsTruncated());
            }
            if (outcome.error() != null) {
                output.put("error", outcome.error());
            }
            if (outcome.errorTrace() != null) {
                output.put("error_trace", outcome.errorTrace());
            }
        }
        return new TaskEnding(state, output, outcome == null ? Json.object() : outcome.taskValues());
    }

    /** Whether the attempt failed in a way {@code max_retries} retries (a timeout only with {@code retry_on_timeout}). */
    boolean retryable(boolean retryOnTimeout) {
        String result = state.path("result_state").asText();
        return "FAILED".equals(result) || ("TIMEDOUT".equals(result) && retryOnTimeout);
    }
}
