package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.StateStore;
import dev.lakeroute.dblocal.store.DocumentCollection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Persistent runs (one document per job run, its task runs inside), task outputs by task run id, and
 * idempotency tokens. Keeps an index from task run ids to their job run, and the listing order of runs
 * ({@link RunIndex}), so lookups and list pages do not grow with the number of stored runs.
 */
final class RunStore {
    private final DocumentCollection runs;
    private final DocumentCollection outputs;
    private final DocumentCollection idempotency;
    private final Map<Long, Long> taskToRun = new ConcurrentHashMap<>();
    private final RunIndex order = new RunIndex();

    /** One page of runs, newest first, and whether more runs match after it. */
    record Page(List<ObjectNode> runs, boolean hasMore) {
    }

    RunStore(StateStore store) {
        this.runs = store.collection("job-runs");
        this.outputs = store.collection("job-run-outputs");
        this.idempotency = store.collection("job-run-idempotency");
        runs.scan((id, run) -> {
            index(run);
            order.add(run);
        });
    }

    void put(ObjectNode run) {
        runs.put(key(run.path("run_id").asLong()), run);
        index(run);
        order.add(run);
    }

    Optional<ObjectNode> find(long runId) {
        return runs.get(key(runId));
    }

    ObjectNode require(long runId) {
        return find(runId).orElseThrow(() -> doesNotExist(runId));
    }

    ObjectNode update(long runId, UnaryOperator<ObjectNode> change) {
        ObjectNode updated = runs.update(key(runId), change).orElseThrow(() -> doesNotExist(runId));
        index(updated);
        return updated;
    }

    /**
     * A change the run is about to move past (see {@link DocumentCollection#updateDeferred}): visible at
     * once, on disk with the run's next {@link #update} or {@link #flush}.
     */
    void updateDeferred(long runId, UnaryOperator<ObjectNode> change) {
        boolean found = runs.updateDeferred(key(runId), doc -> {
            ObjectNode updated = change.apply(doc);
            index(updated);
            return updated;
        });
        if (!found) {
            throw doesNotExist(runId);
        }
    }

    /** Writes the run's deferred changes: call it before the run waits for anything. */
    void flush(long runId) {
        runs.flush(key(runId));
    }

    /** {@code reader} applied to the stored run without copying it (see {@link DocumentCollection#read}). */
    <T> Optional<T> read(long runId, Function<? super JsonNode, ? extends T> reader) {
        return runs.read(key(runId), reader);
    }

    /**
     * Runs of {@code jobId} (or all) started within [{@code from}, {@code to}] that {@code matches} accepts
     * (it sees the stored run, uncopied), newest first: skips {@code offset} of them and answers copies of
     * the next {@code limit}. Walks only as far as the page and one more match.
     */
    Page page(Optional<Long> jobId, long from, long to, Predicate<JsonNode> matches, long offset, int limit) {
        List<ObjectNode> page = new ArrayList<>();
        long skipped = 0;
        for (RunIndex.Entry entry : order.newestFirst(jobId, from, to)) {
            if (!read(entry.runId(), matches::test).orElse(false)) {
                continue;
            }
            if (skipped < offset) {
                skipped++;
            } else if (page.size() < limit) {
                find(entry.runId()).ifPresent(page::add);
            } else {
                return new Page(page, true);
            }
        }
        return new Page(page, false);
    }

    /** Ids of the runs of {@code jobId} (or all) that {@code matches} accepts; nothing is copied. */
    List<Long> ids(Optional<Long> jobId, Predicate<JsonNode> matches) {
        List<Long> ids = new ArrayList<>();
        for (RunIndex.Entry entry : order.newestFirst(jobId, Long.MIN_VALUE, Long.MAX_VALUE)) {
            if (read(entry.runId(), matches::test).orElse(false)) {
                ids.add(entry.runId());
            }
        }
        return ids;
    }

    void delete(ObjectNode run) {
        runs.remove(key(run.path("run_id").asLong()));
        order.remove(run.path("run_id").asLong());
        for (JsonNode task : run.path("tasks")) {
            long taskRunId = task.path("run_id").asLong();
            taskToRun.remove(taskRunId);
            outputs.remove(key(taskRunId));
        }
        for (JsonNode repair : run.path("repair_history")) {
            for (JsonNode taskRunId : repair.path("task_run_ids")) {
                taskToRun.remove(taskRunId.asLong());
                outputs.remove(key(taskRunId.asLong()));
            }
        }
    }

    /** The job run a task run belongs to. */
    Optional<Long> parentOf(long taskRunId) {
        return Optional.ofNullable(taskToRun.get(taskRunId));
    }

    /** Stores a task run's output; an empty one is not stored, as {@link #output} answers nothing for it alike. */
    void putOutput(long taskRunId, ObjectNode output) {
        if (!output.isEmpty()) {
            outputs.put(key(taskRunId), output);
        }
    }

    Optional<ObjectNode> output(long taskRunId) {
        return outputs.get(key(taskRunId));
    }

    /**
     * Claims an idempotency token for {@code runId}; answers the run that holds it already, if any.
     */
    Optional<Long> claim(String token, long runId) {
        if (idempotency.putIfAbsent(token, Json.object().put("run_id", runId))) {
            return Optional.empty();
        }
        return idempotency.get(token).map(node -> node.path("run_id").asLong());
    }

    void release(String token) {
        idempotency.remove(token);
    }

    private void index(JsonNode run) {
        long runId = run.path("run_id").asLong();
        for (JsonNode task : run.path("tasks")) {
            taskToRun.put(task.path("run_id").asLong(), runId);
        }
        for (JsonNode repair : run.path("repair_history")) {
            for (JsonNode taskRunId : repair.path("task_run_ids")) {
                taskToRun.put(taskRunId.asLong(), runId);
            }
        }
    }

    private static String key(long id) {
        return Long.toString(id);
    }

    /** The task {@code key} of a run document. */
    static ObjectNode task(JsonNode run, String key) {
        for (JsonNode task : run.path("tasks")) {
            if (key.equals(task.path("task_key").asText())) {
                return (ObjectNode) task;
            }
        }
        throw new IllegalStateException("Run " + run.path("run_id").asLong() + " has no task " + key);
    }

    static ApiException doesNotExist(long runId) {
        return ApiException.invalidParameter("Run " + runId + " does not exist.");
    }
}
