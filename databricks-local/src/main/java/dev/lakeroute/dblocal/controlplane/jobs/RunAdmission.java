package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Which runs execute, against their job's {@code max_concurrent_runs}: beyond it a run waits QUEUED
 * (with {@code queue.enabled}) and begins when a run of its job ends, or is SKIPPED with
 * MAXIMUM_CONCURRENT_RUNS_REACHED. Holds the runs being executed. Decisions are taken under one lock, so
 * two runs never both take a job's last slot. (Repeated requests are answered earlier, by their
 * {@link IdempotencyTokens}.)
 */
final class RunAdmission {
    private final JobStore jobs;
    private final RunStore runs;
    private final Clock clock;
    private final Map<Long, ActiveRun> active = new ConcurrentHashMap<>();
    private final Map<Long, ArrayDeque<Long>> queues = new HashMap<>();
    private final Object lock = new Object();

    RunAdmission(JobStore jobs, RunStore runs, Clock clock) {
        this.jobs = jobs;
        this.runs = runs;
        this.clock = clock;
    }

    ActiveRun active(long runId) {
        return active.get(runId);
    }

    boolean isActive(long runId) {
        return active.containsKey(runId);
    }

    /** One-time runs have no job and so no max_concurrent_runs: nothing to decide under the lock. */
    void beginSubmitted(long runId, long jobId) {
        active.put(runId, new ActiveRun(runId, jobId));
    }

    /**
     * Admits a new run of a job: answers whether it begins now. Otherwise it is QUEUED, or SKIPPED and
     * final, and {@code skipped} gets its document.
     */
    boolean admit(long runId, Consumer<ObjectNode> skipped) {
        synchronized (lock) {
            ObjectNode run = runs.require(runId);
            long jobId = run.path("job_id").asLong();
            boolean submit = run.path(RunViews.LOCAL).path("submit").asBoolean(false);
            Optional<ObjectNode> job = submit ? Optional.empty() : jobs.find(jobId);
            if (job.isPresent()) {
                JsonNode settings = job.get().path("settings");
                long limit = settings.path("max_concurrent_runs").asLong(1);
                if (runningOf(jobId) >= limit) {
                    if (settings.path("queue").path("enabled").asBoolean(false)) {
                        runs.update(runId, doc -> RunStates.set(doc, RunStates.state(RunStates.QUEUED, null,
                                "Queued due to reaching maximum concurrent runs of " + limit + ".", false)));
                        queues.computeIfAbsent(jobId, key -> new ArrayDeque<>()).add(runId);
                    } else {
                        String message = "Skipping this run because the limit of " + limit + " maximum concurrent runs has been reached.";
                        skipped.accept(runs.update(runId, doc -> {
                            doc.put("end_time", clock.millis());
                            doc.path("tasks").forEach(task -> RunStates.set((ObjectNode) task,
                                    RunStates.state(RunStates.SKIPPED, "MAXIMUM_CONCURRENT_RUNS_REACHED", message, false)));
                            return RunStates.set(doc, RunStates.state(RunStates.SKIPPED, "MAXIMUM_CONCURRENT_RUNS_REACHED", message, false));
                        }));
                    }
                    return false;
                }
            }
            active.put(runId, new ActiveRun(runId, jobId));
            return true;
        }
    }

    /** The run has ended: it no longer counts against its job's limit. */
    void ended(long runId) {
        active.remove(runId);
    }

    /** Admits queued runs of the job while it has free slots; answers those that begin now, in queue order. */
    List<Long> promoteQueued(long jobId) {
        List<Long> admitted = new ArrayList<>();
        synchronized (lock) {
            ArrayDeque<Long> queue = queues.get(jobId);
            if (queue == null) {
                return admitted;
            }
            Optional<ObjectNode> job = jobs.find(jobId);
            long limit = job.map(j -> j.path("settings").path("max_concurrent_runs").asLong(1)).orElse(1L);
            long running = runningOf(jobId);
            while (!queue.isEmpty() && running < limit) {
                long next = queue.poll();
                active.put(next, new ActiveRun(next, jobId));
                admitted.add(next);
                running++;
            }
            if (queue.isEmpty()) {
                queues.remove(jobId);
            }
        }
        return admitted;
    }

    /** Takes a QUEUED run out of its job's queue; answers whether it was still waiting there. */
    boolean dequeue(long runId, long jobId) {
        synchronized (lock) {
            ArrayDeque<Long> queue = queues.get(jobId);
            return queue != null && queue.remove(runId);
        }
    }

    /**
     * Runs {@code repair} (which checks and rewrites the finished run) and makes the run active again, both
     * under the lock, so no admission decision sees half of it. A repair that throws leaves the run as it was.
     */
    <T> T readmit(long runId, long jobId, Supplier<T> repair) {
        synchronized (lock) {
            T result = repair.get();
            active.put(runId, new ActiveRun(runId, jobId));
            return result;
        }
    }

    private long runningOf(long jobId) {
        return active.values().stream().filter(a -> a.jobId == jobId).count();
    }
}
