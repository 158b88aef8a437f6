package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.Json;

/**
 * How a task run ended, as a {@link TaskRunner} reports it.
 *
 * @param result           SUCCESS, FAILED, or INTERNAL_ERROR (the task could not be run at all)
 * @param stateMessage     the task's {@code state.state_message}
 * @param logs             standard output and error ({@code runs/get-output} {@code logs}), or null
 * @param logsTruncated    whether {@code logs} was cut at the output limit
 * @param error            a one-line error ({@code error}), or null
 * @param errorTrace       the stack trace or traceback ({@code error_trace}), or null
 * @param output           further {@code runs/get-output} fields (e.g. {@code notebook_output}, {@code sql_output}); may be empty
 * @param conditionOutcome {@code "true"}/{@code "false"} for condition tasks, else null
 * @param taskValues       what the task set with {@code dbutils.jobs.taskValues.set}, by key; may be empty
 */
public record TaskOutcome(Result result, String stateMessage, String logs, boolean logsTruncated, String error, String errorTrace,
                          ObjectNode output, String conditionOutcome, ObjectNode taskValues) {

    public enum Result {
        SUCCESS, FAILED, INTERNAL_ERROR
    }

    public TaskOutcome {
        stateMessage = stateMessage == null ? "" : stateMessage;
        output = output == null ? Json.object() : output;
        taskValues = taskValues == null ? Json.object() : taskValues;
    }

    public static TaskOutcome success() {
        return new TaskOutcome(Result.SUCCESS, "", null, false, null, null, null, null, null);
    }

    public static TaskOutcome success(String logs, boolean logsTruncated, ObjectNode output) {
        return new TaskOutcome(Result.SUCCESS, "", logs, logsTruncated, null, null, output, null, null);
    }

    /** A notebook that ended with {@code dbutils.notebook.exit(value)}. */
    public static TaskOutcome notebookResult(String result, boolean truncated, String logs) {
        ObjectNode output = Json.object();
        output.putObject("notebook_output").put("result", result).put("truncated", truncated);
        return new TaskOutcome(Result.SUCCESS, "", logs, false, null, null, output, null, null);
    }

    public static TaskOutcome failed(String stateMessage, String error, String errorTrace, String logs, boolean logsTruncated) {
        return new TaskOutcome(Result.FAILED, stateMessage, logs, logsTruncated, error, errorTrace, null, null, null);
    }

    public static TaskOutcome internalError(String stateMessage) {
        return new TaskOutcome(Result.INTERNAL_ERROR, stateMessage, null, false, stateMessage, null, null, null, null);
    }

    public static TaskOutcome condition(boolean outcome) {
        return new TaskOutcome(Result.SUCCESS, "", null, false, null, null, null, Boolean.toString(outcome), null);
    }

    public TaskOutcome withOutput(ObjectNode extra) {
        ObjectNode merged = output.deepCopy();
        merged.setAll(extra);
        return new TaskOutcome(result, stateMessage, logs, logsTruncated, error, errorTrace, merged, conditionOutcome, taskValues);
    }

    /** The same ending, with the task values the task set. */
    public TaskOutcome withTaskValues(ObjectNode values) {
        return new TaskOutcome(result, stateMessage, logs, logsTruncated, error, errorTrace, output, conditionOutcome, values);
    }
}
