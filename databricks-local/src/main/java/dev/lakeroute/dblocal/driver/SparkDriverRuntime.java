package dev.lakeroute.dblocal.driver;

import dev.lakeroute.dblocal.runtime.ClusterLaunch;
import dev.lakeroute.dblocal.runtime.ClusterRuntime;
import dev.lakeroute.dblocal.runtime.DriverExitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Real Spark behind RUNNING clusters: one driver JVM per cluster, started on {@link #start}, stopped on
 * {@link #stop}, all killed when this runtime closes or the JVM exits. Spark stays in the driver JVMs;
 * this class only launches and talks to them.
 */
public final class SparkDriverRuntime implements ClusterRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(SparkDriverRuntime.class);

    private final DriverSettings settings;
    private final DriverLauncher launcher;
    private final ScheduledExecutorService scheduler;
    private final HttpClient http;
    private final Map<String, CompletableFuture<LaunchedDriver>> drivers = new ConcurrentHashMap<>();
    private final List<DriverExitListener> exitListeners = new CopyOnWriteArrayList<>();
    private final Thread shutdownHook;

    /**
     * @param dataDir  drivers keep their logs and work files under {@code dataDir/drivers}
     * @param dbfsRoot the directory {@code dbfs:/} means inside Spark (the control plane's DBFS root)
     */
    public SparkDriverRuntime(Path dataDir, Path dbfsRoot, DriverSettings settings) {
        this.settings = settings;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "databricks-local-drivers");
            thread.setDaemon(true);
            return thread;
        });
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
        this.launcher = new DriverLauncher(dataDir.resolve("drivers"), dbfsRoot, settings, scheduler, http);
        // Drivers also exit by themselves when this JVM dies (stdin EOF); the hook makes it immediate.
        this.shutdownHook = new Thread(this::killAll, "databricks-local-driver-reaper");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public DriverSettings settings() {
        return settings;
    }

    @Override
    public java.util.Optional<Path> driverLog(String clusterId) {
        Path log = launcher.logFile(clusterId);
        return java.nio.file.Files.isRegularFile(log) ? java.util.Optional.of(log) : java.util.Optional.empty();
    }

    /** ClusterRuntime: the cluster may turn RUNNING when this completes. */
    @Override
    public CompletableFuture<Void> start(ClusterLaunch launch) {
        return launch(launch).thenApply(handle -> null);
    }

    /**
     * Starts the cluster's driver ({@code local[N]} from {@code numWorkers}, or {@code spark.master} from
     * its Spark conf; heap from {@code spark.driver.memory} or the settings) and installs the launch's
     * jars before completing. A cluster whose driver is already starting or running gets that driver.
     */
    public CompletableFuture<DriverHandle> launch(ClusterLaunch launch) {
        String clusterId = launch.clusterId();
        CompletableFuture<LaunchedDriver> started = drivers.computeIfAbsent(clusterId, id -> {
            String master = launch.sparkConf().getOrDefault("spark.master", settings.localMaster(launch.numWorkers()));
            String heap = launch.sparkConf().getOrDefault("spark.driver.memory", settings.heap());
            return launcher.launch(id, master, heap, launch.sparkConf())
                    .thenCompose(driver -> installAll(driver, launch.jars()))
                    .whenComplete((driver, failure) -> {
                        if (failure != null) {
                            drivers.remove(id);
                            LOG.warn("Spark driver of cluster {} did not start: {}", id, failure.getMessage());
                        } else {
                            watchExit(driver);
                        }
                    });
        });
        return started.thenApply(LaunchedDriver::handle);
    }

    /** The brief form: a driver for a cluster with this many workers, Spark conf and heap. */
    public CompletableFuture<DriverHandle> start(String clusterId, int numWorkers, Map<String, String> sparkConf, String heap) {
        Map<String, String> conf = new java.util.HashMap<>(sparkConf);
        if (heap != null) {
            conf.put("spark.driver.memory", heap);
        }
        return launch(new ClusterLaunch(clusterId, numWorkers, conf, List.of()));
    }

    private CompletableFuture<LaunchedDriver> installAll(LaunchedDriver driver, List<Path> jars) {
        CompletableFuture<?>[] installs = jars.stream().map(jar -> driver.handle().client().addJar(jar)).toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(installs).handle((done, failure) -> {
            if (failure != null) {
                DriverLauncher.kill(driver.process());
                throw new DriverException(500, "INTERNAL_ERROR", "Cannot install the libraries of cluster "
                        + driver.clusterId() + ": " + failure.getMessage());
            }
            return driver;
        });
    }

    private void watchExit(LaunchedDriver driver) {
        driver.process().onExit().thenAccept(process -> {
            CompletableFuture<LaunchedDriver> current = drivers.get(driver.clusterId());
            boolean unexpected = current != null && current.isDone() && !current.isCompletedExceptionally()
                    && current.join() == driver && drivers.remove(driver.clusterId(), current);
            if (unexpected) {
                String tail = DriverLauncher.tail(driver.handle().logFile());
                LOG.warn("Spark driver of cluster {} exited with code {}", driver.clusterId(), process.exitValue());
                exitListeners.forEach(listener -> listener.driverExited(driver.clusterId(), process.exitValue(), tail));
            }
        });
    }

    /** Stops the cluster's driver (killing it after the stop timeout); completes when the process is gone. */
    @Override
    public CompletableFuture<Void> stop(String clusterId) {
        CompletableFuture<LaunchedDriver> driver = drivers.remove(clusterId);
        if (driver == null) {
            return CompletableFuture.completedFuture(null);
        }
        // A driver still starting is stopped as soon as it is up (a failed start left nothing behind).
        return driver.handle((launched, failure) -> launched)
                .thenCompose(launched -> launched == null ? CompletableFuture.completedFuture(null) : launcher.stop(launched));
    }

    /** The client of the cluster's driver, once it answers. */
    public Optional<DriverClient> driver(String clusterId) {
        return handle(clusterId).map(DriverHandle::client);
    }

    public Optional<DriverHandle> handle(String clusterId) {
        CompletableFuture<LaunchedDriver> driver = drivers.get(clusterId);
        if (driver == null || !driver.isDone() || driver.isCompletedExceptionally()) {
            return Optional.empty();
        }
        return Optional.of(driver.join().handle());
    }

    /**
     * Puts a jar onto the classpath of the cluster's new contexts (the shape of the libraries family's
     * {@code JarInstaller}). Fails when the cluster has no running driver.
     */
    public CompletableFuture<Void> installJar(String clusterId, Path jar) {
        return driver(clusterId)
                .map(client -> client.addJar(jar).<Void>thenApply(added -> null))
                .orElseGet(() -> CompletableFuture.failedFuture(new DriverException(400, "INVALID_STATE",
                        "Cluster " + clusterId + " has no running Spark driver")));
    }

    @Override
    public void addExitListener(DriverExitListener listener) {
        exitListeners.add(listener);
    }

    /** Stops every driver, waiting at most the stop timeout (then killing what is left). */
    @Override
    public void close() {
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (String clusterId : List.copyOf(drivers.keySet())) {
            stops.add(stop(clusterId));
        }
        try {
            CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new))
                    .get(settings.stopTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            LOG.warn("Not every Spark driver stopped in time; killing the rest: {}", e.toString());
        }
        killAll();
        scheduler.shutdownNow();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // Called from a shutdown hook; ours runs anyway.
        }
    }

    private void killAll() {
        drivers.values().forEach(driver -> {
            if (driver.isDone() && !driver.isCompletedExceptionally()) {
                DriverLauncher.kill(driver.join().process());
            }
        });
        drivers.clear();
    }
}
