package dev.lakeroute.dblocal.driver;

import dev.lakeroute.dblocal.sparkdriver.DriverCommandLine;
import dev.lakeroute.dblocal.sparkdriver.DriverMain;
import dev.lakeroute.dblocal.sparkdriver.DriverOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.lakeroute.dblocal.store.OwnerOnly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts and stops driver JVMs. A driver is ready when it has written its port to its ready file (it does
 * so once Spark has run a job); the wait is scheduled checks, not a blocked thread. Each driver gets its
 * own directory under {@code drivers/<clusterId>/} with its log, and a random token for its protocol.
 */
public final class DriverLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(DriverLauncher.class);
    private static final Duration READY_CHECK = Duration.ofMillis(25);
    private static final SecureRandom TOKENS = new SecureRandom();

    private final Path driversDir;
    private final Path dbfsRoot;
    private final DriverSettings settings;
    private final ScheduledExecutorService scheduler;
    private final HttpClient http;

    public DriverLauncher(Path driversDir, Path dbfsRoot, DriverSettings settings, ScheduledExecutorService scheduler, HttpClient http) {
        this.driversDir = driversDir.toAbsolutePath().normalize();
        this.dbfsRoot = dbfsRoot.toAbsolutePath().normalize();
        this.settings = settings;
        this.scheduler = scheduler;
        this.http = http;
    }

    /** Completes when the driver answers; fails (and leaves no process behind) when it exits or times out first. */
    CompletableFuture<LaunchedDriver> launch(String clusterId, String master, String heap, Map<String, String> sparkConf) {
        return launch(clusterId, master, heap, sparkConf, Map.of(), new CompletableFuture<>());
    }

    /**
     * As {@link #launch(String, String, String, Map)}, with {@code environment} added to the driver's, and
     * killing the driver when {@code abandon} fails first (the Master it waits for did not come up).
     */
    CompletableFuture<LaunchedDriver> launch(String clusterId, String master, String heap, Map<String, String> sparkConf,
                                             Map<String, String> environment, CompletableFuture<?> abandon) {
        Path workDir = workDir(clusterId);
        Path readyFile = workDir.resolve("driver.ready");
        Path logFile = workDir.resolve("driver.log");
        Process process;
        byte[] secret = new byte[24];
        TOKENS.nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        try {
            // A driver's log shows what its commands printed, secrets included: the owner's only.
            OwnerOnly.directory(driversDir);
            OwnerOnly.directory(workDir);
            Files.deleteIfExists(readyFile);
            DriverOptions options = new DriverOptions(0, clusterId, master, dbfsRoot, readyFile, settings.maxContexts(),
                    settings.rowLimit(), sparkConf);
            List<Path> classpath = DriverCommandLine.runtimeClasspath(DriverLauncher.class.getClassLoader(), driversDir.resolve("classes"));
            List<String> command = DriverCommandLine.command(DriverCommandLine.currentJava(), heap, classpath, options,
                    workDir.resolve("driver.args"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
            // Stdin stays a pipe: the driver exits when it reads EOF, i.e. when this JVM is gone.
            builder.environment().putAll(environment);
            builder.environment().put(DriverMain.TOKEN_ENV, token);
            process = builder.start();
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.failedFuture(new DriverException("Cannot start the Spark driver of cluster " + clusterId
                    + ": " + e.getMessage(), e));
        }
        LOG.info("Starting Spark driver of cluster {} (pid {}, {}, -Xmx{}), log {}", clusterId, process.pid(), master, heap, logFile);
        return awaitReady(clusterId, process, readyFile, logFile, abandon)
                .thenApply(port -> new LaunchedDriver(new DriverHandle(clusterId, process.pid(), port, master,
                        new DriverClient(clusterId, port, token, http), logFile), process, workDir));
    }

    private CompletableFuture<Integer> awaitReady(String clusterId, Process process, Path readyFile, Path logFile,
                                                  CompletableFuture<?> abandon) {
        CompletableFuture<Integer> ready = new CompletableFuture<>();
        abandon.whenComplete((done, failure) -> {
            if (failure != null) {
                ready.completeExceptionally(failure);
            }
        });
        ScheduledFuture<?> check = scheduler.scheduleWithFixedDelay(() -> {
            if (Files.exists(readyFile)) {
                try {
                    ready.complete(Integer.parseInt(Files.readString(readyFile, StandardCharsets.UTF_8).strip()));
                } catch (IOException | NumberFormatException e) {
                    ready.completeExceptionally(new DriverException("Unreadable ready file " + readyFile, e));
                }
            }
        }, READY_CHECK.toMillis(), READY_CHECK.toMillis(), TimeUnit.MILLISECONDS);
        process.onExit().thenRun(() -> ready.completeExceptionally(new DriverException(500, "INTERNAL_ERROR",
                "The Spark driver of cluster " + clusterId + " exited with code " + process.exitValue()
                        + " before it was ready; last lines of " + logFile + ":\n" + tail(logFile))));
        return ready.orTimeout(settings.startTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((port, failure) -> {
                    check.cancel(false);
                    if (failure != null) {
                        kill(process);
                    }
                })
                .exceptionallyCompose(failure -> CompletableFuture.failedFuture(failure instanceof TimeoutException
                        ? new DriverException(500, "INTERNAL_ERROR", "The Spark driver of cluster " + clusterId
                        + " did not answer within " + settings.startTimeout().toSeconds() + " s; see " + logFile)
                        : failure));
    }

    /**
     * Asks the driver to stop, closes its stdin (its parent-gone signal), and kills the process tree if it
     * is still there after the stop timeout.
     */
    CompletableFuture<Void> stop(LaunchedDriver driver) {
        Process process = driver.process();
        if (!process.isAlive()) {
            return CompletableFuture.completedFuture(null);
        }
        driver.handle().client().shutdown().exceptionally(unreachable -> null);
        try {
            process.getOutputStream().close();
        } catch (IOException alreadyClosed) {
            // The driver sees EOF either way.
        }
        return process.onExit()
                .orTimeout(settings.stopTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .handle((exited, timeout) -> {
                    if (timeout != null) {
                        LOG.warn("Spark driver of cluster {} (pid {}) did not stop within {} s; killing it",
                                driver.clusterId(), process.pid(), settings.stopTimeout().toSeconds());
                        kill(process);
                    }
                    return null;
                });
    }

    /** The driver and whatever it started (python contexts): nothing may outlive a stopped cluster. */
    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** Where the driver of {@code clusterId} logs (it stays after the driver stopped). */
    Path logFile(String clusterId) {
        return workDir(clusterId).resolve("driver.log");
    }

    /** The cluster's directory: the driver's files, and its standalone Master's and Workers' ones. */
    Path workDir(String clusterId) {
        return driversDir.resolve(safeName(clusterId));
    }

    Path driversDir() {
        return driversDir;
    }

    private static String safeName(String clusterId) {
        String name = clusterId.replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.isEmpty() || name.startsWith(".")) {
            throw new IllegalArgumentException("Unusable cluster id for a directory name: " + clusterId);
        }
        return name;
    }

    static String tail(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
