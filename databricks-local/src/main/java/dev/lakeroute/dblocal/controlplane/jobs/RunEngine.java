package dev.lakeroute.dblocal.controlplane.jobs;

import dev.lakeroute.dblocal.support.Failures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterInfo;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterRegistry;
import dev.lakeroute.dblocal.controlplane.libraries.LibraryRegistry;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.store.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Runs jobs, coordinating the parts that decide: {@link RunAdmission} (max_concurrent_runs), the
 * {@link TaskDag} (depends_on, run_if, the run's result), {@link JobClusters} (where tasks run),
 * {@link RunRepair} and {@link RunRecovery} (after a restart). It starts each task the DAG releases on its
 * cluster, hands it to the {@link TaskRunner} of its type, retries and times out tasks, and ends the run.
 * Every decision about a run is taken while holding that run's {@link ActiveRun}, and its document is
 * rewritten under that lock; work itself runs asynchronously.
 *
 * <p>Writes to disk are what a run costs (a file replaced per write), so steps that are about to be
 * superseded are {@linkplain RunStore#updateDeferred deferred} and written when the run goes on to wait
 * for something — a cluster, a running task, a retry delay — or when it ends. A run whose tasks finish
 * at once (condition tasks) is written twice: created and finished. A restart turns active runs into
 * internal errors, so a deferred step lost with the process changes nothing a client is answered.
 */
final class RunEngine {
    private static final Logger LOG = LoggerFactory.getLogger(RunEngine.class);

    private final ServerContext context;
    private final RunStore runs;
    private final TaskRunners runners;
    private final RunAdmission admission;
    private final TaskDag dag;
    private final JobClusters jobClusters;
    private final TaskContexts taskContexts;
    private final RunRepair repairs;
    private final Executor executor = ClusterRegistry.workers("databricks-local-jobs");
    private final Map<Long, CompletableFuture<ObjectNode>> completions = new ConcurrentHashMap<>();

    RunEngine(ServerContext context, JobStore jobs, RunStore runs, ClusterRegistry clusters, LibraryRegistry libraries, TaskRunners runners) {
        this.context = context;
        this.runs = runs;
        this.runners = runners;
        this.admission = new RunAdmission(jobs, runs, context.clock());
        this.dag = new TaskDag(context.clock());
        this.jobClusters = new JobClusters(clusters, libraries);
        this.taskContexts = new TaskContexts(context);
        this.repairs = new RunRepair(jobs, runs, context.clock());
        RunRecovery.recover(runs, context.clock());
    }

    // ---- starting runs --------------------------------------------------------------------------

    /** Creates the run {@code runId} and admits it; answers at once, the run proceeds in the background. */
    ObjectNode create(NewRun request, long runId) {
        ObjectNode run = request.document(runId, context.clock().millis(), context.baseUrl().get());
        runs.put(run);
        if (request.submit()) {
            admission.beginSubmitted(runId, request.jobId());
            begin(runId);
        } else if (admission.admit(runId, skipped -> completion(runId).complete(skipped))) {
            begin(runId);
        }
        return run;
    }

    /** Starts an admitted run; a queued one leaves QUEUED first (a new run is PENDING already). */
    private void begin(long runId) {
        if (runs.read(runId, doc -> RunStates.QUEUED.equals(RunStates.lifeCycle(doc))).orElse(false)) {
            runs.update(runId, doc -> RunStates.set(doc, RunStates.state(RunStates.PENDING, null, "", false)));
        }
        long timeout = runs.read(runId, doc -> doc.path(RunViews.LOCAL).path("timeout_seconds").asLong(0)).orElse(0L);
        if (timeout > 0) {
            later(TimeUnit.SECONDS.toMillis(timeout), () -> stop(runId, "TIMEDOUT"));
        }
        execute(() -> advance(runId));
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
        return admission.isActive(runId);
    }

    // ---- walking the DAG ------------------------------------------------------------------------

    private void advance(long runId) {
        ActiveRun run = admission.active(runId);
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
                open[0] = dag.settle(run, doc, toStart);
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

    private void startTask(ActiveRun run, String key) {
        ObjectNode doc;
        ObjectNode task;
        String type;
        TaskRunner runner;
        boolean needsCluster;
        synchronized (run) {
            task = runs.read(run.runId, current -> RunStore.task(current, key).deepCopy()).orElseThrow(() -> RunStore.doesNotExist(run.runId));
            type = TaskTypes.of(task).orElse("unknown_task");
            runner = runners.runnerFor(type);
            needsCluster = runner.needsCluster() && !TaskTypes.CLUSTERLESS.contains(type) && JobClusters.hasCompute(task);
            doc = needsCluster ? runs.require(run.runId) : null;
            long now = context.clock().millis();
            // The task starts, and one that needs no cluster runs at once (so does its run).
            runs.updateDeferred(run.runId, current -> {
                ObjectNode t = RunStore.task(current, key);
                t.put("start_time", now);
                if (needsCluster) {
                    RunStates.set(t, RunStates.state(RunStates.PENDING, null, "Waiting for cluster", false));
                } else {
                    t.put("setup_duration", 0);
                    RunStates.set(t, RunStates.state(RunStates.RUNNING, null, "In run", false));
                    RunStates.runningIfPending(current);
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
            clusterStage = needsCluster ? jobClusters.acquire(run, doc, task, ownCluster) : CompletableFuture.completedFuture(Optional.empty());
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
            cluster.ifPresent(c -> release[0] = jobClusters.markBusy(c.clusterId()));
            CompletableFuture<TaskOutcome> outcome;
            synchronized (run) {
                if (run.stopReason != null || run.timedOutTasks.contains(key)) {
                    throw new CancellationException("stopped");
                }
                long now = context.clock().millis();
                if (cluster.isPresent()) {
                    ClusterInfo c = cluster.get();
                    runs.updateDeferred(run.runId, current -> {
                        ObjectNode t = RunStore.task(current, key);
                        t.put("setup_duration", now - t.path("start_time").asLong(now));
                        ObjectNode instance = t.putObject("cluster_instance").put("cluster_id", c.clusterId());
                        if (c.sparkContextId() != null) {
                            instance.put("spark_context_id", Long.toString(c.sparkContextId()));
                        }
                        RunStates.set(t, RunStates.state(RunStates.RUNNING, null, "In run", false));
                        return RunStates.runningIfPending(current);
                    });
                }
                try {
                    TaskContext taskContext = runs.read(run.runId, current -> taskContexts.of(run, current, key, type, cluster))
                            .orElseThrow(() -> RunStore.doesNotExist(run.runId));
                    outcome = runner.run(taskContext);
                } catch (UnresolvedReference e) {
                    outcome = CompletableFuture.completedFuture(TaskOutcome.failed(e.getMessage(), e.getMessage(), null, null, false));
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
                jobClusters.terminateQuietly(ownCluster[0]);
            }
            completeTask(run, key, outcome, error);
        }, executor);
    }

    private void completeTask(ActiveRun run, String key, TaskOutcome outcome, Throwable error) {
        if (context.closed()) {
            return;
        }
        boolean retry;
        long retryDelay;
        synchronized (run) {
            run.stages.remove(key);
            ObjectNode task = runs.read(run.runId, doc -> RunStore.task(doc, key).deepCopy()).orElseThrow(() -> RunStore.doesNotExist(run.runId));
            long taskRunId = task.path("run_id").asLong();
            long now = context.clock().millis();
            TaskEnding ending = TaskEnding.of(outcome, Failures.cause(error), run.timedOutTasks.contains(key) || "TIMEDOUT".equals(run.stopReason));
            ObjectNode state = ending.state();
            runs.putOutput(taskRunId, ending.output());
            long maxRetries = task.path("max_retries").asLong(0);
            int attempt = task.path("attempt_number").asInt(0);
            retry = ending.retryable(task.path("retry_on_timeout").asBoolean(false)) && run.stopReason == null
                    && (maxRetries < 0 || attempt < maxRetries);
            retryDelay = task.path("min_retry_interval_millis").asLong(0);
            String conditionOutcome = outcome == null ? null : outcome.conditionOutcome();
            boolean retryTask = retry;
            updateTask(run.runId, key, t -> {
                t.put("end_time", now);
                t.put("execution_duration", now - t.path("start_time").asLong(now) - t.path("setup_duration").asLong(0));
                t.put("cleanup_duration", 0);
                t.put("run_duration", now - t.path("start_time").asLong(now));
                RunTaskValues.keep(t, retryTask ? null : ending.taskValues());
                if (conditionOutcome != null && t.has("condition_task")) {
                    ((ObjectNode) t.get("condition_task")).put("outcome", conditionOutcome);
                }
                if (!retryTask) {
                    return RunStates.set(t, state);
                }
                long newRunId = Ids.numeric();
                t.put("run_id", newRunId).put("attempt_number", attempt + 1)
                        .put("run_page_url", t.path("run_page_url").asText().replaceAll("/run/\\d+$", "/run/" + newRunId));
                t.remove("end_time");
                t.remove("cluster_instance");
                return RunStates.set(t, RunStates.state(RunStates.WAITING_FOR_RETRY, null,
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
                    updateTask(run.runId, key, t -> RunStates.set(t, RunStates.state(RunStates.PENDING, null, "", false)));
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
                JsonNode task = RunStore.task(doc, key);
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
        ObjectNode result = runs.read(run.runId, doc -> TaskDag.overallState(doc, run.stopReason)).orElseThrow(() -> RunStore.doesNotExist(run.runId));
        if (!run.runClusters.isEmpty()) {
            // TERMINATING is shown while the run's job clusters are cleaned up; a run without any has nothing to wait for.
            runs.update(run.runId, current -> {
                current.set("state", RunStates.state(RunStates.TERMINATING, null, result.path("state_message").asText(), false));
                return current;
            });
            run.runClusters.forEach(jobClusters::terminateQuietly);
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
            RunRepair.closeEntry(current, end);
            return current;
        });
        admission.ended(run.runId);
        completed(run.runId, finished);
        admission.promoteQueued(run.jobId).forEach(this::begin);
    }

    // ---- cancel, repair, delete -----------------------------------------------------------------

    void cancel(long runId) {
        ObjectNode doc = runs.require(runId);
        if (RunStates.QUEUED.equals(RunStates.lifeCycle(doc)) && admission.dequeue(runId, doc.path("job_id").asLong())) {
            ObjectNode cancelled = runs.update(runId, current -> {
                current.put("end_time", context.clock().millis());
                current.path("tasks").forEach(task -> RunStates.set((ObjectNode) task,
                        RunStates.state(RunStates.SKIPPED, "UPSTREAM_CANCELED", "The run was cancelled before the task started.", true)));
                return RunStates.set(current, RunStates.state(RunStates.TERMINATED, "CANCELED", "Run cancelled.", true));
            });
            completion(runId).complete(cancelled);
            return;
        }
        stop(runId, "CANCELED");
    }

    private void stop(long runId, String reason) {
        ActiveRun run = admission.active(runId);
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
        if (RunStates.ACTIVE.contains(RunStates.lifeCycle(run)) || admission.isActive(runId)) {
            throw ApiException.invalidState("Run " + runId + " is active (" + RunStates.lifeCycle(run)
                    + ") and cannot be deleted; cancel it first.");
        }
        runs.delete(run);
    }

    /** Re-runs the chosen tasks of a finished run as a new repair; answers the repair id. */
    long repair(long runId, JsonNode request) {
        long jobId = runs.require(runId).path("job_id").asLong();
        long repairId = admission.readmit(runId, jobId, () -> {
            long id = repairs.prepare(runId, request, admission.isActive(runId));
            completions.remove(runId);
            return id;
        });
        execute(() -> advance(runId));
        return repairId;
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** A deferred change of one task: the step that follows writes it (see the class comment). */
    private void updateTask(long runId, String key, UnaryOperator<ObjectNode> change) {
        runs.updateDeferred(runId, doc -> {
            for (JsonNode task : doc.path("tasks")) {
                if (key.equals(task.path("task_key").asText())) {
                    change.apply((ObjectNode) task);
                }
            }
            return doc;
        });
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
