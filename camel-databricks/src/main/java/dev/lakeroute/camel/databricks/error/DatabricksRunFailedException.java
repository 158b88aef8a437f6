package dev.lakeroute.camel.databricks.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A job run ended in another result than SUCCESS; {@link #getRunPageUrl()} leads to its logs. With
 * {@code repairAttempts}, {@link #getAttempts()} holds every attempt (the run and each repair) with its failed
 * tasks; the states are those of the last attempt.
 */
public class DatabricksRunFailedException extends DatabricksException {

    private final long runId;
    private final String lifeCycleState;
    private final String resultState;
    private final String stateMessage;
    private final String runPageUrl;
    private final List<RunAttempt> attempts;

    public DatabricksRunFailedException(String operation, long runId, String lifeCycleState, String resultState,
                                        String stateMessage, String runPageUrl) {
        this(operation, runId, lifeCycleState, resultState, stateMessage, runPageUrl,
                List.of(new RunAttempt(1, null, resultState, List.of())));
    }

    public DatabricksRunFailedException(String operation, long runId, String lifeCycleState, String resultState,
                                        String stateMessage, String runPageUrl, List<RunAttempt> attempts) {
        super(message(runId, lifeCycleState, resultState, stateMessage, runPageUrl, attempts), operation, null);
        this.runId = runId;
        this.lifeCycleState = lifeCycleState;
        this.resultState = resultState;
        this.stateMessage = stateMessage;
        this.runPageUrl = runPageUrl;
        this.attempts = List.copyOf(attempts);
    }

    private static String message(long runId, String lifeCycleState, String resultState, String stateMessage, String runPageUrl,
                                  List<RunAttempt> attempts) {
        StringBuilder text = new StringBuilder("run ").append(runId).append(" ended ")
                .append(resultState == null ? lifeCycleState : resultState);
        if (stateMessage != null && !stateMessage.isBlank()) {
            text.append(": ").append(stateMessage);
        }
        if (attempts.size() > 1) {
            text.append(" after ").append(attempts.size()).append(" attempts (").append(attempts.size() - 1).append(" repairs): ")
                    .append(attempts.stream().map(a -> "attempt " + a.number() + ": " + (a.failedTasks().isEmpty()
                            ? String.valueOf(a.resultState())
                            : a.failedTasks().stream().map(FailedTask::describe).collect(Collectors.joining(", "))))
                            .collect(Collectors.joining("; ")));
        }
        return text.append(runPageUrl == null ? "" : " (" + runPageUrl + ")").toString();
    }

    /** A copy with the earlier attempts before this one, which becomes the last. */
    public DatabricksRunFailedException after(List<RunAttempt> earlier) {
        List<RunAttempt> all = new java.util.ArrayList<>(earlier);
        RunAttempt last = attempts.get(attempts.size() - 1);
        all.add(new RunAttempt(earlier.size() + 1, last.repairId(), last.resultState(), last.failedTasks()));
        DatabricksRunFailedException copy = new DatabricksRunFailedException(getOperation(), runId, lifeCycleState, resultState,
                stateMessage, runPageUrl, all);
        copy.waitedFor(getWaitedFor(), false);
        return copy;
    }

    public long getRunId() {
        return runId;
    }

    /** TERMINATED, SKIPPED or INTERNAL_ERROR. */
    public String getLifeCycleState() {
        return lifeCycleState;
    }

    /**
     * FAILED, TIMEDOUT, CANCELED, MAXIMUM_CONCURRENT_RUNS_REACHED ...; the status' termination code when the run
     * has no result_state; null when the run never got one.
     */
    public String getResultState() {
        return resultState;
    }

    public String getStateMessage() {
        return stateMessage;
    }

    public String getRunPageUrl() {
        return runPageUrl;
    }

    /** The failed tasks of the last attempt. */
    public List<FailedTask> getFailedTasks() {
        return attempts.get(attempts.size() - 1).failedTasks();
    }

    /** Every attempt, the run first, then each repair repairAttempts made. */
    public List<RunAttempt> getAttempts() {
        return attempts;
    }
}
