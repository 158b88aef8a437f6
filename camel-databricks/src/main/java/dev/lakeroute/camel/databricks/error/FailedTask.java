package dev.lakeroute.camel.databricks.error;

/**
 * One task of a job run that did not succeed, as {@code jobs/runs/get} described it when the run ended.
 *
 * @param taskKey        the task's task_key
 * @param runId          the task run's id (each attempt and repair has its own)
 * @param lifeCycleState TERMINATED, SKIPPED, INTERNAL_ERROR ...
 * @param resultState    FAILED, TIMEDOUT, UPSTREAM_FAILED, CANCELED ...; null when the task got none
 * @param stateMessage   the server's explanation; may be empty
 * @param runPageUrl     the task run's page, null when none was given
 */
public record FailedTask(String taskKey, long runId, String lifeCycleState, String resultState, String stateMessage,
                         String runPageUrl) {

    /** "load FAILED: ZeroDivisionError". */
    public String describe() {
        return taskKey + " " + (resultState == null ? lifeCycleState : resultState)
               + (stateMessage == null || stateMessage.isBlank() ? "" : ": " + stateMessage);
    }
}
