package dev.lakeroute.dblocal.driver;

import dev.lakeroute.dblocal.runtime.WorkerSize;
import dev.lakeroute.dblocal.sparkdriver.DriverCommandLine;
import dev.lakeroute.dblocal.store.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts and stops the Spark standalone Master and Worker JVMs of clusters with workers, from the
 * driver's classpath (Spark's daemons are in spark-core). Everything listens on loopback, on ports
 * the JVMs pick; the Master's URL is read from its log. A cluster lives under
 * {@code drivers/<clusterId>/standalone/}: {@code master.log}, {@code worker-N.log} and each Worker's
 * work directory (its executors' stdout and stderr).
 */
final class StandaloneLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(StandaloneLauncher.class);
    private static final Pattern MASTER_URL = Pattern.compile("Starting Spark master at (spark://\\S+)");
    private static final Duration LOG_CHECK = Duration.ofMillis(50);
    /** Master and Worker only schedule and supervise; executors get the memory. */
    private static final String DAEMON_HEAP = "256m";

    private final Path driversDir;
    private final DriverSettings settings;
    private final ScheduledExecutorService scheduler;

    StandaloneLauncher(Path driversDir, DriverSettings settings, ScheduledExecutorService scheduler) {
        this.driversDir = driversDir.toAbsolutePath().normalize();
        this.settings = settings;
        this.scheduler = scheduler;
    }

    /** Completes with the cluster once its Master answers; fails (leaving nothing behind) when it exits or times out first. */
    CompletableFuture<StandaloneCluster> startMaster(String clusterId, Path clusterDir, WorkerSize workerSize) {
        Path dir = clusterDir.resolve("standalone");
        Path logFile = dir.resolve("master.log");
        Process process;
        try {
            OwnerOnly.directory(driversDir);
            OwnerOnly.directory(clusterDir);
            OwnerOnly.directory(dir);
            // Workers' executors are started by Spark's launcher code, which insists on a Spark home with jars/;
            // an empty one is enough, the classpath comes from spark.executor.extraClassPath.
            Files.createDirectories(sparkHome(dir).resolve("jars"));
            process = start(dir, logFile, "master", clusterId,
                    List.of("--host", "127.0.0.1", "--port", "0", "--webui-port", "0"));
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.failedFuture(new DriverException("Cannot start the Spark master of cluster " + clusterId
                    + ": " + e.getMessage(), e));
        }
        LOG.info("Starting Spark standalone master of cluster {} (pid {}), log {}", clusterId, process.pid(), logFile);
        return awaitLine(process, logFile, MASTER_URL, "Spark master of cluster " + clusterId)
                .thenApply(url -> new StandaloneCluster(clusterId, process, url, dir, workerSize));
    }

    /** Starts one more Worker; it registers with the Master by itself, and the Master gives it an executor of the driver. */
    StandaloneCluster.Worker startWorker(StandaloneCluster cluster) {
        int index = cluster.nextIndex();
        Path workDir = cluster.dir().resolve("worker-" + index);
        Path logFile = cluster.dir().resolve("worker-" + index + ".log");
        WorkerSize size = cluster.workerSize();
        try {
            OwnerOnly.directory(workDir);
            Process process = start(cluster.dir(), logFile, "worker", cluster.clusterId(), List.of(
                    "--host", "127.0.0.1", "--port", "0", "--webui-port", "0",
                    "--cores", Integer.toString(size.cores()), "--memory", size.memory(),
                    "--work-dir", workDir.toString(), cluster.masterUrl()));
            LOG.info("Started Spark worker {} of cluster {} (pid {}, {} cores, {}), log {}", index, cluster.clusterId(),
                    process.pid(), size.cores(), size.memory(), logFile);
            StandaloneCluster.Worker worker = new StandaloneCluster.Worker(index, process, logFile);
            cluster.add(worker);
            return worker;
        } catch (IOException | RuntimeException e) {
            throw new DriverException("Cannot start Spark worker " + index + " of cluster " + cluster.clusterId() + ": " + e.getMessage(), e);
        }
    }

    private Process start(Path dir, Path logFile, String role, String clusterId, List<String> sparkArgs) throws IOException {
        List<Path> classpath = DriverCommandLine.runtimeClasspath(DriverLauncher.class.getClassLoader(), driversDir.resolve("classes"));
        List<String> command = DriverCommandLine.daemonCommand(DriverCommandLine.currentJava(), DAEMON_HEAP, classpath,
                dir.resolve(role + ".args"), role, clusterId, sparkArgs);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
        builder.environment().put("SPARK_HOME", sparkHome(dir).toString());
        // Spark's launcher asks for the Scala version when the Spark home is not a distribution.
        builder.environment().put("SPARK_SCALA_VERSION", "2.12");
        builder.environment().remove("SPARK_CONF_DIR");
        // Spark otherwise looks up the host's address first (slow where DNS is), to bind to loopback anyway.
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        // Stdin stays a pipe: the daemon exits on EOF, i.e. when this JVM is gone.
        return builder.start();
    }

    private static Path sparkHome(Path dir) {
        return dir.resolve("spark-home");
    }

    /** The executor classpath: what the driver runs on, so tasks find the driver's classes (the dbfs: file system among them). */
    static String executorClasspath(Path driversDir) {
        return DriverCommandLine.join(DriverCommandLine.runtimeClasspath(DriverLauncher.class.getClassLoader(),
                driversDir.toAbsolutePath().normalize().resolve("classes")));
    }

    private CompletableFuture<String> awaitLine(Process process, Path logFile, Pattern pattern, String what) {
        CompletableFuture<String> found = new CompletableFuture<>();
        ScheduledFuture<?> check = scheduler.scheduleWithFixedDelay(() -> {
            try {
                Matcher matcher = pattern.matcher(Files.readString(logFile, StandardCharsets.UTF_8));
                if (matcher.find()) {
                    found.complete(matcher.group(1));
                }
            } catch (IOException | RuntimeException notYet) {
                // The log appears with the first line.
            }
        }, LOG_CHECK.toMillis(), LOG_CHECK.toMillis(), TimeUnit.MILLISECONDS);
        process.onExit().thenRun(() -> found.completeExceptionally(new DriverException(500, "INTERNAL_ERROR",
                "The " + what + " exited with code " + process.exitValue() + " before it was ready; last lines of "
                        + logFile + ":\n" + DriverLauncher.tail(logFile))));
        return found.orTimeout(settings.startTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((value, failure) -> {
                    check.cancel(false);
                    if (failure != null) {
                        DriverLauncher.kill(process);
                    }
                })
                .exceptionallyCompose(failure -> CompletableFuture.failedFuture(
                        (failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                                ? failure.getCause() : failure) instanceof TimeoutException
                        ? new DriverException(500, "INTERNAL_ERROR", "The " + what + " did not start within "
                        + settings.startTimeout().toSeconds() + " s; see " + logFile)
                        : failure));
    }

    /**
     * Stops the JVM as Spark expects (SIGTERM: a Worker's shutdown hook kills its executors), then
     * kills whatever of it and its children is left after the stop timeout.
     */
    CompletableFuture<Void> stop(Process process) {
        // Executors are the Worker's children only while it lives: remember them now.
        List<ProcessHandle> children = new ArrayList<>(process.descendants().toList());
        process.destroy();
        return process.onExit()
                .orTimeout(settings.stopTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .handle((exited, timeout) -> {
                    if (timeout != null) {
                        LOG.warn("Spark standalone JVM (pid {}) did not stop within {} s; killing it", process.pid(),
                                settings.stopTimeout().toSeconds());
                    }
                    DriverLauncher.kill(process);
                    children.forEach(ProcessHandle::destroyForcibly);
                    return null;
                });
    }

    /** Stops every Worker, then the Master. */
    CompletableFuture<Void> stopAll(StandaloneCluster cluster) {
        List<CompletableFuture<Void>> workers = cluster.removeBeyond(0).stream().map(worker -> stop(worker.process())).toList();
        return CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new))
                .thenCompose(stopped -> stop(cluster.master()));
    }

    /** At JVM exit: no waiting, nothing may outlive it. */
    static void kill(StandaloneCluster cluster) {
        cluster.processes().forEach(DriverLauncher::kill);
    }
}
