package dev.lakeroute.dblocal.controlplane.jobs;

import java.util.concurrent.CompletableFuture;

/** Task types databricks-local has no equivalent for (dbt Cloud, Power BI, dashboards, …). */
final class UnsupportedTaskRunner implements TaskRunner {
    private final String taskType;

    UnsupportedTaskRunner(String taskType) {
        this.taskType = taskType;
    }

    @Override
    public CompletableFuture<TaskOutcome> run(TaskContext context) {
        return CompletableFuture.completedFuture(TaskOutcome.internalError("Task " + context.taskKey() + " is a " + taskType
                + ", which databricks-local does not support."));
    }

    @Override
    public boolean needsCluster() {
        return false;
    }
}
