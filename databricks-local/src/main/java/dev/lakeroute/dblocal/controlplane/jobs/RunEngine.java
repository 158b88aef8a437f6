package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterInfo;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterRegistry;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterSource;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterSpecs;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterState;
import dev.lakeroute.dblocal.controlplane.clusters.TerminationReason;
import dev.lakeroute.dblocal.controlplane.libraries.LibraryRegistry;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs jobs: admits runs against {@code max_concurrent_runs} (queueing or skipping), walks each run's
 * task DAG, gets tasks their clusters, hands them to the {@link TaskRunner} of their type, and settles
 * the run's state from its tasks'. Every decision about a run is taken while holding that run's
 * {@link ActiveRun}, and its document is rewritten under that lock; work itself runs asynchronously.
 *
 * <p>Writes to disk are what a run costs (a file replaced per write), so steps that are about to be
 * superseded are {@linkplain RunStore#updateDeferred deferred} and written when the run goes on to wait
 * for something — a cluster, a running task, a retry delay — or when it ends. A run whose tasks finish
 * at once (condition tasks) is written twice: created and finished. A restart turns active runs into
 * internal errors, so a deferred step lost with the process changes nothing a client is answered.
 */
final class RunEngine {
    private static final Logger LOG = LoggerFactory.getLogger(RunEngine.class);
    static final String RESTART_MESSAGE = "databricks-local restarted while the run was active";

    /** What a new run is made of; job runs and one-time (submit) runs alike. */
    record NewRun(long jobId, String runName, String runType, String trigger, ArrayNode tasks, ArrayNode jobClusters,
                  long timeoutSeconds, ObjectNode overridingParameters, ArrayNode jobParameters, String user,
                  boolean submit, JsonNode gitSource) {
    }

    /** In-memory state of a run being executed. */
    private static final class ActiveRun {
        final long runId;
        final long jobId;
        final Set<String> started = new HashSet<>();
        final Map<String, CompletableFuture<?>> stages = new HashMap<>();
        final Set<String> timedOutTasks = new HashSet<>();
        final Map<String, CompletableFuture<ClusterInfo>> jobClusters = new HashMap<>();
        final List<String> runClusters = new ArrayList<>();
        String stopReason;
        boolean finishing;

        ActiveRun(long runId, long jobId) {
            this.runId = runId;
            this.jobId = jobId;
        }
    }

    private final ServerContext context;
    private final JobStore jobs;
    private final RunStore runs;
    private final ClusterRegistry clusters;
    private final LibraryRegistry libraries;
    private final TaskRunners runners;
    private final Executor executor = ClusterRegistry.workers("databricks-local-jobs");
    private final Map<Long, ActiveRun> active = new ConcurrentHashMap<>();
    private final Map<Long, CompletableFuture<ObjectNode>> completions = new ConcurrentHashMap<>();
    private final Map<Long, ArrayDeque<Long>> queues = new HashMap<>();
    private final Object admission = new Object();

    RunEngine(ServerContext context, JobStore jobs, RunStore runs, ClusterRegistry clusters, LibraryRegistry libraries, TaskRunners runners) {
        this.context = context;
        this.jobs = jobs;
        this.runs = runs;
        this.clusters = clusters;
        this.libraries = libraries;
        this.runners = runners;
        recoverAfterRestart();
    }

    // ---- starting runs --------------------------------------------------------------------------

    /** Creates the run {@code runId} and admits it; answers at once, the run proceeds in the background. */
    ObjectNode create(NewRun request, long runId) {
        long now = context.clock().millis();
        ObjectNode run = Json.object()
                .put("job_id", request.jobId())
                .put("run_id", runId)
                .put("number_in_job", runId)
                .put("original_attempt_run_id", runId)
                .put("creator_user_name", request.user())
                .put("run_name", request.runName())
                .put("run_type", request.runType())
                .put("trigger", request.trigger())
                .put("format", "MULTI_TASK")
                .put("run_page_url", pageUrl(request.jobId(), runId, request.submit()))
                .put("start_time", now)
                .put("setup_duration", 0)
                .put("execution_duration", 0)
                .put("cleanup_duration", 0)
                .put("attempt_number", 0);
        run.set("state", RunStates.state(RunStates.PENDING, null, "", false));
        ArrayNode tasks = run.putArray("tasks");
        for (JsonNode spec : request.tasks()) {
            ObjectNode task = spec.deepCopy();
            long taskRunId = Ids.numeric();
            task.put("run_id", taskRunId).put("attempt_number", 0)
                    .put("run_page_url", pageUrl(request.jobId(), taskRunId, request.submit()));
            if (!task.has("run_if")) {
                task.put("run_if", "ALL_SUCCESS");
            }
            task.set("state", RunStates.state(RunStates.PENDING, null, "", false));
            tasks.add(task);
        }
        if (!request.jobClusters().isEmpty()) {
            run.set("job_clusters", request.jobClusters());
        }
        if (request.overridingParameters() != null && !request.overridingParameters().isEmpty()) {
            run.set("overriding_parameters", request.overridingParameters());
        }
        if (request.jobParameters() != null && !request.jobParameters().isEmpty()) {
            run.set("job_parameters", request.jobParameters());
        }
        if (request.gitSource() != null) {
            run.set("git_source", request.gitSource());
        }
        run.putObject(RunViews.LOCAL).put("timeout_seconds", request.timeoutSeconds()).put("submit", request.submit());
        runs.put(run);
        if (request.submit()) {
            // One-time runs have no job and so no max_concurrent_runs: nothing to decide under the admission lock.
            active.put(runId, new ActiveRun(runId, request.jobId()));
            begin(runId);
        } else {
            admit(runId);
        }
        return run;
    }

    private String pageUrl(long jobId, long runId, boolean submit) {
        return context.baseUrl().get() + (submit ? "/?o=0#job/" : "/#job/") + jobId + "/run/" + runId;
    }

    /** Starts the run, or queues or skips it when its job already runs {@code max_concurrent_runs} runs. */
    private void admit(long runId) {
        boolean begun = false;
        synchronized (admission) {
            ObjectNode run = runs.require(runId);
            long jobId = run.path("job_id").asLong();
            boolean submit = run.path(RunViews.LOCAL).path("submit").asBoolean(false);
            Optional<ObjectNode> job = submit ? Optional.empty() : jobs.find(jobId);
            if (job.isPresent()) {
                JsonNode settings = job.get().path("settings");
                long limit = settings.path("max_concurrent_runs").asLong(1);
                long running = active.values().stream().filter(a -> a.jobId == jobId).count();
                if (running >= limit) {
                    if (settings.path("queue").path("enabled").asBoolean(false)) {
                        runs.update(runId, doc -> setState(doc, RunStates.state(RunStates.QUEUED, null,
                                "Queued due to reaching maximum concurrent runs of " + limit + ".", false)));
                        queues.computeIfAbsent(jobId, key -> new ArrayDeque<>()).add(runId);
                    } else {
                        String message = "Skipping this run because the limit of " + limit + " maximum concurrent runs has been reached.";
                        ObjectNode skipped = runs.update(runId, doc -> {
                            doc.put("end_time", context.clock().millis());
                            doc.path("tasks").forEach(task -> setState((ObjectNode) task,
                                    RunStates.state(RunStates.SKIPPED, "MAXIMUM_CONCURRENT_RUNS_REACHED", message, false)));
                            return setState(doc, RunStates.state(RunStates.SKIPPED, "MAXIMUM_CONCURRENT_RUNS_REACHED", message, false));
                        });
                        completion(runId).complete(skipped);
                    }
                    return;
                }
            }
            active.put(runId, new ActiveRun(runId, jobId));
            begun = true;
        }
        if (begun) {
            begin(runId);
        }
    }

    /** Starts an admitted run; a queued one leaves QUEUED first (a new run is PENDING already). */
    private void begin(long runId) {
        if (runs.read(runId, doc -> RunStates.QUEUED.equals(RunStates.lifeCycle(doc))).orElse(false)) {
            runs.update(runId, doc -> setState(doc, RunStates.state(RunStates.PENDING, null, "", false)));
        }
        long timeout = runs.read(runId, doc -> doc.path(RunViews.LOCAL).path("timeout_seconds").asLong(0)).orElse(0L);
        if (timeout > 0) {
            later(TimeUnit.SECONDS.toMillis(timeout), () -> stop(runId, "TIMEDOUT"));
        }
        execute(() -> advance(runId));
    }

    private void promoteQueued(long jobId) {
        List<Long> toAdmit = new ArrayList<>();
        synchronized (admission) {
            ArrayDeque<Long> queue = queues.get(jobId);
            if (queue == null) {
                return;
            }
            Optional<ObjectNode> job = jobs.find(jobId);
            long limit = job.map(j -> j.path("settings").path("max_concurrent_runs").asLong(1)).orElse(1L);
            long running = active.values().stream().filter(a -> a.jobId == jobId).count();
            while (!queue.isEmpty() && running < limit) {
                long next = queue.poll();
                active.put(next, new ActiveRun(next, jobId));
                toAdmit.add(next);
                running++;
            }
            if (queue.isEmpty()) {
                queues.remove(jobId);
            }
        }
        toAdmit.forEach(this::begin);
    }

    /** Completes when the run has finished (terminated, skipped or failed internally), with the run document. */
    CompletableFuture<ObjectNode> completion(long runId) {
        CompletableFuture<ObjectNode> future = completions.computeIfAbsent(runId, key -> new CompletableFuture<>());
        runs.find(runId).filter(RunStates::isFinal).ifPresent(future::complete);
        future.whenComplete((run, error) -> completions.remove(runId, future));
        return future;
    }

    /** Hands the finished run to whoever waits for it; later {@link #completion} calls find it final in the store. */
    private void completed(long runId, ObjectNode run) {
        CompletableFuture<ObjectNode> waiting = completions.remove(runId);
        if (waiting != null) {
            waiting.complete(run);
        }
    }

    boolean isActive(long runId) {
        return active.containsKey(runId);
    }

    // ---- the DAG --------------------------------------------------------------------------------

    private void advance(long runId) {
        ActiveRun run = active.get(runId);
        if (run == null || context.closed()) {
            return;
        }
        List<String> toStart = new ArrayList<>();
        boolean[] open = {false};
        boolean finish;
        synchronized (run) {
            if (run.finishing) {
                return;
            }
            runs.updateDeferred(runId, doc -> {
                open[0] = settleTasks(run, doc, toStart);
                return doc;
            });
            finish = !open[0] && run.stages.isEmpty() && toStart.isEmpty();
            if (finish) {
                run.finishing = true;
            }
        }
        toStart.forEach(key -> startTask(run, key));
        if (finish) {
            finish(run);
        } else if (toStart.isEmpty()) {
            runs.flush(runId);
        }
    }

    /**
     * One step of the DAG on the run's document: skips what can no longer run, adds the tasks whose
     * upstreams allow them to {@code toStart}; answers whether any task is still open.
     */
    private boolean settleTasks(ActiveRun run, ObjectNode doc, List<String> toStart) {
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
                    setState(task, RunStates.state(RunStates.SKIPPED, "UPSTREAM_CANCELED",
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
                    long now = context.clock().millis();
                    task.put("start_time", now).put("end_time", now);
                    setState(task, RunStates.state(RunStates.SKIPPED, decision.resultState(), decision.message(), false));
                    changed = true;
                }
            }
        }
        return byKey.values().stream().anyMatch(task -> !RunStates.isFinal(task));
    }

    private void startTask(ActiveRun run, String key) {
        ObjectNode doc;
        ObjectNode task;
        String type;
        TaskRunner runner;
        boolean needsCluster;
        synchronized (run) {
            task = runs.read(run.runId, current -> findTask(current, key).deepCopy()).orElseThrow(() -> RunStore.doesNotExist(run.runId));
            type = TaskTypes.of(task).orElse("unknown_task");
            runner = runners.runnerFor(type);
            needsCluster = runner.needsCluster() && !TaskTypes.CLUSTERLESS.contains(type) && hasCompute(task);
            doc = needsCluster ? runs.require(run.runId) : null;
            long now = context.clock().millis();
            // The task starts, and one that needs no cluster runs at once (so does its run).
            runs.updateDeferred(run.runId, current -> {
                ObjectNode t = findTask(current, key);
                t.put("start_time", now);
                if (needsCluster) {
                    setState(t, RunStates.state(RunStates.PENDING, null, "Waiting for cluster", false));
                } else {
                    t.put("setup_duration", 0);
                    setState(t, RunStates.state(RunStates.RUNNING, null, "In run", false));
                    runningIfPending(current);
                }
                return current;
            });
        }
        long timeout = task.path("timeout_seconds").asLong(0);
        if (timeout > 0) {
            later(TimeUnit.SECONDS.toMillis(timeout), () -> timeOutTask(run, key, task.path("run_id").asLong()));
        }
        String[] ownCluster = new String[1];
        Runnable[] release = new Runnable[1];
        CompletableFuture<Optional<ClusterInfo>> clusterStage;
        try {
            clusterStage = needsCluster ? acquireCluster(run, doc, task, ownCluster) : CompletableFuture.completedFuture(Optional.empty());
        } catch (RuntimeException e) {
            clusterStage = CompletableFuture.failedFuture(e);
        }
        synchronized (run) {
            run.stages.put(key, clusterStage);
            if (run.stopReason != null) {
                clusterStage.cancel(true);
            }
        }
        if (!clusterStage.isDone()) {
            runs.flush(run.runId);
        }
        clusterStage.thenComposeAsync(cluster -> {
            cluster.ifPresent(c -> release[0] = clusters.markBusy(c.clusterId()));
            CompletableFuture<TaskOutcome> outcome;
            synchronized (run) {
                if (run.stopReason != null || run.timedOutTasks.contains(key)) {
                    throw new CancellationException("stopped");
                }
                long now = context.clock().millis();
                if (cluster.isPresent()) {
                    ClusterInfo c = cluster.get();
                    runs.updateDeferred(run.runId, current -> {
                        ObjectNode t = findTask(current, key);
                        t.put("setup_duration", now - t.path("start_time").asLong(now));
                        ObjectNode instance = t.putObject("cluster_instance").put("cluster_id", c.clusterId());
                        if (c.sparkContextId() != null) {
                            instance.put("spark_context_id", Long.toString(c.sparkContextId()));
                        }
                        setState(t, RunStates.state(RunStates.RUNNING, null, "In run", false));
                        return runningIfPending(current);
                    });
                }
                TaskContext taskContext = taskContext(run, key, type, cluster);
                try {
                    outcome = runner.run(taskContext);
                } catch (RuntimeException e) {
                    outcome = CompletableFuture.failedFuture(e);
                }
                run.stages.put(key, outcome);
            }
            if (!outcome.isDone()) {
                runs.flush(run.runId);
            }
            return outcome;
        }, executor).whenCompleteAsync((outcome, error) -> {
            if (release[0] != null) {
                release[0].run();
            }
            if (ownCluster[0] != null) {
                terminateQuietly(ownCluster[0]);
            }
            completeTask(run, key, outcome, error);
        }, executor);
    }

    private static boolean hasCompute(JsonNode task) {
        return task.hasNonNull("existing_cluster_id") || task.hasNonNull("new_cluster") || task.hasNonNull("job_cluster_key");
    }

    private CompletableFuture<Optional<ClusterInfo>> acquireCluster(ActiveRun run, ObjectNode doc, ObjectNode task, String[] ownCluster) {
        String user = doc.path("creator_user_name").asText();
        JsonNode taskLibraries = task.path("libraries");
        if (task.hasNonNull("existing_cluster_id")) {
            String clusterId = task.get("existing_cluster_id").asText();
            ClusterInfo cluster = clusters.find(clusterId).orElseThrow(() -> new IllegalStateException("Cluster " + clusterId + " does not exist"));
            if (cluster.state() == ClusterState.TERMINATED || cluster.state() == ClusterState.ERROR) {
                try {
                    clusters.start(clusterId, user);
                } catch (ApiException e) {
                    LOG.debug("Cluster {} was started by someone else: {}", clusterId, e.getMessage());
                }
            }
            installLibraries(clusterId, taskLibraries);
            return clusters.awaitRunning(clusterId).thenApply(Optional::of);
        }
        if (task.hasNonNull("new_cluster")) {
            ClusterInfo cluster = createJobCluster(doc, task.get("new_cluster"), user,
                    "job-" + doc.path("job_id").asLong() + "-run-" + task.path("run_id").asLong());
            ownCluster[0] = cluster.clusterId();
            installLibraries(cluster.clusterId(), taskLibraries);
            return clusters.awaitRunning(cluster.clusterId()).thenApply(Optional::of);
        }
        String clusterKey = task.get("job_cluster_key").asText();
        CompletableFuture<ClusterInfo> shared;
        synchronized (run) {
            shared = run.jobClusters.computeIfAbsent(clusterKey, key -> {
                JsonNode spec = null;
                for (JsonNode jobCluster : doc.path("job_clusters")) {
                    if (key.equals(jobCluster.path("job_cluster_key").asText())) {
                        spec = jobCluster.path("new_cluster");
                    }
                }
                if (spec == null || spec.isMissingNode()) {
                    return CompletableFuture.failedFuture(new IllegalStateException("Job cluster " + key + " is not defined in job_clusters"));
                }
                ClusterInfo cluster = createJobCluster(doc, spec, user, "job-" + doc.path("job_id").asLong() + "-run-" + run.runId + "-" + key);
                run.runClusters.add(cluster.clusterId());
                return clusters.awaitRunning(cluster.clusterId());
            });
        }
        return shared.thenApply(cluster -> {
            installLibraries(cluster.clusterId(), taskLibraries);
            return Optional.of(clusters.find(cluster.clusterId()).orElse(cluster));
        });
    }

    private ClusterInfo createJobCluster(ObjectNode run, JsonNode spec, String user, String name) {
        ObjectNode validated = ClusterSpecs.validated(spec);
        validated.put("cluster_name", name);
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("JobId", Long.toString(run.path("job_id").asLong()));
        tags.put("RunName", run.path("run_name").asText());
        return clusters.create(validated, user, ClusterSource.JOB, tags);
    }

    private void installLibraries(String clusterId, JsonNode taskLibraries) {
        if (taskLibraries.isArray() && !taskLibraries.isEmpty()) {
            libraries.install(clusterId, taskLibraries);
        }
    }

    private void terminateQuietly(String clusterId) {
        try {
            clusters.terminate(clusterId, TerminationReason.jobFinished(), null);
        } catch (ApiException e) {
            LOG.debug("Job cluster {} is gone already: {}", clusterId, e.getMessage());
        }
    }

    private TaskContext taskContext(ActiveRun run, String key, String type, Optional<ClusterInfo> cluster) {
        return runs.read(run.runId, doc -> taskContext(run, doc, key, type, cluster)).orElseThrow(() -> RunStore.doesNotExist(run.runId));
    }

    /** Reads the stored run without changing it: everything the task gets is copied or derived. */
    private TaskContext taskContext(ActiveRun run, JsonNode doc, String key, String type, Optional<ClusterInfo> cluster) {
        ObjectNode task = findTask(doc, key);
        Map<String, String> jobParameters = new LinkedHashMap<>();
        doc.path("job_parameters").forEach(p -> jobParameters.put(p.path("name").asText(),
                p.has("value") ? p.path("value").asText() : p.path("default").asText("")));
        Map<String, String> values = new HashMap<>();
        values.put("job.id", Long.toString(run.jobId));
        values.put("job.run_id", Long.toString(run.runId));
        values.put("run_id", Long.toString(run.runId));
        values.put("parent_run_id", Long.toString(run.runId));
        values.put("job.name", doc.path("run_name").asText());
        values.put("job.start_time.timestamp_ms", Long.toString(doc.path("start_time").asLong()));
        values.put("task.name", key);
        values.put("task.run_id", Long.toString(task.path("run_id").asLong()));
        jobParameters.forEach((name, value) -> values.put("job.parameters." + name, value));
        ObjectNode effective = withOverrides(task, type, doc.path("overriding_parameters"));
        effective = (ObjectNode) DynamicValues.resolve(effective, values);
        long taskRunId = task.path("run_id").asLong();
        Path workDir = context.store().tempDir().resolve("job-runs").resolve(Long.toString(taskRunId));
        return new TaskContext(run.runId, taskRunId, run.jobId, key, type, effective, cluster, task.path("attempt_number").asInt(0),
                workDir, Map.copyOf(jobParameters), context);
    }

    /** run-now parameters replace or extend the task's own, by task type, as Databricks applies them. */
    private static ObjectNode withOverrides(ObjectNode task, String type, JsonNode overrides) {
        ObjectNode effective = task.deepCopy();
        if (overrides.isMissingNode() || !effective.has(type)) {
            return effective;
        }
        ObjectNode settings = (ObjectNode) effective.get(type);
        switch (type) {
            case "spark_python_task", "python_wheel_task" -> {
                if (overrides.has("python_params")) {
                    settings.set("parameters", overrides.get("python_params").deepCopy());
                }
                if (type.equals("python_wheel_task") && overrides.has("python_named_params")) {
                    settings.set("named_parameters", overrides.get("python_named_params").deepCopy());
                }
            }
            case "spark_jar_task" -> {
                if (overrides.has("jar_params")) {
                    settings.set("parameters", overrides.get("jar_params").deepCopy());
                }
            }
            case "spark_submit_task" -> {
                if (overrides.has("spark_submit_params")) {
                    settings.set("parameters", overrides.get("spark_submit_params").deepCopy());
                }
            }
            case "notebook_task" -> {
                if (overrides.has("notebook_params")) {
                    settings.with("base_parameters").setAll((ObjectNode) overrides.get("notebook_params").deepCopy());
                }
            }
            case "sql_task" -> {
                if (overrides.has("sql_params")) {
                    settings.with("parameters").setAll((ObjectNode) overrides.get("sql_params").deepCopy());
                }
            }
            default -> {
            }
        }
        return effective;
    }

    private void completeTask(ActiveRun run, String key, TaskOutcome outcome, Throwable error) {
        if (context.closed()) {
            return;
        }
        Throwable cause = unwrap(error);
        boolean retry = false;
        long retryDelay = 0;
        synchronized (run) {
            run.stages.remove(key);
            ObjectNode task = runs.read(run.runId, doc -> findTask(doc, key).deepCopy()).orElseThrow(() -> RunStore.doesNotExist(run.runId));
            long taskRunId = task.path("run_id").asLong();
            long now = context.clock().millis();
            ObjectNode state;
            ObjectNode output = Json.object();
            if (cause instanceof CancellationException || (cause == null && outcome == null)) {
                boolean timedOut = run.timedOutTasks.contains(key) || "TIMEDOUT".equals(run.stopReason);
                state = timedOut
                        ? RunStates.state(RunStates.TERMINATED, "TIMEDOUT", "Task timed out.", true)
                        : RunStates.state(RunStates.TERMINATED, "CANCELED", "Run cancelled.", true);
                output.put("error", timedOut ? "Task timed out" : "Run cancelled");
            } else if (cause != null) {
                String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
                state = RunStates.state(RunStates.INTERNAL_ERROR, "FAILED", message, false);
                output.put("error", message);
            } else {
                state = switch (outcome.result()) {
                    case SUCCESS -> RunStates.state(RunStates.TERMINATED, "SUCCESS", outcome.stateMessage(), false);
                    case FAILED -> RunStates.state(RunStates.TERMINATED, "FAILED", outcome.stateMessage(), false);
                    case INTERNAL_ERROR -> RunStates.state(RunStates.INTERNAL_ERROR, "FAILED", outcome.stateMessage(), false);
                };
                output.setAll(outcome.output());
                if (outcome.logs() != null) {
                    output.put("logs", outcome.logs()).put("logs_truncated", outcome.logsTruncated());
                }
                if (outcome.error() != null) {
                    output.put("error", outcome.error());
                }
                if (outcome.errorTrace() != null) {
                    output.put("error_trace", outcome.errorTrace());
                }
            }
            runs.putOutput(taskRunId, output);
            long maxRetries = task.path("max_retries").asLong(0);
            int attempt = task.path("attempt_number").asInt(0);
            boolean failed = "FAILED".equals(state.path("result_state").asText())
                    || ("TIMEDOUT".equals(state.path("result_state").asText()) && task.path("retry_on_timeout").asBoolean(false));
            retry = failed && run.stopReason == null && (maxRetries < 0 || attempt < maxRetries);
            retryDelay = task.path("min_retry_interval_millis").asLong(0);
            String conditionOutcome = outcome == null ? null : outcome.conditionOutcome();
            boolean retryTask = retry;
            updateTask(run.runId, key, t -> {
                t.put("end_time", now);
                t.put("execution_duration", now - t.path("start_time").asLong(now) - t.path("setup_duration").asLong(0));
                t.put("cleanup_duration", 0);
                t.put("run_duration", now - t.path("start_time").asLong(now));
                if (conditionOutcome != null && t.has("condition_task")) {
                    ((ObjectNode) t.get("condition_task")).put("outcome", conditionOutcome);
                }
                if (!retryTask) {
                    return setState(t, state);
                }
                long newRunId = Ids.numeric();
                t.put("run_id", newRunId).put("attempt_number", attempt + 1)
                        .put("run_page_url", t.path("run_page_url").asText().replaceAll("/run/\\d+$", "/run/" + newRunId));
                t.remove("end_time");
                t.remove("cluster_instance");
                return setState(t, RunStates.state(RunStates.WAITING_FOR_RETRY, null,
                        "Waiting for retry: attempt " + (attempt + 1) + " failed with: " + state.path("state_message").asText(), false));
            });
            if (retry) {
                run.started.remove(key);
                runs.flush(run.runId);
            }
        }
        if (retry) {
            later(retryDelay, () -> {
                synchronized (run) {
                    updateTask(run.runId, key, t -> setState(t, RunStates.state(RunStates.PENDING, null, "", false)));
                }
                advance(run.runId);
            });
        } else {
            advance(run.runId);
        }
    }

    private void timeOutTask(ActiveRun run, String key, long taskRunId) {
        CompletableFuture<?> stage;
        synchronized (run) {
            boolean current = runs.read(run.runId, doc -> {
                JsonNode task = findTask(doc, key);
                return task.path("run_id").asLong() == taskRunId && !RunStates.isFinal(task);
            }).orElse(false);
            if (!current) {
                return;
            }
            run.timedOutTasks.add(key);
            stage = run.stages.get(key);
        }
        if (stage != null) {
            stage.cancel(true);
        }
    }

    // ---- finishing ------------------------------------------------------------------------------

    private void finish(ActiveRun run) {
        long now = context.clock().millis();
        ObjectNode result = runs.read(run.runId, doc -> overallState(doc, run.stopReason)).orElseThrow(() -> RunStore.doesNotExist(run.runId));
        if (!run.runClusters.isEmpty()) {
            // TERMINATING is shown while the run's job clusters are cleaned up; a run without any has nothing to wait for.
            runs.update(run.runId, current -> {
                current.set("state", RunStates.state(RunStates.TERMINATING, null, result.path("state_message").asText(), false));
                return current;
            });
            run.runClusters.forEach(this::terminateQuietly);
        }
        long end = context.clock().millis();
        ObjectNode finished = runs.update(run.runId, current -> {
            long firstStart = Long.MAX_VALUE;
            for (JsonNode task : current.path("tasks")) {
                if (task.has("start_time") && !RunStates.SKIPPED.equals(RunStates.lifeCycle(task))) {
                    long running = task.path("start_time").asLong() + task.path("setup_duration").asLong(0);
                    firstStart = Math.min(firstStart, running);
                }
            }
            long start = current.path("start_time").asLong(now);
            long executionStart = firstStart == Long.MAX_VALUE ? now : Math.max(start, firstStart);
            current.put("end_time", end)
                    .put("setup_duration", executionStart - start)
                    .put("execution_duration", now - executionStart)
                    .put("cleanup_duration", end - now)
                    .put("run_duration", end - start);
            current.set("state", result);
            closeRepairEntry(current, end);
            return current;
        });
        active.remove(run.runId);
        completed(run.runId, finished);
        promoteQueued(run.jobId);
    }

    /** The run's state from its tasks': leaves decide success, any internal error or stop overrides. */
    private static ObjectNode overallState(JsonNode run, String stopReason) {
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

    // ---- cancel, repair, delete -----------------------------------------------------------------

    void cancel(long runId) {
        ObjectNode doc = runs.require(runId);
        if (RunStates.QUEUED.equals(RunStates.lifeCycle(doc))) {
            boolean removed;
            synchronized (admission) {
                ArrayDeque<Long> queue = queues.get(doc.path("job_id").asLong());
                removed = queue != null && queue.remove(runId);
            }
            if (removed) {
                ObjectNode cancelled = runs.update(runId, current -> {
                    current.put("end_time", context.clock().millis());
                    current.path("tasks").forEach(task -> setState((ObjectNode) task,
                            RunStates.state(RunStates.SKIPPED, "UPSTREAM_CANCELED", "The run was cancelled before the task started.", true)));
                    return setState(current, RunStates.state(RunStates.TERMINATED, "CANCELED", "Run cancelled.", true));
                });
                completion(runId).complete(cancelled);
                return;
            }
        }
        stop(runId, "CANCELED");
    }

    private void stop(long runId, String reason) {
        ActiveRun run = active.get(runId);
        if (run == null) {
            return;
        }
        List<CompletableFuture<?>> stages;
        synchronized (run) {
            if (run.stopReason != null || run.finishing) {
                return;
            }
            run.stopReason = reason;
            stages = new ArrayList<>(run.stages.values());
        }
        stages.forEach(stage -> stage.cancel(true));
        execute(() -> advance(runId));
    }

    List<Long> activeRunsOf(Long jobId, boolean queuedOnly) {
        return runs.ids(Optional.ofNullable(jobId), run -> {
            String lifeCycle = RunStates.lifeCycle(run);
            return queuedOnly ? RunStates.QUEUED.equals(lifeCycle) : RunStates.ACTIVE.contains(lifeCycle);
        });
    }

    void delete(long runId) {
        ObjectNode run = runs.require(runId);
        if (RunStates.ACTIVE.contains(RunStates.lifeCycle(run)) || active.containsKey(runId)) {
            throw ApiException.invalidState("Run " + runId + " is active (" + RunStates.lifeCycle(run)
                    + ") and cannot be deleted; cancel it first.");
        }
        runs.delete(run);
    }

    /** Re-runs the chosen tasks of a finished run as a new repair; answers the repair id. */
    long repair(long runId, JsonNode request) {
        long repairId = Ids.numeric();
        synchronized (admission) {
            ObjectNode run = runs.require(runId);
            if (!RunStates.isFinal(run) || active.containsKey(runId)) {
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
            Set<String> selected = selectForRepair(run, request);
            long now = context.clock().millis();
            ObjectNode repairOverrides = Json.object();
            for (String field : List.of("jar_params", "notebook_params", "python_params", "spark_submit_params", "python_named_params",
                    "sql_params", "dbt_commands", "pipeline_params")) {
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
                    for (String field : List.of("start_time", "end_time", "cluster_instance", "setup_duration", "execution_duration",
                            "cleanup_duration", "run_duration")) {
                        task.remove(field);
                    }
                    if (task.has("condition_task")) {
                        ((ObjectNode) task.get("condition_task")).remove("outcome");
                    }
                    setState(task, RunStates.state(RunStates.PENDING, null, "", false));
                    ids.add(newRunId);
                }
                if (!repairOverrides.isEmpty()) {
                    doc.with("overriding_parameters").setAll(repairOverrides);
                }
                doc.remove("end_time");
                ((ObjectNode) doc.get(RunViews.LOCAL)).put("repair_id", repairId);
                return setState(doc, RunStates.state(RunStates.PENDING, null, "", false));
            });
            completions.remove(runId);
            active.put(runId, new ActiveRun(runId, run.path("job_id").asLong()));
        }
        execute(() -> advance(runId));
        return repairId;
    }

    private static Set<String> selectForRepair(ObjectNode run, JsonNode request) {
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

    private static void closeRepairEntry(ObjectNode run, long end) {
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

    // ---- restart --------------------------------------------------------------------------------

    /** Runs active when the server stopped cannot continue: they end INTERNAL_ERROR, saying why, and stay listed. */
    private void recoverAfterRestart() {
        long now = context.clock().millis();
        for (long runId : runs.ids(Optional.empty(), run -> RunStates.ACTIVE.contains(RunStates.lifeCycle(run)))) {
            runs.update(runId, doc -> {
                doc.put("end_time", now).put("run_duration", now - doc.path("start_time").asLong(now));
                for (JsonNode task : doc.path("tasks")) {
                    if (!RunStates.isFinal(task)) {
                        ((ObjectNode) task).put("end_time", now);
                        setState((ObjectNode) task, RunStates.state(RunStates.INTERNAL_ERROR, "FAILED", RESTART_MESSAGE, false));
                    }
                }
                setState(doc, RunStates.state(RunStates.INTERNAL_ERROR, "FAILED", RESTART_MESSAGE, false));
                closeRepairEntry(doc, now);
                return doc;
            });
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static ObjectNode runningIfPending(ObjectNode run) {
        return RunStates.PENDING.equals(RunStates.lifeCycle(run)) ? setState(run, RunStates.state(RunStates.RUNNING, null, "In run", false)) : run;
    }

    /** A deferred change of one task: the step that follows writes it (see the class comment). */
    private void updateTask(long runId, String key, java.util.function.UnaryOperator<ObjectNode> change) {
        runs.updateDeferred(runId, doc -> {
            for (JsonNode task : doc.path("tasks")) {
                if (key.equals(task.path("task_key").asText())) {
                    change.apply((ObjectNode) task);
                }
            }
            return doc;
        });
    }

    private static ObjectNode findTask(JsonNode run, String key) {
        for (JsonNode task : run.path("tasks")) {
            if (key.equals(task.path("task_key").asText())) {
                return (ObjectNode) task;
            }
        }
        throw new IllegalStateException("Run " + run.path("run_id").asLong() + " has no task " + key);
    }

    private static ObjectNode setState(ObjectNode node, ObjectNode state) {
        node.set("state", state);
        return node;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private void execute(Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.warn("Job run step failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("Server closing; job step dropped");
        }
    }

    private void later(long delayMillis, Runnable task) {
        if (context.closed()) {
            return;
        }
        try {
            context.scheduler().schedule(() -> execute(task), Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("Server closing; timer dropped");
        }
    }
}
