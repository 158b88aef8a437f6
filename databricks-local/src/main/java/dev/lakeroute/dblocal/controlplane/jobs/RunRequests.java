package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterRegistry;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.Ids;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns {@code run-now} and {@code runs/submit} requests into runs: parameters, task selection, and
 * {@link IdempotencyTokens} (the same token answers the run it started, without a second run).
 */
final class RunRequests {
    static final List<String> OVERRIDE_FIELDS = List.of("jar_params", "notebook_params", "python_params", "python_named_params",
            "spark_submit_params", "sql_params", "dbt_commands", "pipeline_params");

    private final JobStore jobs;
    private final RunEngine engine;
    private final ClusterRegistry clusters;
    private final IdempotencyTokens tokens;

    RunRequests(JobStore jobs, RunStore runs, RunEngine engine, ClusterRegistry clusters) {
        this.jobs = jobs;
        this.engine = engine;
        this.clusters = clusters;
        this.tokens = new IdempotencyTokens(runs);
    }

    /** {@code run-now}: answers the run id (the existing one for a repeated idempotency token). */
    long runNow(long jobId, JsonNode body, String user, String trigger) {
        ObjectNode job = jobs.require(jobId);
        JsonNode settings = job.path("settings");
        ArrayNode tasks = JobSettingsRules.tasksOf(settings);
        if (body.has("only") && body.get("only").isArray() && !body.get("only").isEmpty()) {
            tasks = only(tasks, body.get("only"));
        }
        ObjectNode overrides = Json.object();
        OVERRIDE_FIELDS.forEach(field -> {
            if (body.hasNonNull(field)) {
                overrides.set(field, body.get(field).deepCopy());
            }
        });
        ArrayNode jobParameters = jobParameters(settings.path("parameters"), body.path("job_parameters"));
        NewRun request = new NewRun(jobId, settings.path("name").asText("Untitled"), "JOB_RUN", trigger, tasks,
                settings.has("job_clusters") ? (ArrayNode) settings.get("job_clusters").deepCopy() : Json.array(),
                settings.path("timeout_seconds").asLong(0), overrides, jobParameters, user, false,
                settings.has("git_source") ? settings.get("git_source").deepCopy() : null);
        return start(request, IdempotencyTokens.key(body, "run-now:" + jobId));
    }

    /** {@code runs/submit}: a one-time run of the given tasks, under a one-time job id. */
    long submit(JsonNode body, String user) {
        ArrayNode tasks = body.has("tasks") ? (ArrayNode) body.get("tasks").deepCopy() : JobSettingsRules.tasksOf(body);
        if (tasks.isEmpty()) {
            throw ApiException.invalidParameter("A run needs at least one task: give tasks (or a task type such as spark_python_task).");
        }
        JobSettingsRules.validateTasks(tasks, Json.array(), clusters, true);
        long timeout = body.path("timeout_seconds").asLong(0);
        if (timeout < 0) {
            throw ApiException.invalidParameter("timeout_seconds must not be negative");
        }
        NewRun request = new NewRun(Ids.numeric(), body.path("run_name").asText("Untitled"), "SUBMIT_RUN", "ONE_TIME",
                tasks, Json.array(), timeout, null, null, user, true, body.has("git_source") ? body.get("git_source").deepCopy() : null);
        return start(request, IdempotencyTokens.key(body, "submit"));
    }

    private long start(NewRun request, Optional<String> tokenKey) {
        return tokens.start(tokenKey, Ids.numeric(), runId -> engine.create(request, runId));
    }

    private static ArrayNode only(ArrayNode tasks, JsonNode only) {
        Set<String> keep = new HashSet<>();
        only.forEach(key -> keep.add(key.asText()));
        Set<String> known = new HashSet<>();
        tasks.forEach(task -> known.add(task.path("task_key").asText()));
        for (String key : keep) {
            if (!known.contains(key)) {
                throw ApiException.invalidParameter("Task " + key + " given in only is not a task of this job.");
            }
        }
        ArrayNode selected = Json.array();
        for (JsonNode task : tasks) {
            if (!keep.contains(task.path("task_key").asText())) {
                continue;
            }
            ObjectNode copy = task.deepCopy();
            if (copy.has("depends_on")) {
                ArrayNode deps = Json.array();
                copy.get("depends_on").forEach(dep -> {
                    if (keep.contains(dep.path("task_key").asText())) {
                        deps.add(dep);
                    }
                });
                copy.set("depends_on", deps);
            }
            selected.add(copy);
        }
        return selected;
    }

    private static ArrayNode jobParameters(JsonNode definitions, JsonNode values) {
        Map<String, ObjectNode> parameters = new LinkedHashMap<>();
        for (JsonNode definition : definitions) {
            String name = definition.path("name").asText();
            ObjectNode parameter = Json.object().put("name", name).put("default", definition.path("default").asText(""));
            parameter.put("value", definition.path("default").asText(""));
            parameters.put(name, parameter);
        }
        values.fields().forEachRemaining(field -> parameters
                .computeIfAbsent(field.getKey(), name -> Json.object().put("name", name))
                .put("value", field.getValue().asText()));
        ArrayNode result = Json.array();
        parameters.values().forEach(result::add);
        return result;
    }
}
