package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The task DAG of a run: which tasks may start once their {@code depends_on} upstreams have finished and
 * their {@code run_if} ({@link RunIf}) lets them, which are skipped instead, and the run's result from
 * its tasks' (the leaves decide).
 */
final class TaskDag {
    private final Clock clock;

    TaskDag(Clock clock) {
        this.clock = clock;
    }

    /**
     * One step of the DAG on the run's document: skips what can no longer run, adds the tasks whose
     * upstreams allow them to {@code toStart} (and to the run's started tasks); answers whether any task
     * is still open.
     */
    boolean settle(ActiveRun run, ObjectNode doc, List<String> toStart) {
        Map<String, ObjectNode> byKey = new LinkedHashMap<>();
        doc.path("tasks").forEach(task -> byKey.put(task.path("task_key").asText(), (ObjectNode) task));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (ObjectNode task : byKey.values()) {
                String key = task.path("task_key").asText();
                if (!RunStates.PENDING.equals(RunStates.lifeCycle(task)) || run.started.contains(key)) {
                    continue;
                }
                if (run.stopReason != null) {
                    RunStates.set(task, RunStates.state(RunStates.SKIPPED, "UPSTREAM_CANCELED",
                            "TIMEDOUT".equals(run.stopReason) ? "The run timed out before the task started." : "The run was cancelled before the task started.",
                            true));
                    changed = true;
                    continue;
                }
                List<JsonNode[]> dependencies = new ArrayList<>();
                boolean ready = true;
                for (JsonNode dependency : task.path("depends_on")) {
                    ObjectNode upstream = byKey.get(dependency.path("task_key").asText());
                    if (upstream == null) {
                        continue;
                    }
                    if (!RunStates.isFinal(upstream)) {
                        ready = false;
                        break;
                    }
                    dependencies.add(new JsonNode[]{dependency, upstream});
                }
                if (!ready) {
                    continue;
                }
                RunIf.Decision decision = RunIf.decide(task, dependencies);
                if (decision.run()) {
                    run.started.add(key);
                    toStart.add(key);
                } else {
                    long now = clock.millis();
                    task.put("start_time", now).put("end_time", now);
                    RunStates.set(task, RunStates.state(RunStates.SKIPPED, decision.resultState(), decision.message(), false));
                    changed = true;
                }
            }
        }
        return byKey.values().stream().anyMatch(task -> !RunStates.isFinal(task));
    }

    /** The run's state from its tasks': leaves decide success, any internal error or stop overrides. */
    static ObjectNode overallState(JsonNode run, String stopReason) {
        if ("CANCELED".equals(stopReason)) {
            return RunStates.state(RunStates.TERMINATED, "CANCELED", "Run cancelled.", true);
        }
        if ("TIMEDOUT".equals(stopReason)) {
            return RunStates.state(RunStates.TERMINATED, "TIMEDOUT", "Run timed out.", true);
        }
        Set<String> upstreams = new HashSet<>();
        run.path("tasks").forEach(task -> task.path("depends_on").forEach(d -> upstreams.add(d.path("task_key").asText())));
        JsonNode firstFailure = null;
        boolean leafFailed = false;
        boolean anyFailed = false;
        boolean timedOut = false;
        for (JsonNode task : run.path("tasks")) {
            String result = RunStates.result(task);
            if (RunStates.INTERNAL_ERROR.equals(RunStates.lifeCycle(task))) {
                return RunStates.state(RunStates.INTERNAL_ERROR, "FAILED", "Task " + task.path("task_key").asText() + " failed: "
                        + task.path("state").path("state_message").asText(), false);
            }
            boolean failed = "FAILED".equals(result) || "TIMEDOUT".equals(result);
            if (failed && firstFailure == null) {
                firstFailure = task;
            }
            timedOut |= "TIMEDOUT".equals(result);
            anyFailed |= failed;
            if (!upstreams.contains(task.path("task_key").asText()) && (failed || "UPSTREAM_FAILED".equals(result)
                    || RunStates.CANCELED_RESULTS.contains(result))) {
                leafFailed = true;
            }
        }
        if (leafFailed) {
            String message = firstFailure == null ? "An upstream task failed." : "Task " + firstFailure.path("task_key").asText()
                    + " failed with message: " + firstFailure.path("state").path("state_message").asText() + "."
                    + (run.path("tasks").size() > 1 ? " This caused all downstream tasks to get skipped." : "");
            return RunStates.state(RunStates.TERMINATED, timedOut && firstFailure != null && "TIMEDOUT".equals(RunStates.result(firstFailure))
                    ? "TIMEDOUT" : "FAILED", message, false);
        }
        if (anyFailed) {
            return RunStates.state(RunStates.TERMINATED, "SUCCESS_WITH_FAILURES", "", false);
        }
        return RunStates.state(RunStates.TERMINATED, "SUCCESS", "", false);
    }
}
