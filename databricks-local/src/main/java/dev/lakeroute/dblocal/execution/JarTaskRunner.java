package dev.lakeroute.dblocal.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.jobs.TaskContext;
import dev.lakeroute.dblocal.controlplane.jobs.TaskOutcome;
import dev.lakeroute.dblocal.controlplane.jobs.TaskRunner;
import dev.lakeroute.dblocal.controlplane.libraries.LibraryRegistry;
import dev.lakeroute.dblocal.driver.DriverClient;
import dev.lakeroute.dblocal.driver.SparkDriverRuntime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code spark_jar_task}: {@code main_class_name} with {@code parameters} (run-now {@code jar_params}
 * applied by the engine), its class taken from the task's {@code libraries}, which the engine installs on
 * the cluster and this runner waits for. An exception from {@code main} fails the task with its stack trace.
 */
final class JarTaskRunner implements TaskRunner {
    private final SparkDriverRuntime spark;
    private final LibraryRegistry libraries;

    JarTaskRunner(SparkDriverRuntime spark, LibraryRegistry libraries) {
        this.spark = spark;
        this.libraries = libraries;
    }

    @Override
    public CompletableFuture<TaskOutcome> run(TaskContext task) {
        ObjectNode settings = task.settings();
        String mainClass = settings.path("main_class_name").asText("").trim();
        if (mainClass.isEmpty()) {
            return CompletableFuture.completedFuture(TaskOutcome.internalError("Task " + task.taskKey()
                    + ": spark_jar_task.main_class_name is required."));
        }
        List<String> args = new ArrayList<>();
        for (JsonNode parameter : settings.path("parameters")) {
            args.add(parameter.asText());
        }
        Optional<DriverClient> driver = SparkTasks.driverOf(spark, task);
        if (driver.isEmpty()) {
            return CompletableFuture.completedFuture(TaskOutcome.internalError(SparkTasks.noDriver(task)));
        }
        String clusterId = task.cluster().orElseThrow().clusterId();
        DriverSession session = new DriverSession(driver.get(), MainClassRun.widgets(mainClass, args, Map.of()), SparkTasks.taskRun(task));
        return SparkTasks.withSession(session, s -> TaskLibraries.await(libraries, task.server().scheduler(),
                        clusterId, task.task().path("libraries"))
                .thenCompose(failure -> failure != null
                        ? CompletableFuture.completedFuture(TaskOutcome.failed(failure, failure, null, null, false))
                        : MainClassRun.run(s, mainClass, args.size(), 0)));
    }
}
