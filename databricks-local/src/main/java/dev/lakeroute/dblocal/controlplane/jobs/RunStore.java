package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.StateStore;
import dev.lakeroute.dblocal.store.DocumentCollection;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Persistent runs (one document per job run, its task runs inside), task outputs by task run id, and
 * idempotency tokens. Keeps an index from task run ids to their job run.
 */
final class RunStore {
    private final DocumentCollection runs;
    private final DocumentCollection outputs;
    private final DocumentCollection idempotency;
    private final Map<Long, Long> taskToRun = new ConcurrentHashMap<>();

    RunStore(StateStore store) {
        this.runs = store.collection("job-runs");
        this.outputs = store.collection("job-run-outputs");
        this.idempotency = store.collection("job-run-idempotency");
        runs.list().forEach(this::index);
    }

    void put(ObjectNode run) {
        runs.put(key(run.path("run_id").asLong()), run);
        index(run);
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

    List<ObjectNode> list() {
        return runs.list();
    }

    void delete(ObjectNode run) {
        runs.remove(key(run.path("run_id").asLong()));
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

    void putOutput(long taskRunId, ObjectNode output) {
        outputs.put(key(taskRunId), output);
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

    private void index(ObjectNode run) {
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

    static ApiException doesNotExist(long runId) {
        return ApiException.invalidParameter("Run " + runId + " does not exist.");
    }
}
