package dev.lakeroute.dblocal.execution;

import dev.lakeroute.dblocal.support.Failures;
import dev.lakeroute.dblocal.controlplane.jobs.TaskContext;
import dev.lakeroute.dblocal.controlplane.jobs.TaskOutcome;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.driver.DriverClient;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.driver.SparkDriverRuntime;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/** What the Spark task runners share: finding the task's driver, the output limits, and the cancel contract. */
final class SparkTasks {
    /** Databricks returns at most 5 MB of {@code logs} and of {@code notebook_output.result}. */
    static final int MAX_OUTPUT_BYTES = 5 * 1024 * 1024;

    private SparkTasks() {
    }

    /** The client of the driver behind the task's cluster, or the reason there is none. */
    static Optional<DriverClient> driverOf(SparkDriverRuntime spark, TaskContext task) {
        return task.cluster().flatMap(cluster -> spark.driver(cluster.clusterId()));
    }

    /** What a context of this task run gets for {@code dbutils.jobs.taskValues}: its key and its upstream tasks' values. */
    static ObjectNode taskRun(TaskContext task) {
        ObjectNode taskRun = Json.object().put("task_key", task.taskKey());
        taskRun.set("upstream_values", task.upstreamValues());
        return taskRun;
    }

    static String noDriver(TaskContext task) {
        return task.cluster().map(cluster -> "Task " + task.taskKey() + ": cluster " + cluster.clusterId()
                        + " is " + cluster.state() + " but has no Spark driver answering")
                .orElse("Task " + task.taskKey() + " (" + task.taskType() + ") needs a cluster: set existing_cluster_id, "
                        + "new_cluster or job_cluster_key");
    }

    /**
     * Runs {@code work} with a session on the task's driver and closes the session however the task ends:
     * when the engine cancels the returned future (runs/cancel, timeout), the session cancels the running
     * command's Spark job group and destroys its contexts.
     */
    static CompletableFuture<TaskOutcome> withSession(DriverSession session, Function<DriverSession, CompletableFuture<TaskOutcome>> work) {
        CompletableFuture<TaskOutcome> result = new CompletableFuture<>();
        result.whenComplete((outcome, error) -> session.close());
        CompletableFuture<TaskOutcome> running;
        try {
            running = work.apply(session);
        } catch (RuntimeException e) {
            running = CompletableFuture.failedFuture(e);
        }
        running.whenComplete((outcome, error) -> {
            if (error == null) {
                result.complete(outcome);
            } else {
                // After a cancel the future is done already and this changes nothing.
                result.complete(TaskOutcome.internalError(String.valueOf(Failures.cause(error).getMessage())));
            }
        });
        return result;
    }


    /** {@code text} cut to the output limit (at a character boundary); the flag says whether it was cut. */
    record Limited(String text, boolean truncated) {
        static Limited of(String text) {
            if (text == null) {
                return new Limited(null, false);
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (bytes.length <= MAX_OUTPUT_BYTES) {
                return new Limited(text, false);
            }
            String cut = new String(bytes, 0, MAX_OUTPUT_BYTES, StandardCharsets.UTF_8);
            // A multi-byte character split at the limit decodes as U+FFFD: drop it.
            if (cut.endsWith("\uFFFD")) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return new Limited(cut, true);
        }
    }
}
