package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterRegistry;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterSpecs;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.Json;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Job settings as Databricks accepts them: the fields, their defaults, and the checks on tasks and their DAG. */
final class JobSettingsRules {
    static final Set<String> SETTINGS_FIELDS = Set.of("budget_policy_id", "continuous", "deployment", "description", "edit_mode",
            "email_notifications", "environments", "format", "git_source", "health", "job_clusters", "max_concurrent_runs", "name",
            "notification_settings", "parameters", "parent_path", "performance_target", "queue", "run_as", "schedule", "tags",
            "tasks", "timeout_seconds", "trigger", "usage_policy_id", "webhook_notifications",
            // API 2.0 single-task jobs keep their task at the top level
            "notebook_task", "spark_jar_task", "spark_python_task", "spark_submit_task", "pipeline_task", "python_wheel_task",
            "existing_cluster_id", "new_cluster", "libraries", "max_retries", "min_retry_interval_millis", "retry_on_timeout");
    private static final Set<String> RUN_IF = Set.of("ALL_SUCCESS", "ALL_DONE", "NONE_FAILED", "AT_LEAST_ONE_SUCCESS", "ALL_FAILED", "AT_LEAST_ONE_FAILED");
    private static final Set<String> PAUSE_STATUS = Set.of("PAUSED", "UNPAUSED");
    private static final String QUARTZ_CRON_DOCS = "http://www.quartz-scheduler.org/documentation/quartz-2.3.0/tutorials/crontrigger.html";
    private static final Pattern TASK_KEY = Pattern.compile("^[\\w\\-]{1,100}$");
    static final int MAX_TASKS = 1000;
    static final int MAX_CONCURRENT_RUNS = 1000;

    private JobSettingsRules() {
    }

    /** The settings of a {@code jobs/create} body with Databricks' defaults filled in. */
    static ObjectNode forCreate(JsonNode body, String apiVersion) {
        ObjectNode settings = Json.object();
        body.fields().forEachRemaining(field -> {
            if (SETTINGS_FIELDS.contains(field.getKey()) && !field.getValue().isNull()) {
                settings.set(field.getKey(), field.getValue().deepCopy());
            }
        });
        applyDefaults(settings, apiVersion);
        return settings;
    }

    static void applyDefaults(ObjectNode settings, String apiVersion) {
        if (!settings.has("name")) {
            settings.put("name", "Untitled");
        }
        if (!settings.has("max_concurrent_runs")) {
            settings.put("max_concurrent_runs", 1);
        }
        if (!settings.has("timeout_seconds")) {
            settings.put("timeout_seconds", 0);
        }
        if (!settings.has("email_notifications")) {
            settings.putObject("email_notifications");
        }
        if (!settings.has("format")) {
            settings.put("format", isLegacySingleTask(settings) ? "SINGLE_TASK" : "MULTI_TASK");
        }
        // Jobs API 2.2 queues runs over the concurrency limit unless told otherwise; 2.0/2.1 skip them.
        if (!settings.has("queue") && "2.2".equals(apiVersion)) {
            settings.putObject("queue").put("enabled", true);
        }
    }

    static boolean isLegacySingleTask(JsonNode settings) {
        return !settings.has("tasks") && TaskTypes.of(settings).isPresent();
    }

    /** The tasks a job runs: its {@code tasks}, or the one task of an API 2.0 single-task job. */
    static ArrayNode tasksOf(JsonNode settings) {
        if (settings.has("tasks")) {
            return (ArrayNode) settings.get("tasks").deepCopy();
        }
        ArrayNode tasks = Json.array();
        if (TaskTypes.of(settings).isPresent()) {
            ObjectNode task = tasks.addObject();
            task.put("task_key", settings.path("name").asText("main").replaceAll("[^\\w\\-]", "_"));
            for (String field : List.of("existing_cluster_id", "new_cluster", "libraries", "max_retries", "min_retry_interval_millis",
                    "retry_on_timeout", "timeout_seconds")) {
                if (settings.has(field)) {
                    task.set(field, settings.get(field).deepCopy());
                }
            }
            String type = TaskTypes.of(settings).get();
            task.set(type, settings.get(type).deepCopy());
        }
        return tasks;
    }

    static void validate(ObjectNode settings, ClusterRegistry clusters) {
        long maxConcurrent = settings.path("max_concurrent_runs").asLong(1);
        if (maxConcurrent < 0 || maxConcurrent > MAX_CONCURRENT_RUNS) {
            throw ApiException.invalidParameter("max_concurrent_runs must be between 0 and " + MAX_CONCURRENT_RUNS + ", was " + maxConcurrent);
        }
        if (settings.path("timeout_seconds").asLong(0) < 0) {
            throw ApiException.invalidParameter("timeout_seconds must not be negative");
        }
        if (settings.has("tasks") && !settings.get("tasks").isArray()) {
            throw ApiException.invalidParameter("tasks must be an array");
        }
        if (settings.has("schedule")) {
            validateSchedule(settings.get("schedule"));
        }
        validateTasks(tasksOf(settings), settings.path("job_clusters"), clusters, false);
    }

    /** A cron schedule as Databricks checks it: Quartz syntax, a Java time zone id, a known pause status. */
    static void validateSchedule(JsonNode schedule) {
        if (!schedule.isObject()) {
            throw ApiException.invalidParameter("schedule must be an object with quartz_cron_expression and timezone_id");
        }
        JsonNode cron = schedule.get("quartz_cron_expression");
        if (cron == null || cron.isNull()) {
            throw ApiException.missingField("schedule.quartz_cron_expression");
        }
        try {
            QuartzCron.check(cron.asText());
        } catch (QuartzCron.Invalid e) {
            throw ApiException.invalidParameter("Invalid quartz_cron_expression: " + cron.asText() + " (" + e.getMessage()
                    + "). Databricks uses Quartz cron syntax, which is different from the standard cron syntax. See " + QUARTZ_CRON_DOCS
                    + " for more details.");
        }
        JsonNode zone = schedule.get("timezone_id");
        if (zone == null || zone.isNull()) {
            throw ApiException.missingField("schedule.timezone_id");
        }
        try {
            ZoneId.of(zone.asText());
        } catch (DateTimeException e) {
            throw ApiException.invalidParameter("Invalid timezone_id: " + zone.asText()
                    + ". Use a Java time zone id such as UTC, Europe/Amsterdam or America/Los_Angeles.");
        }
        JsonNode pause = schedule.get("pause_status");
        if (pause != null && !pause.isNull() && !PAUSE_STATUS.contains(pause.asText())) {
            throw ApiException.invalidParameter("Invalid pause_status: " + pause.asText() + "; allowed: PAUSED, UNPAUSED.");
        }
    }

    static void validateTasks(ArrayNode tasks, JsonNode jobClusters, ClusterRegistry clusters, boolean submit) {
        if (tasks.size() > MAX_TASKS) {
            throw ApiException.invalidParameter("A job can have at most " + MAX_TASKS + " tasks, got " + tasks.size());
        }
        Set<String> clusterKeys = new HashSet<>();
        for (JsonNode jobCluster : jobClusters) {
            String key = jobCluster.path("job_cluster_key").asText("");
            if (key.isBlank()) {
                throw ApiException.missingField("job_clusters.job_cluster_key");
            }
            if (!clusterKeys.add(key)) {
                throw ApiException.invalidParameter("Job cluster key " + key + " is used by more than one job cluster; keys must be unique.");
            }
            if (jobCluster.has("new_cluster")) {
                ClusterSpecs.validated(jobCluster.get("new_cluster"));
            }
        }
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (JsonNode task : tasks) {
            String key = task.path("task_key").asText("");
            if (key.isBlank()) {
                throw ApiException.missingField("task_key");
            }
            if (!TASK_KEY.matcher(key).matches()) {
                throw ApiException.invalidParameter("Invalid task_key '" + key + "': use 1 to 100 letters, digits, '_' or '-'.");
            }
            if (byKey.put(key, task) != null) {
                throw ApiException.invalidParameter("Task key " + key + " is used by more than one task; task keys must be unique.");
            }
            long types = TaskTypes.count(task);
            if (types == 0) {
                throw ApiException.invalidParameter("Task " + key + " has no task type: specify one of " + String.join(", ", TaskTypes.ALL) + ".");
            }
            if (types > 1) {
                throw ApiException.invalidParameter("Task " + key + " specifies more than one task type.");
            }
            if (task.hasNonNull("run_if") && !RUN_IF.contains(task.get("run_if").asText())) {
                throw ApiException.invalidParameter("Task " + key + " has an invalid run_if '" + task.get("run_if").asText() + "'; allowed: " + RUN_IF);
            }
            if (task.hasNonNull("job_cluster_key") && !clusterKeys.contains(task.get("job_cluster_key").asText())) {
                throw ApiException.invalidParameter("Task " + key + " uses job cluster " + task.get("job_cluster_key").asText()
                        + ", which is not defined in job_clusters.");
            }
            if (submit && task.hasNonNull("job_cluster_key")) {
                throw ApiException.invalidParameter("Task " + key + ": job_cluster_key is not supported in runs/submit; use new_cluster.");
            }
            if (task.has("new_cluster")) {
                ClusterSpecs.validated(task.get("new_cluster"));
            }
            if (task.hasNonNull("existing_cluster_id")) {
                clusters.require(task.get("existing_cluster_id").asText());
            }
            if (task.path("timeout_seconds").asLong(0) < 0) {
                throw ApiException.invalidParameter("Task " + key + ": timeout_seconds must not be negative");
            }
        }
        Map<String, List<String>> edges = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : byKey.entrySet()) {
            List<String> deps = new ArrayList<>();
            for (JsonNode dependency : entry.getValue().path("depends_on")) {
                String upstream = dependency.path("task_key").asText("");
                if (!byKey.containsKey(upstream)) {
                    throw ApiException.invalidParameter("Task " + entry.getKey() + " depends on " + upstream + ", which is not a task of this job.");
                }
                if (upstream.equals(entry.getKey())) {
                    throw ApiException.invalidParameter("Task " + entry.getKey() + " depends on itself.");
                }
                deps.add(upstream);
            }
            edges.put(entry.getKey(), deps);
        }
        requireAcyclic(edges);
    }

    private static void requireAcyclic(Map<String, List<String>> edges) {
        Map<String, Integer> mark = new HashMap<>();
        for (String start : edges.keySet()) {
            Deque<String> path = new ArrayDeque<>();
            visit(start, edges, mark, path);
        }
    }

    private static void visit(String node, Map<String, List<String>> edges, Map<String, Integer> mark, Deque<String> path) {
        int state = mark.getOrDefault(node, 0);
        if (state == 2) {
            return;
        }
        path.addLast(node);
        if (state == 1) {
            throw ApiException.invalidParameter("The task dependencies contain a cycle: " + String.join(" -> ", path));
        }
        mark.put(node, 1);
        for (String next : edges.getOrDefault(node, List.of())) {
            visit(next, edges, mark, path);
        }
        mark.put(node, 2);
        path.removeLast();
    }

    /**
     * {@code jobs/update}: top-level fields of {@code newSettings} replace the job's, except {@code tasks}
     * and {@code job_clusters}, which are merged by key; {@code fields_to_remove} names top-level fields or
     * {@code tasks/<task_key>} / {@code job_clusters/<job_cluster_key>}.
     */
    static ObjectNode merge(ObjectNode settings, JsonNode newSettings, JsonNode fieldsToRemove) {
        ObjectNode merged = settings.deepCopy();
        for (JsonNode field : fieldsToRemove) {
            String name = field.asText();
            if (name.startsWith("tasks/")) {
                removeKeyed(merged, "tasks", "task_key", name.substring("tasks/".length()));
            } else if (name.startsWith("job_clusters/")) {
                removeKeyed(merged, "job_clusters", "job_cluster_key", name.substring("job_clusters/".length()));
            } else {
                merged.remove(name);
            }
        }
        newSettings.fields().forEachRemaining(field -> {
            if (!SETTINGS_FIELDS.contains(field.getKey())) {
                return;
            }
            if ((field.getKey().equals("tasks") || field.getKey().equals("job_clusters")) && field.getValue().isArray()) {
                String keyField = field.getKey().equals("tasks") ? "task_key" : "job_cluster_key";
                ArrayNode target = merged.withArray(field.getKey());
                for (JsonNode item : field.getValue()) {
                    replaceKeyed(target, keyField, item);
                }
            } else {
                merged.set(field.getKey(), field.getValue().deepCopy());
            }
        });
        return merged;
    }

    private static void removeKeyed(ObjectNode settings, String array, String keyField, String key) {
        JsonNode items = settings.get(array);
        if (items instanceof ArrayNode list) {
            for (int i = list.size() - 1; i >= 0; i--) {
                if (key.equals(list.get(i).path(keyField).asText())) {
                    list.remove(i);
                }
            }
        }
    }

    private static void replaceKeyed(ArrayNode target, String keyField, JsonNode item) {
        String key = item.path(keyField).asText();
        for (int i = 0; i < target.size(); i++) {
            if (key.equals(target.get(i).path(keyField).asText())) {
                target.set(i, item.deepCopy());
                return;
            }
        }
        target.add(item.deepCopy());
    }
}
