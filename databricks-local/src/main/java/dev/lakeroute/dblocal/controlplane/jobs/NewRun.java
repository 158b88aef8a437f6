package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.Ids;

/** What a new run is made of; job runs and one-time (submit) runs alike. */
record NewRun(long jobId, String runName, String runType, String trigger, ArrayNode tasks, ArrayNode jobClusters,
              long timeoutSeconds, ObjectNode overridingParameters, ArrayNode jobParameters, String user,
              boolean submit, JsonNode gitSource) {

    /** The run's first document: PENDING, each task PENDING with its own task run id and page. */
    ObjectNode document(long runId, long now, String baseUrl) {
        ObjectNode run = Json.object()
                .put("job_id", jobId)
                .put("run_id", runId)
                .put("number_in_job", runId)
                .put("original_attempt_run_id", runId)
                .put("creator_user_name", user)
                .put("run_name", runName)
                .put("run_type", runType)
                .put("trigger", trigger)
                .put("format", "MULTI_TASK")
                .put("run_page_url", pageUrl(baseUrl, runId))
                .put("start_time", now)
                .put("setup_duration", 0)
                .put("execution_duration", 0)
                .put("cleanup_duration", 0)
                .put("attempt_number", 0);
        run.set("state", RunStates.state(RunStates.PENDING, null, "", false));
        ArrayNode runTasks = run.putArray("tasks");
        for (JsonNode spec : tasks) {
            ObjectNode task = spec.deepCopy();
            long taskRunId = Ids.numeric();
            task.put("run_id", taskRunId).put("attempt_number", 0)
                    .put("run_page_url", pageUrl(baseUrl, taskRunId));
            if (!task.has("run_if")) {
                task.put("run_if", "ALL_SUCCESS");
            }
            task.set("state", RunStates.state(RunStates.PENDING, null, "", false));
            runTasks.add(task);
        }
        if (!jobClusters.isEmpty()) {
            run.set("job_clusters", jobClusters);
        }
        if (overridingParameters != null && !overridingParameters.isEmpty()) {
            run.set("overriding_parameters", overridingParameters);
        }
        if (jobParameters != null && !jobParameters.isEmpty()) {
            run.set("job_parameters", jobParameters);
        }
        if (gitSource != null) {
            run.set("git_source", gitSource);
        }
        run.putObject(RunViews.LOCAL).put("timeout_seconds", timeoutSeconds).put("submit", submit);
        return run;
    }

    private String pageUrl(String baseUrl, long runId) {
        return baseUrl + (submit ? "/?o=0#job/" : "/#job/") + jobId + "/run/" + runId;
    }
}
