package dev.lakeroute.dblocal.controlplane.jobs;

import java.util.concurrent.CompletableFuture;

/**
 * Runs one type of task (notebook, spark_jar, spark_python, sql, …). Returns at once; the future
 * completes with the outcome. The engine cancels the future ({@code cancel(true)}) when the run is
 * cancelled or times out: a runner must then stop its work (kill its process, cancel its Spark job
 * group), typically with {@code result.whenComplete((o, e) -> { if (result.isCancelled()) stop(); })}.
 * A future that fails exceptionally counts as an INTERNAL_ERROR with the exception's message.
 */
@FunctionalInterface
public interface TaskRunner {
    CompletableFuture<TaskOutcome> run(TaskContext context);

    /** Whether the task needs its cluster RUNNING before {@link #run} (false for runners that only refuse). */
    default boolean needsCluster() {
        return true;
    }
}
