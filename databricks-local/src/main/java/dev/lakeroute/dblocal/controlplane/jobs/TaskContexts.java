package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterInfo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link TaskRunner} gets for one task run: the task with the run's {@code overriding_parameters}
 * applied by task type, its {@code {{job.*}}}/{@code {{task.*}}}/{@code {{tasks.*.values.*}}} references
 * resolved, the task values of its upstream tasks, the job parameters and a scratch directory. A reference
 * to a task value the run lacks fails the task ({@link UnresolvedReference}).
 */
final class TaskContexts {
    private final ServerContext context;

    TaskContexts(ServerContext context) {
        this.context = context;
    }

    /** Reads the stored run without changing it: everything the task gets is copied or derived. */
    TaskContext of(ActiveRun run, JsonNode doc, String key, String type, Optional<ClusterInfo> cluster) {
        ObjectNode task = RunStore.task(doc, key);
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
        ObjectNode upstreamValues = RunTaskValues.upstreamOf(doc, key);
        values.putAll(RunTaskValues.references(upstreamValues));
        ObjectNode effective = withOverrides(task, type, doc.path("overriding_parameters"));
        Set<String> unresolved = new LinkedHashSet<>();
        effective = (ObjectNode) DynamicValues.resolve(effective, values, unresolved);
        if (!unresolved.isEmpty()) {
            throw unresolved(key, unresolved, upstreamValues);
        }
        long taskRunId = task.path("run_id").asLong();
        Path workDir = context.store().tempDir().resolve("job-runs").resolve(Long.toString(taskRunId));
        return new TaskContext(run.runId, taskRunId, run.jobId, key, type, effective, cluster, task.path("attempt_number").asInt(0),
                workDir, Map.copyOf(jobParameters), upstreamValues, context);
    }

    /** Names each reference and why it has no value: its task is not upstream, or set no such key. */
    private static UnresolvedReference unresolved(String key, Set<String> references, ObjectNode upstreamValues) {
        StringBuilder message = new StringBuilder("Task ").append(key).append(" cannot start: ");
        String separator = "";
        for (String reference : references) {
            List<String> parts = DynamicValues.parts(reference.substring(2, reference.length() - 2).strip());
            String task = parts.get(1);
            String value = parts.get(3);
            message.append(separator).append("the dynamic value reference ").append(reference).append(" cannot be resolved: ");
            if (!upstreamValues.has(task)) {
                message.append("task ").append(task).append(" is not upstream of ").append(key)
                        .append(" (task values are read from the tasks it depends on, directly or through others");
                message.append(upstreamValues.isEmpty() ? ")" : ": " + names(upstreamValues) + ")");
            } else {
                message.append("task ").append(task).append(" set no task value ").append(value);
                JsonNode set = upstreamValues.get(task);
                message.append(set.isEmpty() ? "" : " (it set: " + names(set) + ")");
            }
            separator = "; ";
        }
        return new UnresolvedReference(message.append('.').toString());
    }

    private static String names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
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
}
