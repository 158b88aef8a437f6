package dev.lakeroute.dblocal.controlplane.jobs;

import java.util.concurrent.CompletableFuture;

/**
 * Stands in for a task type databricks-local cannot run: the task ends INTERNAL_ERROR saying why,
 * instead of pretending it ran. Spark task types get a real runner when the execution plane hands one in.
 */
final class RefusingTaskRunner implements TaskRunner {
    private final String taskType;
    private final String reason;

    private RefusingTaskRunner(String taskType, String reason) {
        this.taskType = taskType;
        this.reason = reason;
    }

    static RefusingTaskRunner sparkRequired(String taskType) {
        return new RefusingTaskRunner(taskType, "which requires the Spark execution plane; start databricks-local with Spark enabled.");
    }

    /** dbt Cloud, Power BI, dashboards, …: nothing on this machine is their equivalent. */
    static RefusingTaskRunner unsupported(String taskType) {
        return new RefusingTaskRunner(taskType, "which databricks-local does not support.");
    }

    @Override
    public CompletableFuture<TaskOutcome> run(TaskContext context) {
        return CompletableFuture.completedFuture(TaskOutcome.internalError("Task " + context.taskKey() + " is a " + taskType + ", " + reason));
    }

    @Override
    public boolean needsCluster() {
        return false;
    }
}
