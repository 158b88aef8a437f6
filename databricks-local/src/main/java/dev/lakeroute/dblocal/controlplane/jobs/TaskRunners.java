package dev.lakeroute.dblocal.controlplane.jobs;

import dev.lakeroute.dblocal.controlplane.ServerContext;

import java.util.HashMap;
import java.util.Map;

/**
 * The runner of each task type for one server, fixed when it is built. Built in: {@code spark_python_task}
 * (python3) and {@code condition_task}; the jobs family adds {@code run_job_task} with {@link #with}; the
 * Spark task types refuse honestly unless the execution plane hands its runners in:
 * <pre>{@code new TaskRunners(context, Map.of("notebook_task", notebookRunner))}</pre>
 */
public final class TaskRunners {
    private final Map<String, TaskRunner> runners;

    /** The built-in runners, with {@code added} replacing them by type (e.g. {@code "notebook_task"}). */
    public TaskRunners(ServerContext context, Map<String, TaskRunner> added) {
        Map<String, TaskRunner> all = new HashMap<>();
        TaskTypes.SPARK_TYPES.forEach(type -> all.put(type, RefusingTaskRunner.sparkRequired(type)));
        all.put(TaskTypes.SPARK_PYTHON, new PythonScriptRunner(new TaskFiles(context.store())));
        all.put(TaskTypes.CONDITION, new ConditionTaskRunner());
        added.forEach((type, runner) -> all.put(known(type), runner));
        this.runners = Map.copyOf(all);
    }

    private TaskRunners(Map<String, TaskRunner> runners) {
        this.runners = Map.copyOf(runners);
    }

    /** These runners, with {@code runner} running every task of {@code taskType}. */
    TaskRunners with(String taskType, TaskRunner runner) {
        Map<String, TaskRunner> all = new HashMap<>(runners);
        all.put(known(taskType), runner);
        return new TaskRunners(all);
    }

    private static String known(String taskType) {
        if (!TaskTypes.ALL.contains(taskType)) {
            throw new IllegalArgumentException("Unknown task type " + taskType + "; known types: " + TaskTypes.ALL);
        }
        return taskType;
    }

    public TaskRunner runnerFor(String taskType) {
        TaskRunner runner = runners.get(taskType);
        return runner != null ? runner : RefusingTaskRunner.unsupported(taskType);
    }

    /** Whether a real runner (not the refusing stand-in) handles the type. */
    public boolean canRun(String taskType) {
        TaskRunner runner = runnerFor(taskType);
        return !(runner instanceof RefusingTaskRunner);
    }
}
