package dev.lakeroute.camel.databricks.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.lakeroute.camel.databricks.error.FailedTask;
import dev.lakeroute.camel.databricks.step.Calls;

/**
 * How a job run stands, judged from {@code jobs/runs/get}: its {@code state} (life_cycle_state, result_state,
 * state_message) and, where that is missing, the API 2.2 {@code status} (state, termination_details). A run is
 * active in QUEUED, PENDING, RUNNING, TERMINATING, BLOCKED and WAITING_FOR_RETRY; it has ended in TERMINATED,
 * SKIPPED and INTERNAL_ERROR; only the result SUCCESS is a success (SUCCESS_WITH_FAILURES, CANCELED, TIMEDOUT,
 * FAILED, MAXIMUM_CONCURRENT_RUNS_REACHED, UPSTREAM_FAILED ... are not).
 */
public final class RunStates {

    public static final Set<String> ACTIVE = Set.of("QUEUED", "PENDING", "RUNNING", "TERMINATING", "BLOCKED", "WAITING_FOR_RETRY");
    public static final Set<String> TERMINAL = Set.of("TERMINATED", "SKIPPED", "INTERNAL_ERROR");
    /** status.state of a run still going on (WAITING is status' name for WAITING_FOR_RETRY). */
    static final Set<String> ACTIVE_STATUS = Set.of("QUEUED", "PENDING", "RUNNING", "TERMINATING", "BLOCKED", "WAITING");
    /** Task results that are no failure of the task: it succeeded, or was left out on purpose. */
    private static final Set<String> NOT_FAILED = Set.of("SUCCESS", "EXCLUDED", "DISABLED");

    private RunStates() {
    }

    /** Where a run stands. */
    public sealed interface Judgement {
    }

    /** Still going on, in {@code state}. */
    public record Active(String state) implements Judgement {
    }

    public record Succeeded() implements Judgement {
    }

    /**
     * Ended otherwise than SUCCESS.
     *
     * @param resultState result_state, else the status' termination code; null when the run got neither
     */
    public record Failed(String lifeCycleState, String resultState, String stateMessage) implements Judgement {
    }

    public static Judgement judge(JsonNode run) {
        JsonNode state = run.path("state");
        JsonNode status = run.path("status");
        String lifeCycle = Calls.text(state, "life_cycle_state");
        String statusState = Calls.text(status, "state");
        if (lifeCycle != null && ACTIVE.contains(lifeCycle)) {
            return new Active(lifeCycle);
        }
        boolean ended = lifeCycle != null && TERMINAL.contains(lifeCycle) || "TERMINATED".equals(statusState);
        if (!ended) {
            // A state this client does not know yet (or none at all) is waited through; runTimeout bounds the wait.
            return new Active(statusState != null ? statusState : lifeCycle != null ? lifeCycle : "UNKNOWN");
        }
        JsonNode termination = status.path("termination_details");
        String result = Calls.text(state, "result_state");
        if (result == null) {
            result = Calls.text(termination, "code");
        }
        String ending = lifeCycle != null ? lifeCycle : statusState;
        if ("SUCCESS".equals(result) && !"SKIPPED".equals(ending) && !"INTERNAL_ERROR".equals(ending)) {
            return new Succeeded();
        }
        String message = Calls.text(state, "state_message");
        if (message == null || message.isBlank()) {
            message = Calls.text(termination, "message");
        }
        return new Failed(ending, result, message);
    }

    /** The tasks of an ended run that did not succeed, in task order (none for a run without tasks). */
    public static List<FailedTask> failedTasks(JsonNode run) {
        List<FailedTask> failed = new ArrayList<>();
        for (JsonNode task : run.path("tasks")) {
            Judgement judged = judge(task);
            if (judged instanceof Failed f && (f.resultState() == null || !NOT_FAILED.contains(f.resultState()))) {
                failed.add(new FailedTask(Calls.text(task, "task_key"), task.path("run_id").asLong(), f.lifeCycleState(),
                        f.resultState(), f.stateMessage(), Calls.text(task, "run_page_url")));
            }
        }
        return failed;
    }
}
