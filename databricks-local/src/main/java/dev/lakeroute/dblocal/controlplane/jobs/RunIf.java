package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * Whether a task whose dependencies have all finished runs, following its {@code run_if} (default
 * ALL_SUCCESS) and, for dependencies on a condition task, the {@code outcome} it waits for.
 */
final class RunIf {
    /** What happens to the task: it runs, or it is skipped with a result state and message. */
    record Decision(boolean run, String resultState, String message) {
        static Decision runIt() {
            return new Decision(true, null, null);
        }

        static Decision skip(String resultState, String message) {
            return new Decision(false, resultState, message);
        }
    }

    private enum Upstream { SUCCEEDED, FAILED, CANCELED, EXCLUDED }

    private RunIf() {
    }

    /** @param dependencies pairs of (the task's depends_on entry, the upstream task run) */
    static Decision decide(JsonNode task, List<JsonNode[]> dependencies) {
        String runIf = task.path("run_if").asText("ALL_SUCCESS");
        int succeeded = 0;
        int failed = 0;
        int canceled = 0;
        int excluded = 0;
        for (JsonNode[] pair : dependencies) {
            switch (classify(pair[0], pair[1])) {
                case SUCCEEDED -> succeeded++;
                case FAILED -> failed++;
                case CANCELED -> canceled++;
                case EXCLUDED -> excluded++;
            }
        }
        int total = dependencies.size();
        return switch (runIf) {
            case "ALL_DONE" -> canceled > 0 ? upstreamCanceled() : Decision.runIt();
            case "NONE_FAILED" -> canceled > 0 ? upstreamCanceled() : failed > 0 ? upstreamFailed() : Decision.runIt();
            case "AT_LEAST_ONE_SUCCESS" -> succeeded > 0 ? Decision.runIt() : canceled > 0 ? upstreamCanceled() : upstreamFailed();
            case "ALL_FAILED" -> failed == total && total > 0 ? Decision.runIt() : excluded();
            case "AT_LEAST_ONE_FAILED" -> failed > 0 ? Decision.runIt() : excluded();
            default -> canceled > 0 ? upstreamCanceled() : failed > 0 ? upstreamFailed() : excluded > 0 ? excluded() : Decision.runIt();
        };
    }

    private static Upstream classify(JsonNode dependency, JsonNode upstream) {
        String result = RunStates.result(upstream);
        if (result == null) {
            return RunStates.INTERNAL_ERROR.equals(RunStates.lifeCycle(upstream)) ? Upstream.FAILED : Upstream.EXCLUDED;
        }
        if (RunStates.CANCELED_RESULTS.contains(result)) {
            return Upstream.CANCELED;
        }
        if (RunStates.FAILED_RESULTS.contains(result) || RunStates.INTERNAL_ERROR.equals(RunStates.lifeCycle(upstream))) {
            return Upstream.FAILED;
        }
        if (RunStates.SUCCESS_RESULTS.contains(result)) {
            String wanted = dependency.path("outcome").asText(null);
            String actual = upstream.path("condition_task").path("outcome").asText(null);
            return wanted == null || wanted.equals(actual) ? Upstream.SUCCEEDED : Upstream.EXCLUDED;
        }
        return Upstream.EXCLUDED;
    }

    private static Decision upstreamFailed() {
        return Decision.skip("UPSTREAM_FAILED", "Upstream task(s) failed.");
    }

    private static Decision upstreamCanceled() {
        return Decision.skip("UPSTREAM_CANCELED", "Upstream task(s) were cancelled.");
    }

    private static Decision excluded() {
        return Decision.skip("EXCLUDED", "The task was excluded because its run_if condition or condition outcome was not met.");
    }
}
