package dev.lakeroute.dblocal.sparkdriver;

import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Spark driver JVM of one databricks-local cluster. Starts Spark, serves {@link DriverProtocolServer}
 * on loopback, and announces its port in the ready file (and as a {@code LAKEROUTE-DRIVER-READY port=N}
 * line on stdout) once Spark has run a job. Exits when asked to, or when its parent process is gone.
 */
public final class DriverMain {
    public static final String TOKEN_ENV = "LAKEROUTE_DRIVER_TOKEN";
    public static final String READY_LINE = "LAKEROUTE-DRIVER-READY port=";
    /** The launcher gives up (and kills the driver) after its own start timeout; this only bounds an orphan. */
    private static final java.time.Duration MASTER_WAIT = java.time.Duration.ofMinutes(10);

    private final AtomicBoolean stopping = new AtomicBoolean();
    private final PrintStream log;
    private SparkSession spark;
    private ContextRegistry registry;
    private DriverProtocolServer server;

    private DriverMain(PrintStream log) {
        this.log = log;
    }

    public static void main(String[] args) throws Exception {
        // Before anything reads System.out (Scala's Console keeps the stream it first sees).
        PrintStream log = OutputCapture.install();
        DriverOptions options = DriverOptions.parse(args);
        new DriverMain(log).run(options);
    }

    private void run(DriverOptions options) throws IOException, InterruptedException {
        long started = System.currentTimeMillis();
        ParentWatcher.watch(System.in, () -> stop("parent process is gone"));
        Path workDir = options.readyFile() != null ? options.readyFile().toAbsolutePath().getParent()
                : Files.createTempDirectory("lakeroute-driver");
        Files.createDirectories(options.dbfsRoot());
        ReplLineNames.install();
        LibraryClassLoader libraries = new LibraryClassLoader(DriverMain.class.getClassLoader());
        ReplClassRouter router = new ReplClassRouter(libraries);
        // Spark's local executor takes this thread's loader as the parent of its task class loader.
        Thread.currentThread().setContextClassLoader(router);
        // A cluster with workers starts its driver with its Master: connect once the Master takes registrations.
        MasterGate.awaitIfGated(MASTER_WAIT, "org.apache.spark.SparkContext", "org.apache.spark.SparkEnv",
                "org.apache.spark.rpc.netty.NettyRpcEnv", "org.apache.spark.storage.BlockManager",
                "org.apache.spark.scheduler.DAGScheduler", "org.apache.spark.scheduler.TaskSchedulerImpl",
                "org.apache.spark.scheduler.cluster.StandaloneSchedulerBackend", "org.apache.spark.sql.SparkSession",
                "org.apache.spark.sql.catalyst.analysis.Analyzer", "io.delta.sql.DeltaSparkSessionExtension");
        spark = SparkBootstrap.start(options, workDir);
        ExecutorActivity activity = ExecutorActivity.attach(spark.sparkContext());
        registry = new ContextRegistry(spark, options, libraries, router, workDir);
        DriverInfo info = new DriverInfo(options.clusterId(), spark.version(), scala.util.Properties.versionNumberString(),
                spark.sparkContext().master(), spark.sparkContext().defaultParallelism(), options.maxContexts(), started);
        server = new DriverProtocolServer(options.port(), registry, activity, info, System.getenv(TOKEN_ENV), () -> stop("shutdown requested"));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop("JVM shutdown"), "lakeroute-driver-hook"));
        if (options.readyFile() != null) {
            writeReadyFile(options.readyFile(), server.port());
        }
        log.println(READY_LINE + server.port() + " startupMillis=" + (System.currentTimeMillis() - started));
    }

    /** The file appears whole: written aside, then moved into place. */
    private static void writeReadyFile(Path readyFile, int port) throws IOException {
        Path temp = readyFile.resolveSibling(readyFile.getFileName() + ".tmp");
        Files.writeString(temp, Integer.toString(port), StandardCharsets.UTF_8);
        Files.move(temp, readyFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void stop(String reason) {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        log.println("databricks-local driver stopping: " + reason);
        // A hung Spark stop must not keep an orphan alive.
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(15_000);
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(1);
        }, "lakeroute-driver-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            if (server != null) {
                server.stop();
            }
            if (registry != null) {
                registry.closeAll();
            }
            if (spark != null) {
                spark.stop();
            }
        } finally {
            if (!reason.equals("JVM shutdown")) {
                System.exit(0);
            }
        }
    }
}
