package dev.lakeroute.dblocal.sparkdriver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code dbutils.jobs.taskValues} of a scala context, with Databricks' rules: a value must be JSON, its
 * JSON at most 48 KiB; {@code get} reads what an upstream task of the running job task set, returns
 * {@code default} when that task set no such key, and outside a job returns {@code debugValue}. The
 * values this context set are read back by databricks-local when the task run ends (contexts' task-values).
 * Scala calls these positionally: {@code dbutils.jobs.taskValues.get("extract", "rows", 0, 0)}.
 */
public final class TaskValues {
    /** The size of a value's JSON that Databricks allows. */
    public static final int MAX_VALUE_BYTES = 48 * 1024;
    /** The longest key databricks-local accepts. */
    public static final int MAX_KEY_LENGTH = 128;

    private final Map<String, JsonNode> set = new LinkedHashMap<>();
    private volatile TaskRun run;

    /** The job task run this context serves; without one, {@code get} answers {@code debugValue}. */
    void bind(TaskRun taskRun) {
        this.run = taskRun;
    }

    /** What this context set, in the order first set. */
    synchronized Map<String, JsonNode> values() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(set));
    }

    public synchronized void set(String key, Object value) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("dbutils.jobs.taskValues.set: the key must be a non-empty string");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("dbutils.jobs.taskValues.set: the key " + key.substring(0, 20) + "... is "
                    + key.length() + " characters long; at most " + MAX_KEY_LENGTH + " are allowed");
        }
        JsonNode json;
        try {
            json = JsonValues.toJson(value);
        } catch (IllegalArgumentException notJson) {
            throw new IllegalArgumentException("dbutils.jobs.taskValues.set: the value of key " + key + " cannot be represented as JSON ("
                    + notJson.getMessage() + "); task values must be strings, numbers, booleans, null, lists or maps with string keys");
        }
        int bytes = size(json);
        if (bytes > MAX_VALUE_BYTES) {
            throw new IllegalArgumentException("dbutils.jobs.taskValues.set: the value of key " + key + " is " + bytes
                    + " bytes as JSON; the JSON of a task value may be at most 48 KiB (" + MAX_VALUE_BYTES + " bytes)");
        }
        set.remove(key);
        set.put(key, json);
    }

    public Object get(String taskKey, String key) {
        return get(taskKey, key, null, null);
    }

    public Object get(String taskKey, String key, Object defaultValue) {
        return get(taskKey, key, defaultValue, null);
    }

    /**
     * As Databricks: {@code debugValue} outside a job (an error when null); the value {@code taskKey} set for
     * {@code key}, else {@code defaultValue} (an error when null); an error for a task that is not upstream.
     */
    public Object get(String taskKey, String key, Object defaultValue, Object debugValue) {
        TaskRun current = run;
        if (current == null) {
            if (debugValue == null) {
                throw new IllegalArgumentException("dbutils.jobs.taskValues.get: must pass debugValue when calling get outside of a job "
                        + "context (this context does not run a job task); debugValue cannot be null");
            }
            return debugValue;
        }
        Map<String, JsonNode> upstream = current.upstreamValues().get(taskKey);
        if (upstream == null) {
            throw new IllegalArgumentException("dbutils.jobs.taskValues.get: no task " + taskKey + " upstream of task " + current.taskKey()
                    + "; task values are read from the tasks it depends on (directly or through others): "
                    + String.join(", ", current.upstreamValues().keySet()));
        }
        JsonNode value = upstream.get(key);
        if (value != null) {
            return JsonValues.toJava(value);
        }
        if (defaultValue == null) {
            throw new IllegalArgumentException("dbutils.jobs.taskValues.get: task " + taskKey + " set no task value with key " + key
                    + " and no default was given");
        }
        return defaultValue;
    }

    private static int size(JsonNode json) {
        try {
            return DriverJson.MAPPER.writeValueAsString(json).getBytes(StandardCharsets.UTF_8).length;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("dbutils.jobs.taskValues.set: the value cannot be written as JSON: " + e.getOriginalMessage());
        }
    }

    @Override
    public String toString() {
        return "TaskValues (set, get)";
    }
}
