package dev.lakeroute.dblocal.driver;

import dev.lakeroute.dblocal.runtime.ClusterLaunch;
import dev.lakeroute.dblocal.runtime.ClusterLoad;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Real Spark behind RUNNING clusters: one driver JVM per cluster, started on {@link #start}, stopped on
 * {@link #stop}, all killed when this runtime closes or the JVM exits. A cluster with workers (and no
 * {@code spark.master} of its own) also gets a Spark standalone Master and one Worker JVM per worker,
 * whose executors run its tasks; {@link #resize} adds and removes Workers. Spark stays in those JVMs;
 * this class only launches and talks to them.
 */
public final class SparkDriverRuntime implements ClusterRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(SparkDriverRuntime.class);

    private final DriverSettings settings;
    private static final Duration EXECUTOR_CHECK = Duration.ofMillis(200);

    private final DriverLauncher launcher;
    private final StandaloneLauncher standalone;
    private final Map<String, StandaloneCluster> standalones = new ConcurrentHashMap<>();
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
        this.standalone = new StandaloneLauncher(dataDir.resolve("drivers"), settings, scheduler);
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
     * Starts the cluster's driver and installs the launch's jars before completing. The driver's master:
     * {@code spark.master} from the cluster's Spark conf when it has one (an existing cluster, or
     * {@code local[N]}); else, with workers, a standalone Master started for it plus its Workers, and the
     * launch completes once every worker's executor has registered; else (single node) {@code local[*]}.
     * Heap from {@code spark.driver.memory} or the settings. A cluster whose driver is already starting or
     * running gets that driver.
     */
    public CompletableFuture<DriverHandle> launch(ClusterLaunch launch) {
        String clusterId = launch.clusterId();
        CompletableFuture<LaunchedDriver> started = drivers.computeIfAbsent(clusterId, id -> {
            String heap = launch.sparkConf().getOrDefault("spark.driver.memory", settings.heap());
            boolean ownWorkers = launch.numWorkers() > 0 && !launch.sparkConf().containsKey("spark.master");
            CompletableFuture<LaunchedDriver> driver;
            if (ownWorkers) {
                driver = launchWithWorkers(id, launch, heap);
            } else {
                String master = launch.sparkConf().getOrDefault("spark.master", settings.localMaster(0));
                driver = launcher.launch(id, master, heap, launch.sparkConf())
                        .thenCompose(launched -> installAll(launched, launch.jars()));
            }
            return driver.whenComplete((launched, failure) -> {
                if (failure != null) {
                    drivers.remove(id);
                    stopStandalone(id);
                    LOG.warn("Spark driver of cluster {} did not start: {}", id, failure.getMessage());
                } else {
                    watchExit(launched);
                }
            });
        });
        return started.thenApply(LaunchedDriver::handle);
    }

    /**
     * Master, Workers and driver start together (on 2 cores their JVM starts overlap well); the Workers and
     * the driver connect once the Master leads. A Master that fails takes the driver and the Workers with it.
     */
    private CompletableFuture<LaunchedDriver> launchWithWorkers(String id, ClusterLaunch launch, String heap) {
        StandaloneCluster cluster;
        try {
            cluster = standalone.startMaster(id, launcher.workDir(id), launch.workerSize());
            standalones.put(id, cluster);
            for (int i = 0; i < launch.numWorkers(); i++) {
                standalone.startWorker(cluster);
            }
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<LaunchedDriver> driver = launcher.launch(id, cluster.masterUrl(), heap, standaloneConf(launch, cluster),
                StandaloneLauncher.gate(cluster), cluster.ready());
        return driver
                .thenCompose(launched -> cluster.ready().thenApply(alive -> launched))
                .thenCompose(launched -> installAll(launched, launch.jars()))
                .thenCompose(launched -> awaitExecutors(launched, launch.numWorkers()))
                .whenComplete((launched, failure) -> {
                    if (failure != null) {
                        // A driver that answered but whose executors never came must not outlive the failed start.
                        driver.thenAccept(started -> DriverLauncher.kill(started.process()));
                    }
                });
    }

    /** What the driver needs to use its Workers' executors; the cluster's own Spark conf wins where it says otherwise. */
    private Map<String, String> standaloneConf(ClusterLaunch launch, StandaloneCluster cluster) {
        Map<String, String> conf = new LinkedHashMap<>();
        conf.put("spark.executor.memory", cluster.workerSize().memory());
        conf.put("spark.executor.cores", Integer.toString(cluster.workerSize().cores()));
        conf.put("spark.executor.extraClassPath", StandaloneLauncher.executorClasspath(launcher.driversDir()));
        conf.putAll(launch.sparkConf());
        conf.put("spark.master", cluster.masterUrl());
        return conf;
    }

    /**
     * Resizes a cluster that runs its own Workers: starts or stops Worker JVMs (idle ones go first, then the
     * newest), and completes once the driver sees {@code numWorkers} executors. A single-node cluster, or one
     * on a {@code spark.master} of its own, has no Workers here to change.
     */
    @Override
    public CompletableFuture<Void> resize(String clusterId, int numWorkers) {
        StandaloneCluster cluster = standalones.get(clusterId);
        CompletableFuture<LaunchedDriver> driver = drivers.get(clusterId);
        if (cluster == null || driver == null || !driver.isDone() || driver.isCompletedExceptionally()) {
            return CompletableFuture.completedFuture(null);
        }
        LaunchedDriver launched = driver.join();
        int current = cluster.workers().size();
        LOG.info("Resizing Spark cluster {} from {} to {} workers", clusterId, current, numWorkers);
        if (numWorkers >= current) {
            try {
                for (int i = current; i < numWorkers; i++) {
                    standalone.startWorker(cluster);
                }
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
            return awaitExecutors(launched, numWorkers).thenApply(ready -> null);
        }
        return launched.handle().client().executors()
                .handle((activity, unknown) -> activity == null ? List.<Integer>of() : WorkerActivity.idleFirst(cluster, activity))
                .thenCompose(idleFirst -> {
                    List<CompletableFuture<Void>> stops = cluster.removeDownTo(numWorkers, idleFirst).stream()
                            .map(worker -> standalone.stop(worker.process())).toList();
                    return CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new));
                })
                .thenCompose(stopped -> awaitExecutors(launched, numWorkers))
                .thenApply(ready -> null);
    }

    /** For autoscaling: the Workers' load as the driver reports it, idle meaning idle for the autoscale idle timeout. */
    @Override
    public CompletableFuture<Optional<ClusterLoad>> load(String clusterId) {
        StandaloneCluster cluster = standalones.get(clusterId);
        Optional<DriverClient> client = driver(clusterId);
        if (cluster == null || client.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return client.get().executors().thenApply(activity -> Optional.of(
                WorkerActivity.load(cluster, activity, settings.autoscaleIdleTimeout())));
    }

    /** Completes when the driver reports {@code count} executors: each Worker's executor JVM is up and registered. */
    private CompletableFuture<LaunchedDriver> awaitExecutors(LaunchedDriver driver, int count) {
        CompletableFuture<LaunchedDriver> ready = new CompletableFuture<>();
        AtomicBoolean asking = new AtomicBoolean();
        ScheduledFuture<?> check = scheduler.scheduleWithFixedDelay(() -> {
            if (!asking.compareAndSet(false, true)) {
                return;
            }
            driver.handle().client().health().whenComplete((health, failure) -> {
                asking.set(false);
                if (health != null && health.executors() == count) {
                    ready.complete(driver);
                }
            });
        }, 0, EXECUTOR_CHECK.toMillis(), TimeUnit.MILLISECONDS);
        driver.process().onExit().thenRun(() -> ready.completeExceptionally(new DriverException(500, "INTERNAL_ERROR",
                "The Spark driver of cluster " + driver.clusterId() + " exited while waiting for its executors")));
        return ready.orTimeout(settings.startTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((done, failure) -> check.cancel(false))
                .exceptionallyCompose(failure -> CompletableFuture.failedFuture(
                        unwrap(failure) instanceof TimeoutException ? new DriverException(500, "INTERNAL_ERROR",
                                "The Spark executors of cluster " + driver.clusterId() + " did not register within "
                                        + settings.startTimeout().toSeconds() + " s (expected " + count + "); see the worker logs under "
                                        + launcher.workDir(driver.clusterId()).resolve("standalone")) : failure));
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private CompletableFuture<Void> stopStandalone(String clusterId) {
        StandaloneCluster cluster = standalones.remove(clusterId);
        return cluster == null ? CompletableFuture.completedFuture(null) : standalone.stopAll(cluster);
    }

    /** The brief form: one driver JVM running its tasks itself ({@code local[N]} from {@code numWorkers}), Spark conf and heap. */
    public CompletableFuture<DriverHandle> start(String clusterId, int numWorkers, Map<String, String> sparkConf, String heap) {
        Map<String, String> conf = new HashMap<>(sparkConf);
        conf.putIfAbsent("spark.master", settings.localMaster(numWorkers));
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
                stopStandalone(driver.clusterId());
                exitListeners.forEach(listener -> listener.driverExited(driver.clusterId(), process.exitValue(), tail));
            }
        });
    }

    /**
     * Stops the cluster's driver, then its Workers and Master if it has them (killing each after the stop
     * timeout); completes when the processes are gone.
     */
    @Override
    public CompletableFuture<Void> stop(String clusterId) {
        CompletableFuture<LaunchedDriver> driver = drivers.remove(clusterId);
        if (driver == null) {
            return stopStandalone(clusterId);
        }
        // A driver still starting is stopped as soon as it is up (a failed start left nothing behind).
        return driver.handle((launched, failure) -> launched)
                .thenCompose(launched -> launched == null ? CompletableFuture.completedFuture(null) : launcher.stop(launched))
                .thenCompose(stopped -> stopStandalone(clusterId));
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
        standalones.values().forEach(StandaloneLauncher::kill);
        standalones.clear();
    }
}
