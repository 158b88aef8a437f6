package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Runs as the API shows them: the stored run without bookkeeping, with {@code status} next to each {@code state}. */
final class RunViews {
    static final String LOCAL = "_local";

    private RunViews() {
    }

    static ObjectNode run(ObjectNode stored, boolean includeTasks, boolean includeHistory) {
        ObjectNode run = stored.deepCopy();
        run.remove(LOCAL);
        run.set("status", RunStates.status(run.path("state")));
        if (!includeTasks) {
            run.remove("tasks");
            run.remove("job_clusters");
        } else {
            run.path("tasks").forEach(task -> decorateTask((ObjectNode) task));
        }
        if (!includeHistory) {
            run.remove("repair_history");
        }
        return run;
    }

    private static void decorateTask(ObjectNode task) {
        task.remove(LOCAL);
        task.set("status", RunStates.status(task.path("state")));
    }

    /** A task run shown on its own ({@code runs/get} or {@code get-output} metadata for a task run id). */
    static ObjectNode taskAsRun(ObjectNode run, JsonNode task) {
        ObjectNode view = task.deepCopy();
        decorateTask(view);
        view.put("job_id", run.path("job_id").asLong());
        view.put("run_name", run.path("run_name").asText());
        view.put("number_in_job", task.path("run_id").asLong());
        view.put("original_attempt_run_id", task.path("run_id").asLong());
        view.put("creator_user_name", run.path("creator_user_name").asText());
        view.put("run_type", run.path("run_type").asText());
        view.put("job_run_id", run.path("run_id").asLong());
        view.put("format", "MULTI_TASK");
        return view;
    }
}
