package dev.lakeroute.dblocal.controlplane.jobs;

import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.controlplane.clusters.ServerScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runner of each task type for one server. Built in: {@code spark_python_task} (python3),
 * {@code condition_task} and {@code run_job_task}; the Spark task types refuse honestly until the
 * execution plane calls {@link #register} for them:
 * <pre>{@code TaskRunners.of(context).register("notebook_task", notebookRunner);}</pre>
 */
public final class TaskRunners {
    private static final ServerScoped<TaskRunners> INSTANCES = new ServerScoped<>(context -> new TaskRunners(context, Map.of()));

    private final Map<String, TaskRunner> runners = new ConcurrentHashMap<>();

    /** Runners for a server of a test's own; {@code overrides} replace the built-in ones by type. */
    public TaskRunners(ServerContext context, Map<String, TaskRunner> overrides) {
        TaskTypes.SPARK_TYPES.forEach(type -> runners.put(type, RefusingTaskRunner.sparkRequired(type)));
        runners.put(TaskTypes.SPARK_PYTHON, new PythonScriptRunner(new TaskFiles(context.store())));
        runners.put(TaskTypes.CONDITION, new ConditionTaskRunner());
        runners.putAll(overrides);
    }

    public static TaskRunners of(ServerContext context) {
        return INSTANCES.of(context);
    }

    /** Makes {@code runner} run every later task of {@code taskType} (e.g. {@code "notebook_task"}). */
    public void register(String taskType, TaskRunner runner) {
        if (!TaskTypes.ALL.contains(taskType)) {
            throw new IllegalArgumentException("Unknown task type " + taskType + "; known types: " + TaskTypes.ALL);
        }
        runners.put(taskType, runner);
    }

    public TaskRunner runnerFor(String taskType) {
        return runners.computeIfAbsent(taskType, RefusingTaskRunner::unsupported);
    }

    /** Whether a real runner (not the refusing stand-in) handles the type. */
    public boolean canRun(String taskType) {
        TaskRunner runner = runnerFor(taskType);
        return !(runner instanceof RefusingTaskRunner);
    }
}
