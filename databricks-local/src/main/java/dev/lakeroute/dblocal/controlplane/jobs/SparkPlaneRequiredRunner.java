package dev.lakeroute.dblocal.controlplane.jobs;

import java.util.concurrent.CompletableFuture;

/**
 * Stands in for task types that need Spark on the cluster until the execution plane registers a real
 * runner for them: the task ends INTERNAL_ERROR saying so, instead of pretending it ran.
 */
final class SparkPlaneRequiredRunner implements TaskRunner {
    private final String taskType;

    SparkPlaneRequiredRunner(String taskType) {
        this.taskType = taskType;
    }

    @Override
    public CompletableFuture<TaskOutcome> run(TaskContext context) {
        return CompletableFuture.completedFuture(TaskOutcome.internalError("Task " + context.taskKey() + " is a " + taskType
                + ", which requires the Spark execution plane; start databricks-local with Spark enabled."));
    }

    @Override
    public boolean needsCluster() {
        return false;
    }
}
