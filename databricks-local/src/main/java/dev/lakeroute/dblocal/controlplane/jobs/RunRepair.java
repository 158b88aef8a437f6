package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.Ids;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code runs/repair}: re-runs chosen tasks of a finished run ({@code rerun_tasks},
 * {@code rerun_all_failed_tasks}, with {@code rerun_dependent_tasks} their downstreams) under the job's
 * current task settings, and keeps the run's {@code repair_history}: the original attempt, then one
 * entry per repair, closed when the repair ends.
 */
final class RunRepair {
    private static final List<String> PARAMETER_FIELDS = List.of("jar_params", "notebook_params", "python_params",
            "spark_submit_params", "python_named_params", "sql_params", "dbt_commands", "pipeline_params");
    private static final List<String> ATTEMPT_FIELDS = List.of("start_time", "end_time", "cluster_instance", "setup_duration",
            "execution_duration", "cleanup_duration", "run_duration");

    private final JobStore jobs;
    private final RunStore runs;
    private final Clock clock;

    RunRepair(JobStore jobs, RunStore runs, Clock clock) {
        this.jobs = jobs;
        this.runs = runs;
        this.clock = clock;
    }

    /**
     * Rewrites the finished run for a new repair: the selected tasks PENDING again with new task run ids,
     * a REPAIR entry opened in its history. Answers the repair id; the run is then executed as usual.
     *
     * @param active whether the run is being executed (then it cannot be repaired)
     */
    long prepare(long runId, JsonNode request, boolean active) {
        long repairId = Ids.numeric();
        ObjectNode run = runs.require(runId);
        if (!RunStates.isFinal(run) || active) {
            throw ApiException.invalidState("Run " + runId + " is still active (" + RunStates.lifeCycle(run)
                    + "); only finished runs can be repaired.");
        }
        JsonNode history = run.path("repair_history");
        if (request.hasNonNull("latest_repair_id") && history.size() > 0) {
            long latest = history.get(history.size() - 1).path("id").asLong();
            if (latest != request.get("latest_repair_id").asLong()) {
                throw ApiException.invalidParameter("latest_repair_id " + request.get("latest_repair_id").asLong()
                        + " is not the latest repair of run " + runId + " (" + latest + ").");
            }
        }
        Set<String> selected = select(run, request);
        long now = clock.millis();
        ObjectNode repairOverrides = Json.object();
        for (String field : PARAMETER_FIELDS) {
            if (request.has(field)) {
                repairOverrides.set(field, request.get(field).deepCopy());
            }
        }
        Map<String, JsonNode> currentSpecs = new HashMap<>();
        if (!run.path(RunViews.LOCAL).path("submit").asBoolean(false)) {
            jobs.find(run.path("job_id").asLong()).ifPresent(job -> JobSettingsRules.tasksOf(job.path("settings"))
                    .forEach(spec -> currentSpecs.put(spec.path("task_key").asText(), spec)));
        }
        runs.update(runId, doc -> {
            ArrayNode repairs = doc.withArray("repair_history");
            if (repairs.isEmpty()) {
                ObjectNode original = repairs.addObject().put("type", "ORIGINAL")
                        .put("start_time", doc.path("start_time").asLong()).put("end_time", doc.path("end_time").asLong());
                original.set("state", doc.path("state").deepCopy());
                original.set("status", RunStates.status(doc.path("state")));
                ArrayNode ids = original.putArray("task_run_ids");
                doc.path("tasks").forEach(task -> ids.add(task.path("run_id").asLong()));
            }
            ObjectNode entry = repairs.addObject().put("type", "REPAIR").put("id", repairId).put("start_time", now);
            entry.set("state", RunStates.state(RunStates.PENDING, null, "", false));
            ArrayNode ids = entry.putArray("task_run_ids");
            ArrayNode tasks = (ArrayNode) doc.path("tasks");
            for (int i = 0; i < tasks.size(); i++) {
                ObjectNode task = (ObjectNode) tasks.get(i);
                String key = task.path("task_key").asText();
                if (!selected.contains(key)) {
                    continue;
                }
                // Repairs run the job's current task settings, as Databricks does.
                JsonNode current = currentSpecs.get(key);
                if (current != null) {
                    ObjectNode refreshed = current.deepCopy();
                    refreshed.put("run_page_url", task.path("run_page_url").asText());
                    if (!refreshed.has("run_if")) {
                        refreshed.put("run_if", "ALL_SUCCESS");
                    }
                    tasks.set(i, refreshed);
                    task = refreshed;
                }
                long newRunId = Ids.numeric();
                task.put("run_id", newRunId).put("attempt_number", 0)
                        .put("run_page_url", task.path("run_page_url").asText().replaceAll("/run/\\d+$", "/run/" + newRunId));
                for (String field : ATTEMPT_FIELDS) {
                    task.remove(field);
                }
                RunTaskValues.clear(task);
                if (task.has("condition_task")) {
                    ((ObjectNode) task.get("condition_task")).remove("outcome");
                }
                RunStates.set(task, RunStates.state(RunStates.PENDING, null, "", false));
                ids.add(newRunId);
            }
            if (!repairOverrides.isEmpty()) {
                doc.with("overriding_parameters").setAll(repairOverrides);
            }
            doc.remove("end_time");
            ((ObjectNode) doc.get(RunViews.LOCAL)).put("repair_id", repairId);
            return RunStates.set(doc, RunStates.state(RunStates.PENDING, null, "", false));
        });
        return repairId;
    }

    /** The tasks a repair re-runs: those named, the failed ones, and (when asked, or for failed ones) their downstreams. */
    private static Set<String> select(ObjectNode run, JsonNode request) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        run.path("tasks").forEach(task -> byKey.put(task.path("task_key").asText(), task));
        Set<String> selected = new LinkedHashSet<>();
        for (JsonNode key : request.path("rerun_tasks")) {
            if (!byKey.containsKey(key.asText())) {
                throw ApiException.invalidParameter("Task " + key.asText() + " is not a task of run " + run.path("run_id").asLong() + ".");
            }
            selected.add(key.asText());
        }
        if (request.path("rerun_all_failed_tasks").asBoolean(false)) {
            byKey.forEach((key, task) -> {
                String result = RunStates.result(task);
                if (!RunStates.SUCCESS_RESULTS.contains(result == null ? "" : result) && !"EXCLUDED".equals(result)) {
                    selected.add(key);
                }
            });
        }
        if (selected.isEmpty()) {
            throw ApiException.invalidParameter(request.has("rerun_tasks") || request.path("rerun_all_failed_tasks").asBoolean(false)
                    ? "There are no tasks to repair in run " + run.path("run_id").asLong() + "."
                    : "Either rerun_tasks or rerun_all_failed_tasks must be given.");
        }
        if (request.path("rerun_dependent_tasks").asBoolean(false) || request.path("rerun_all_failed_tasks").asBoolean(false)) {
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Map.Entry<String, JsonNode> entry : byKey.entrySet()) {
                    if (selected.contains(entry.getKey())) {
                        continue;
                    }
                    for (JsonNode dependency : entry.getValue().path("depends_on")) {
                        if (selected.contains(dependency.path("task_key").asText())) {
                            selected.add(entry.getKey());
                            grew = true;
                            break;
                        }
                    }
                }
            }
        }
        return selected;
    }

    /** Closes the run's open repair entry (if it is being repaired) with the run's end and state. */
    static void closeEntry(ObjectNode run, long end) {
        JsonNode repairId = run.path(RunViews.LOCAL).path("repair_id");
        if (repairId.isMissingNode()) {
            return;
        }
        for (JsonNode entry : run.path("repair_history")) {
            if (entry.path("id").asLong() == repairId.asLong()) {
                ObjectNode repair = (ObjectNode) entry;
                repair.put("end_time", end);
                repair.set("state", run.path("state").deepCopy());
                repair.set("status", RunStates.status(run.path("state")));
                ArrayNode ids = repair.putArray("task_run_ids");
                run.path("tasks").forEach(task -> {
                    if (task.path("start_time").asLong(0) >= repair.path("start_time").asLong()) {
                        ids.add(task.path("run_id").asLong());
                    }
                });
            }
        }
    }
}
