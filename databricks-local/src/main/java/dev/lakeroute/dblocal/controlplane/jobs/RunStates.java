package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.Json;

import java.util.Set;

/**
 * Run and task run states: {@code state} (life_cycle_state, result_state, state_message,
 * user_cancelled_or_timedout) and the API 2.2 {@code status} derived from it.
 */
final class RunStates {
    static final String PENDING = "PENDING";
    static final String QUEUED = "QUEUED";
    static final String RUNNING = "RUNNING";
    static final String TERMINATING = "TERMINATING";
    static final String TERMINATED = "TERMINATED";
    static final String SKIPPED = "SKIPPED";
    static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    static final String WAITING_FOR_RETRY = "WAITING_FOR_RETRY";
    static final String BLOCKED = "BLOCKED";

    static final Set<String> ACTIVE = Set.of(PENDING, QUEUED, RUNNING, TERMINATING, WAITING_FOR_RETRY, BLOCKED);
    static final Set<String> FINAL = Set.of(TERMINATED, SKIPPED, INTERNAL_ERROR);
    /** Result states that count as a failed upstream for {@code run_if}. */
    static final Set<String> FAILED_RESULTS = Set.of("FAILED", "TIMEDOUT", "UPSTREAM_FAILED", "MAXIMUM_CONCURRENT_RUNS_REACHED");
    static final Set<String> CANCELED_RESULTS = Set.of("CANCELED", "UPSTREAM_CANCELED");
    static final Set<String> SUCCESS_RESULTS = Set.of("SUCCESS", "SUCCESS_WITH_FAILURES");

    private RunStates() {
    }

    static ObjectNode state(String lifeCycle, String result, String message, boolean userCancelledOrTimedOut) {
        ObjectNode state = Json.object().put("life_cycle_state", lifeCycle);
        if (result != null) {
            state.put("result_state", result);
        }
        state.put("state_message", message == null ? "" : message).put("user_cancelled_or_timedout", userCancelledOrTimedOut);
        return state;
    }

    static String lifeCycle(JsonNode runOrTask) {
        return runOrTask.path("state").path("life_cycle_state").asText(PENDING);
    }

    static String result(JsonNode runOrTask) {
        return runOrTask.path("state").path("result_state").asText(null);
    }

    static boolean isFinal(JsonNode runOrTask) {
        return FINAL.contains(lifeCycle(runOrTask));
    }

    /** Sets the {@code state} of a run or task document; answers the document. */
    static ObjectNode set(ObjectNode runOrTask, ObjectNode state) {
        runOrTask.set("state", state);
        return runOrTask;
    }

    /** A run starts RUNNING with its first running task. */
    static ObjectNode runningIfPending(ObjectNode run) {
        return PENDING.equals(lifeCycle(run)) ? set(run, state(RUNNING, null, "In run", false)) : run;
    }

    /** API 2.2 {@code status}: {@code state} plus {@code termination_details} or {@code queue_details}. */
    static ObjectNode status(JsonNode state) {
        String lifeCycle = state.path("life_cycle_state").asText(PENDING);
        String result = state.path("result_state").asText("");
        String message = state.path("state_message").asText("");
        ObjectNode status = Json.object();
        switch (lifeCycle) {
            case QUEUED -> {
                status.put("state", QUEUED);
                status.putObject("queue_details").put("code", "ACTIVE_RUNS_LIMIT_REACHED").put("message", message);
            }
            case WAITING_FOR_RETRY -> status.put("state", "WAITING");
            case PENDING, RUNNING, TERMINATING, BLOCKED -> status.put("state", lifeCycle);
            default -> {
                status.put("state", TERMINATED);
                String[] codeAndType = termination(lifeCycle, result);
                status.putObject("termination_details").put("code", codeAndType[0]).put("type", codeAndType[1]).put("message", message);
            }
        }
        return status;
    }

    private static String[] termination(String lifeCycle, String result) {
        if (INTERNAL_ERROR.equals(lifeCycle)) {
            return new String[]{"INTERNAL_ERROR", "INTERNAL_ERROR"};
        }
        return switch (result) {
            case "SUCCESS" -> new String[]{"SUCCESS", "SUCCESS"};
            case "SUCCESS_WITH_FAILURES" -> new String[]{"SUCCESS_WITH_FAILURES", "SUCCESS"};
            case "CANCELED" -> new String[]{"USER_CANCELED", "SUCCESS"};
            case "MAXIMUM_CONCURRENT_RUNS_REACHED" -> new String[]{"MAX_CONCURRENT_RUNS_EXCEEDED", "CLIENT_ERROR"};
            case "UPSTREAM_FAILED", "UPSTREAM_CANCELED", "EXCLUDED" -> new String[]{"SKIPPED", "SUCCESS"};
            case "DISABLED" -> new String[]{"DISABLED", "SUCCESS"};
            default -> new String[]{"RUN_EXECUTION_ERROR", "CLIENT_ERROR"};
        };
    }
}
