package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterRegistry;
import dev.lakeroute.dblocal.controlplane.clusters.PageToken;
import dev.lakeroute.dblocal.controlplane.libraries.LibraryRegistry;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiFamily;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.Json;
import io.vertx.core.http.HttpMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/** Jobs API on {@code /api/2.0}, {@code /api/2.1} and {@code /api/2.2}: jobs and their runs. */
public final class JobsApi implements ApiFamily {
    private static final Set<String> VERSIONS = ApiRoutes.versions("2.0", "2.1", "2.2");
    private static final int DEFAULT_JOBS_LIMIT = 20;
    private static final int MAX_JOBS_LIMIT = 100;
    private static final int MAX_RUNS_LIMIT = 25;

    private final ClusterRegistry clusters;
    private final JobStore jobs;
    private final RunStore runs;
    private final RunEngine engine;
    private final RunRequests requests;

    /**
     * A Jobs API whose tasks run with {@code runners} on {@code clusters}, their libraries installed through
     * {@code libraries}. {@code run_job_task} is added here: it starts runs of this family's own jobs.
     */
    public JobsApi(ServerContext context, ClusterRegistry clusters, LibraryRegistry libraries, TaskRunners runners) {
        this.clusters = clusters;
        this.jobs = new JobStore(context.store().collection("jobs"), context.clock());
        this.runs = new RunStore(context.store());
        // The engine runs run_job_task, whose child runs it starts itself: the runner reaches the engine through this family.
        TaskRunner runJob = new RunJobTaskRunner(this::startChildRun, this::childCompletion, this::cancelChild);
        this.engine = new RunEngine(context, jobs, runs, clusters, libraries, runners.with(TaskTypes.RUN_JOB, runJob));
        this.requests = new RunRequests(jobs, runs, engine, clusters);
    }

    private long startChildRun(long jobId, ObjectNode parameters) {
        return requests.runNow(jobId, parameters, "databricks-local", "RUN_JOB_TASK");
    }

    private CompletableFuture<ObjectNode> childCompletion(long runId) {
        return engine.completion(runId);
    }

    private void cancelChild(long runId) {
        engine.cancel(runId);
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.handle(HttpMethod.POST, VERSIONS, "jobs/create", request -> {
            ObjectNode settings = JobSettingsRules.forCreate(request.body(), version(request));
            JobSettingsRules.validate(settings, clusters);
            return Json.object().put("job_id", jobs.create(settings, request.principal()).path("job_id").asLong());
        });
        routes.handle(HttpMethod.GET, VERSIONS, "jobs/get", request -> jobView(jobs.require(request.requireLong("job_id")), true));
        routes.handle(HttpMethod.GET, VERSIONS, "jobs/list", this::listJobs);
        routes.handle(HttpMethod.POST, VERSIONS, "jobs/update", request -> {
            long jobId = request.requireLong("job_id");
            JsonNode newSettings = request.field("new_settings").orElse(Json.object());
            JsonNode remove = request.field("fields_to_remove").orElse(Json.array());
            ObjectNode merged = JobSettingsRules.merge((ObjectNode) jobs.require(jobId).get("settings"), newSettings, remove);
            JobSettingsRules.validate(merged, clusters);
            jobs.updateSettings(jobId, current -> merged);
            return Json.object();
        });
        routes.handle(HttpMethod.POST, VERSIONS, "jobs/reset", request -> {
            long jobId = request.requireLong("job_id");
            jobs.require(jobId);
            JsonNode newSettings = request.field("new_settings").orElseThrow(() -> ApiException.missingField("new_settings"));
            ObjectNode settings = JobSettingsRules.forCreate(newSettings, version(request));
            JobSettingsRules.validate(settings, clusters);
            jobs.updateSettings(jobId, current -> settings);
            return Json.object();
        });
        routes.handle(HttpMethod.POST, VERSIONS, "jobs/delete", request -> {
            long jobId = request.requireLong("job_id");
            jobs.delete(jobId);
            engine.activeRunsOf(jobId, false).forEach(engine::cancel);
            return Json.object();
        });
        routes.handle(HttpMethod.POST, VERSIONS, "jobs/run-now", request -> {
            long runId = requests.runNow(request.requireLong("job_id"), request.body(), request.principal(), "ONE_TIME");
            return Json.object().put("run_id", runId).put("number_in_job", runId);
        });
        routes.handle(HttpMethod.POST, VERSIONS, "jobs/runs/submit", request ->
                Json.object().put("run_id", requests.submit(request.body(), request.principal())));
        routes.handle(HttpMethod.GET, VERSIONS, "jobs/runs/get", request -> {
            long runId = request.requireLong("run_id");
            boolean history = request.bool("include_history", false);
            // The view is built from the stored run directly: it copies what it answers, once.
            Optional<ObjectNode> run = runs.read(runId, stored -> RunViews.run((ObjectNode) stored, true, history || stored.has("repair_history")));
            if (run.isPresent()) {
                return run.get();
            }
            ObjectNode parent = parentOf(runId);
            return RunViews.taskAsRun(parent, taskRun(parent, runId));
        });
        routes.handle(HttpMethod.GET, VERSIONS, "jobs/runs/list", this::listRuns);
        routes.handle(HttpMethod.POST, VERSIONS, "jobs/runs/cancel", request -> {
            long runId = request.requireLong("run_id");
            engine.cancel(runs.find(runId).isPresent() ? runId : parentOf(runId).path("run_id").asLong());
            return Json.object();
        });
        routes.handle(HttpMethod.POST, VERSIONS, "jobs/runs/cancel-all", request -> {
            Optional<Long> jobId = request.longValue("job_id");
            boolean queued = request.bool("all_queued_runs", false);
            if (jobId.isEmpty() && !queued) {
                throw ApiException.invalidParameter("Either job_id or all_queued_runs must be given.");
            }
            jobId.ifPresent(jobs::require);
            engine.activeRunsOf(jobId.orElse(null), jobId.isEmpty()).forEach(engine::cancel);
            return Json.object();
        });
        routes.handle(HttpMethod.GET, VERSIONS, "jobs/runs/get-output", this::output);
        routes.handle(HttpMethod.POST, VERSIONS, "jobs/runs/delete", request -> {
            engine.delete(request.requireLong("run_id"));
            return Json.object();
        });
        routes.handle(HttpMethod.POST, VERSIONS, "jobs/runs/repair", request ->
                Json.object().put("repair_id", engine.repair(request.requireLong("run_id"), request.body())));
        routes.handle(HttpMethod.GET, VERSIONS, "jobs/runs/export", request -> {
            long runId = request.requireLong("run_id");
            if (runs.find(runId).isEmpty()) {
                parentOf(runId);
            }
            // Only notebook runs have exportable views (rendered HTML); none are rendered here.
            return Json.object().set("views", Json.array());
        });
    }

    private static String version(ApiRequest request) {
        String path = request.path();
        return path.startsWith("/api/2.0/") ? "2.0" : path.startsWith("/api/2.1/") ? "2.1" : "2.2";
    }

    private static ObjectNode jobView(ObjectNode job, boolean withTasks) {
        if (!withTasks) {
            ObjectNode settings = (ObjectNode) job.get("settings");
            settings.remove("tasks");
            settings.remove("job_clusters");
        }
        return job;
    }

    private ObjectNode listJobs(ApiRequest request) {
        String name = request.string("name").orElse(null);
        boolean expand = request.bool("expand_tasks", false);
        List<ObjectNode> all = new ArrayList<>();
        for (ObjectNode job : jobs.list()) {
            if (name == null || name.equalsIgnoreCase(job.path("settings").path("name").asText())) {
                all.add(job);
            }
        }
        int limit = limit(request, DEFAULT_JOBS_LIMIT, MAX_JOBS_LIMIT);
        long offset = offset(request);
        ArrayNode page = Json.array();
        for (long i = offset; i < all.size() && i < offset + limit; i++) {
            page.add(jobView(all.get((int) i), expand));
        }
        ObjectNode response = Json.object();
        response.set("jobs", page);
        return paged(response, offset, limit, all.size());
    }

    private ObjectNode listRuns(ApiRequest request) {
        boolean activeOnly = request.bool("active_only", false);
        boolean completedOnly = request.bool("completed_only", false);
        if (activeOnly && completedOnly) {
            throw ApiException.invalidParameter("active_only and completed_only cannot both be true.");
        }
        Optional<Long> jobId = request.longValue("job_id");
        Optional<String> runType = request.string("run_type");
        long from = request.longValue("start_time_from").orElse(0L);
        long to = request.longValue("start_time_to").orElse(Long.MAX_VALUE);
        boolean expand = request.bool("expand_tasks", false);
        Predicate<JsonNode> matches = run -> {
            boolean active = RunStates.ACTIVE.contains(RunStates.lifeCycle(run));
            return !(activeOnly && !active || completedOnly && active)
                    && (runType.isEmpty() || runType.get().equals(run.path("run_type").asText()));
        };
        int limit = limit(request, MAX_RUNS_LIMIT, MAX_RUNS_LIMIT);
        long offset = offset(request);
        RunStore.Page found = runs.page(jobId, from, to, matches, offset, limit);
        ArrayNode page = Json.array();
        found.runs().forEach(run -> page.add(RunViews.run(run, expand, false)));
        ObjectNode response = Json.object();
        response.set("runs", page);
        return paged(response, offset, limit, found.hasMore());
    }

    private ObjectNode output(ApiRequest request) {
        long runId = request.requireLong("run_id");
        Optional<ObjectNode> run = runs.find(runId);
        ObjectNode parent;
        JsonNode task;
        if (run.isPresent()) {
            parent = run.get();
            if (parent.path("tasks").size() != 1) {
                throw ApiException.invalidParameter("Retrieving the output of runs with multiple tasks is not supported. "
                        + "Please retrieve the output of each individual task run instead.");
            }
            task = parent.path("tasks").get(0);
        } else {
            parent = parentOf(runId);
            task = taskRun(parent, runId);
        }
        ObjectNode response = Json.object();
        response.set("metadata", RunViews.taskAsRun(parent, task));
        runs.output(task.path("run_id").asLong()).ifPresent(response::setAll);
        return response;
    }

    private ObjectNode parentOf(long taskRunId) {
        return runs.parentOf(taskRunId).flatMap(runs::find).orElseThrow(() -> RunStore.doesNotExist(taskRunId));
    }

    /** The task run with this id; earlier attempts (retries, repairs) are answered by the task's current entry. */
    private static JsonNode taskRun(ObjectNode parent, long taskRunId) {
        for (JsonNode task : parent.path("tasks")) {
            if (task.path("run_id").asLong() == taskRunId) {
                return task;
            }
        }
        for (JsonNode repair : parent.path("repair_history")) {
            List<Long> ids = new ArrayList<>();
            repair.path("task_run_ids").forEach(id -> ids.add(id.asLong()));
            int index = ids.indexOf(taskRunId);
            if (index >= 0 && index < parent.path("tasks").size()) {
                ObjectNode old = parent.path("tasks").get(index).deepCopy();
                old.put("run_id", taskRunId);
                old.set("state", repair.path("state").deepCopy());
                return old;
            }
        }
        throw RunStore.doesNotExist(taskRunId);
    }

    private static int limit(ApiRequest request, int fallback, int max) {
        long limit = request.longValue("limit").orElse((long) fallback);
        if (limit < 0) {
            throw ApiException.invalidParameter("limit must not be negative, was " + limit);
        }
        return limit == 0 ? max : (int) Math.min(limit, max);
    }

    private static long offset(ApiRequest request) {
        Optional<String> token = request.string("page_token").filter(value -> !value.isEmpty());
        if (token.isPresent()) {
            return PageToken.offset(token.get());
        }
        long offset = request.longValue("offset").orElse(0L);
        if (offset < 0) {
            throw ApiException.invalidParameter("offset must not be negative, was " + offset);
        }
        return offset;
    }

    private static ObjectNode paged(ObjectNode response, long offset, int limit, int total) {
        return paged(response, offset, limit, offset + limit < total);
    }

    private static ObjectNode paged(ObjectNode response, long offset, int limit, boolean more) {
        response.put("has_more", more);
        if (more) {
            response.put("next_page_token", PageToken.of(offset + limit));
        }
        if (offset > 0) {
            response.put("prev_page_token", PageToken.of(Math.max(0, offset - limit)));
        }
        return response;
    }
}
