package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.Json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Task values ({@code dbutils.jobs.taskValues}) in a run document: each task run keeps the values it set
 * next to its state (in its bookkeeping, which the API never shows, as Databricks' runs/get does not), so
 * they are stored and survive a restart with the run; a task reads those of its upstream tasks, directly or
 * through others, and a repair keeps those of the tasks it does not re-run.
 */
final class RunTaskValues {
    private static final String FIELD = "task_values";

    private RunTaskValues() {
    }

    /** Records what the attempt that just ended set; an empty set leaves nothing behind. */
    static void keep(ObjectNode task, ObjectNode values) {
        if (values == null || values.isEmpty()) {
            clear(task);
        } else {
            task.with(RunViews.LOCAL).set(FIELD, values.deepCopy());
        }
    }

    /** Forgets the task's values, for an attempt about to run again. */
    static void clear(ObjectNode task) {
        if (task.get(RunViews.LOCAL) instanceof ObjectNode local) {
            local.remove(FIELD);
        }
    }

    /** The tasks upstream of {@code key} (depends_on, transitively), each with the values it set (maybe none). */
    static ObjectNode upstreamOf(JsonNode run, String key) {
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        run.path("tasks").forEach(task -> byKey.put(task.path("task_key").asText(), task));
        Set<String> upstream = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add(key);
        while (!pending.isEmpty()) {
            JsonNode task = byKey.get(pending.poll());
            if (task == null) {
                continue;
            }
            for (JsonNode dependency : task.path("depends_on")) {
                String upstreamKey = dependency.path("task_key").asText();
                if (!upstreamKey.equals(key) && upstream.add(upstreamKey)) {
                    pending.add(upstreamKey);
                }
            }
        }
        ObjectNode values = Json.object();
        for (String upstreamKey : upstream) {
            JsonNode task = byKey.get(upstreamKey);
            JsonNode set = task == null ? null : task.path(RunViews.LOCAL).get(FIELD);
            values.set(upstreamKey, set instanceof ObjectNode object ? object.deepCopy() : Json.object());
        }
        return values;
    }

    /** {@code tasks.<task>.values.<key>} references and their text: a string as it is, anything else as its JSON. */
    static Map<String, String> references(ObjectNode upstream) {
        Map<String, String> references = new LinkedHashMap<>();
        upstream.fields().forEachRemaining(task -> task.getValue().fields().forEachRemaining(value ->
                references.put(reference(task.getKey(), value.getKey()),
                        value.getValue().isTextual() ? value.getValue().asText() : value.getValue().toString())));
        return references;
    }

    static String reference(String taskKey, String valueKey) {
        return "tasks." + taskKey + ".values." + valueKey;
    }
}
