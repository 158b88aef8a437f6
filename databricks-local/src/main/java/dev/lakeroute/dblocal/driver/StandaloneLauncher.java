package dev.lakeroute.dblocal.driver;

import dev.lakeroute.dblocal.runtime.WorkerSize;
import dev.lakeroute.dblocal.sparkdriver.DriverCommandLine;
import dev.lakeroute.dblocal.sparkdriver.MasterGate;
import dev.lakeroute.dblocal.store.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts and stops the Spark standalone Master and Worker JVMs of clusters with workers, from the
 * driver's classpath (Spark's daemons are in spark-core). Everything listens on loopback. The Master's
 * port is chosen here, so the Workers and the driver start at the same time as the Master (JVM start and
 * class loading overlap) and connect once its log says it leads: this launcher then creates
 * {@code master.ready}, which they wait for (see the driver module's {@code MasterGate}). A cluster lives
 * under {@code drivers/<clusterId>/standalone/}: {@code master.log}, {@code worker-N.log} and each
 * Worker's work directory (its executors' stdout and stderr).
 */
final class StandaloneLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(StandaloneLauncher.class);
    /** Logged once the Master's endpoint runs and takes registrations. */
    private static final Pattern MASTER_LEADS = Pattern.compile("I have been elected leader! New state: (ALIVE)");
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

    /**
     * Starts the Master on a free loopback port and returns its cluster at once; {@link StandaloneCluster#ready()}
     * completes when it takes registrations, and fails (the Master killed) when it exits or times out first.
     */
    StandaloneCluster startMaster(String clusterId, Path clusterDir, WorkerSize workerSize) {
        Path dir = clusterDir.resolve("standalone");
        Path logFile = dir.resolve("master.log");
        Path readyFile = dir.resolve("master.ready");
        Process process;
        int port;
        try {
            OwnerOnly.directory(driversDir);
            OwnerOnly.directory(clusterDir);
            OwnerOnly.directory(dir);
            Files.deleteIfExists(readyFile);
            // Workers' executors are started by Spark's launcher code, which insists on a Spark home with jars/;
            // an empty one is enough, the classpath comes from spark.executor.extraClassPath.
            Files.createDirectories(sparkHome(dir).resolve("jars"));
            port = freePort();
            // The port is promised to the Workers and the driver: the Master fails rather than take the next one.
            Path properties = dir.resolve("master.properties");
            Files.writeString(properties, "spark.port.maxRetries 0\n", StandardCharsets.UTF_8);
            process = start(dir, logFile, "master", clusterId, List.of("--host", "127.0.0.1", "--port", Integer.toString(port),
                    "--webui-port", "0", "--properties-file", properties.toString()), null);
        } catch (IOException | RuntimeException e) {
            throw new DriverException("Cannot start the Spark master of cluster " + clusterId + ": " + e.getMessage(), e);
        }
        LOG.info("Starting Spark standalone master of cluster {} (pid {}, port {}), log {}", clusterId, process.pid(), port, logFile);
        CompletableFuture<Void> ready = awaitLine(process, logFile, MASTER_LEADS, "Spark master of cluster " + clusterId)
                .thenAccept(alive -> {
                    try {
                        Files.writeString(readyFile, "spark://127.0.0.1:" + port, StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        DriverLauncher.kill(process);
                        throw new DriverException("Cannot write " + readyFile + ": " + e.getMessage(), e);
                    }
                });
        return new StandaloneCluster(clusterId, process, "spark://127.0.0.1:" + port, dir, workerSize, readyFile, ready);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** What the driver of {@code cluster} needs in its environment to wait for the Master. */
    static Map<String, String> gate(StandaloneCluster cluster) {
        return Map.of(MasterGate.ENV, cluster.readyFile().toString());
    }

    /**
     * Starts one more Worker; it registers with the Master by itself (once the Master is ready), and the
     * Master gives it an executor of the driver.
     */
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
                    "--work-dir", workDir.toString(), cluster.masterUrl()), cluster.readyFile());
            LOG.info("Started Spark worker {} of cluster {} (pid {}, {} cores, {}), log {}", index, cluster.clusterId(),
                    process.pid(), size.cores(), size.memory(), logFile);
            StandaloneCluster.Worker worker = new StandaloneCluster.Worker(index, process, logFile, workDir);
            cluster.add(worker);
            return worker;
        } catch (IOException | RuntimeException e) {
            throw new DriverException("Cannot start Spark worker " + index + " of cluster " + cluster.clusterId() + ": " + e.getMessage(), e);
        }
    }

    /** @param gate the file to wait for before connecting to the Master; null for the Master itself */
    private Process start(Path dir, Path logFile, String role, String clusterId, List<String> sparkArgs, Path gate) throws IOException {
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
        if (gate != null) {
            builder.environment().put(MasterGate.ENV, gate.toString());
        }
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
