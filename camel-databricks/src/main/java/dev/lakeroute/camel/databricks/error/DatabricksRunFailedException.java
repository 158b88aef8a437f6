package dev.lakeroute.camel.databricks.error;

/** A job run ended in another result than SUCCESS; {@link #getRunPageUrl()} leads to its logs. */
public class DatabricksRunFailedException extends DatabricksException {

    private final long runId;
    private final String lifeCycleState;
    private final String resultState;
    private final String stateMessage;
    private final String runPageUrl;

    public DatabricksRunFailedException(String operation, long runId, String lifeCycleState, String resultState,
                                        String stateMessage, String runPageUrl) {
        super("run " + runId + " ended " + (resultState == null ? lifeCycleState : resultState)
              + (stateMessage == null || stateMessage.isBlank() ? "" : ": " + stateMessage)
              + (runPageUrl == null ? "" : " (" + runPageUrl + ")"), operation, null);
        this.runId = runId;
        this.lifeCycleState = lifeCycleState;
        this.resultState = resultState;
        this.stateMessage = stateMessage;
        this.runPageUrl = runPageUrl;
    }

    public long getRunId() {
        return runId;
    }

    /** TERMINATED, SKIPPED or INTERNAL_ERROR. */
    public String getLifeCycleState() {
        return lifeCycleState;
    }

    /** FAILED, TIMEDOUT, CANCELED ...; null when the run never got one (SKIPPED, INTERNAL_ERROR). */
    public String getResultState() {
        return resultState;
    }

    public String getStateMessage() {
        return stateMessage;
    }

    public String getRunPageUrl() {
        return runPageUrl;
    }
}
