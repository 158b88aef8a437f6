package dev.lakeroute.dblocal.execution;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.controlplane.dbfs.SafePaths;
import dev.lakeroute.dblocal.controlplane.jobs.TaskContext;
import dev.lakeroute.dblocal.controlplane.jobs.TaskOutcome;
import dev.lakeroute.dblocal.controlplane.jobs.TaskRunner;
import dev.lakeroute.dblocal.driver.DriverClient;
import dev.lakeroute.dblocal.driver.SparkDriverRuntime;
import dev.lakeroute.dblocal.http.ApiException;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.jar.JarFile;

/**
 * {@code spark_submit_task}: the {@code parameters} are a spark-submit command line ({@code --class},
 * {@code --conf k=v}, {@code --jars}, the application JAR, its arguments). The JARs go straight onto the
 * cluster's driver (not into the cluster's library list, as on Databricks), then the main class runs as
 * in a {@code spark_jar_task}. Runtime Spark conf is applied to the run's session; options about cluster
 * resources cannot apply to one local driver and are listed at the top of the logs. Python applications
 * fail: there is no PySpark here.
 */
final class SparkSubmitTaskRunner implements TaskRunner {
    private final SparkDriverRuntime spark;

    SparkSubmitTaskRunner(SparkDriverRuntime spark) {
        this.spark = spark;
    }

    @Override
    public CompletableFuture<TaskOutcome> run(TaskContext task) {
        List<String> parameters = new ArrayList<>();
        for (JsonNode parameter : task.settings().path("parameters")) {
            parameters.add(parameter.asText());
        }
        SparkSubmitArguments submit;
        try {
            submit = SparkSubmitArguments.parse(parameters);
        } catch (IllegalArgumentException e) {
            return failed("Task " + task.taskKey() + ": " + e.getMessage());
        }
        if (submit.app() == null) {
            return failed("Task " + task.taskKey() + ": spark_submit_task.parameters name no application JAR");
        }
        if (submit.app().endsWith(".py")) {
            return failed("Task " + task.taskKey() + ": " + submit.app() + " is a Python application; databricks-local has no "
                    + "PySpark, so spark-submit runs JAR applications only (use a spark_python_task for plain python3).");
        }
        List<Path> jars = new ArrayList<>();
        for (String location : concat(submit.app(), submit.jars())) {
            Optional<Path> jar = resolve(task, location);
            if (jar.isEmpty()) {
                return failed("Task " + task.taskKey() + ": cannot read the JAR " + location
                        + " (databricks-local reads dbfs:/, /dbfs/, /Volumes/ and file:/ paths)");
            }
            jars.add(jar.get());
        }
        String mainClass = submit.mainClass() != null ? submit.mainClass() : manifestMainClass(jars.get(0)).orElse(null);
        if (mainClass == null) {
            return failed("Task " + task.taskKey() + ": no --class given and " + submit.app() + " names no Main-Class in its manifest");
        }
        Optional<DriverClient> driver = SparkTasks.driverOf(spark, task);
        if (driver.isEmpty()) {
            return CompletableFuture.completedFuture(TaskOutcome.internalError(SparkTasks.noDriver(task)));
        }
        String clusterId = task.cluster().orElseThrow().clusterId();
        DriverSession session = new DriverSession(driver.get(), MainClassRun.widgets(mainClass, submit.appArgs(), submit.conf()), SparkTasks.taskRun(task));
        return SparkTasks.withSession(session, s -> CompletableFuture.allOf(jars.stream()
                        .map(jar -> spark.installJar(clusterId, jar)).toArray(CompletableFuture[]::new))
                .thenCompose(installed -> MainClassRun.run(s, mainClass, submit.appArgs().size(), submit.conf().size()))
                .thenApply(outcome -> withNote(outcome, submit.ignored())));
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static Optional<Path> resolve(TaskContext task, String location) {
        Path file;
        try {
            if (location.startsWith("dbfs:/") || location.startsWith("/Volumes/")) {
                file = SafePaths.dbfs(task.server().store()).resolveDbfs(location);
            } else if (location.startsWith("/dbfs/")) {
                file = SafePaths.dbfs(task.server().store()).resolveDbfs(location.substring("/dbfs".length()));
            } else if (location.startsWith("file:/")) {
                file = Path.of(URI.create(location));
            } else {
                return Optional.empty();
            }
        } catch (ApiException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static Optional<String> manifestMainClass(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return Optional.ofNullable(file.getManifest()).map(manifest -> manifest.getMainAttributes().getValue("Main-Class"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static TaskOutcome withNote(TaskOutcome outcome, List<String> ignored) {
        if (ignored.isEmpty()) {
            return outcome;
        }
        String note = "databricks-local: spark-submit options without effect on a local driver: " + String.join(" ", ignored) + "\n";
        String logs = outcome.logs() == null ? note : note + outcome.logs();
        return new TaskOutcome(outcome.result(), outcome.stateMessage(), logs, outcome.logsTruncated(), outcome.error(),
                outcome.errorTrace(), outcome.output(), outcome.conditionOutcome(), outcome.taskValues());
    }

    private static CompletableFuture<TaskOutcome> failed(String message) {
        return CompletableFuture.completedFuture(TaskOutcome.failed(message, message, null, null, false));
    }
}
