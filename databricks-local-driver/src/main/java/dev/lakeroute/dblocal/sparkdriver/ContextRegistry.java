package dev.lakeroute.dblocal.sparkdriver;

import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The driver's execution contexts and installed jars. Enforces the per-driver context limit: a REPL's
 * memory is not fully returned when it closes, so an unbounded number would exhaust the driver heap.
 */
final class ContextRegistry {
    private static final SecureRandom IDS = new SecureRandom();

    private final SparkSession spark;
    private final DriverOptions options;
    private final LibraryClassLoader libraries;
    private final ReplClassRouter router;
    private final FsUtils fs;
    private final Path workDir;
    private final Map<String, ExecutionContext> contexts = new ConcurrentHashMap<>();
    private final Map<String, Integer> slots = new ConcurrentHashMap<>();
    private Optional<String> python;
    private int nextSlot;

    ContextRegistry(SparkSession spark, DriverOptions options, LibraryClassLoader libraries, ReplClassRouter router, Path workDir) {
        this.spark = spark;
        this.options = options;
        this.libraries = libraries;
        this.router = router;
        this.workDir = workDir;
        this.fs = new FsUtils(spark.sparkContext().hadoopConfiguration());
    }

    /** @param taskRun the job task run the context serves, or null outside a job */
    synchronized ExecutionContext create(String language, Map<String, String> widgets, TaskRun taskRun) {
        if (contexts.size() >= options.maxContexts()) {
            throw DriverError.limitExceeded("Too many execution contexts are open right now (limit set currently to "
                    + options.maxContexts() + " per cluster); destroy one with contexts/destroy first");
        }
        String id = newId();
        LanguageContext context = switch (language == null ? "" : language.toLowerCase()) {
            case "scala" -> scala(id);
            case "sql" -> new SqlContext(spark.newSession(), options.rowLimit());
            case "python" -> new PythonContext(python().orElseThrow(() -> DriverError.unavailable(
                    "python contexts need python3, which is not installed on this machine (and PySpark is not "
                            + "available in databricks-local); use a scala or sql context")),
                    workDir.resolve("python").resolve(id), options.dbfsRoot());
            case "r" -> throw DriverError.unavailable("R contexts are not supported by databricks-local; use scala, sql or python");
            default -> throw DriverError.invalidParameter("Unknown language '" + language + "'; allowed: scala, python, sql, r");
        };
        ExecutionContext execution = new ExecutionContext(id, context, spark.sparkContext());
        contexts.put(id, execution);
        execution.start();
        if (widgets != null && !widgets.isEmpty()) {
            execution.setWidgets(widgets);
        }
        if (taskRun != null) {
            execution.bindTaskRun(taskRun);
        }
        return execution;
    }

    private ScalaContext scala(String id) {
        int slot = freeSlot();
        slots.put(id, slot);
        return new ScalaContext(spark.newSession(), new DbUtils(fs), slot, libraries.jars(), libraries, router);
    }

    /** A REPL slot not held by a live context (slots name REPL classes, see {@link ReplLineNames}). */
    private int freeSlot() {
        for (int attempt = 0; attempt < 10000; attempt++) {
            int slot = nextSlot;
            nextSlot = (nextSlot + 1) % 10000;
            if (!slots.containsValue(slot) && !router.inUse(slot)) {
                return slot;
            }
        }
        throw DriverError.limitExceeded("No free REPL slot left in this driver; restart the cluster");
    }

    /** Probed on the first python context, not at start-up: most drivers never need it. */
    private Optional<String> python() {
        if (python == null) {
            python = PythonContext.findPython();
        }
        return python;
    }

    ExecutionContext get(String id) {
        ExecutionContext context = contexts.get(id);
        if (context == null) {
            throw DriverError.notFound("Context " + id + " does not exist (it was destroyed, or belongs to another cluster or an earlier run of this one)");
        }
        return context;
    }

    synchronized void destroy(String id) {
        ExecutionContext context = get(id);
        contexts.remove(id);
        slots.remove(id);
        context.destroy();
    }

    Collection<ExecutionContext> all() {
        return contexts.values();
    }

    /** Onto the classpath of contexts created from now on, and into Spark for tasks on real executors. */
    boolean addJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw DriverError.invalidParameter("Jar " + jar + " does not exist");
        }
        boolean added = libraries.addJar(jar);
        if (added) {
            spark.sparkContext().addJar(jar.toAbsolutePath().toString());
        }
        return added;
    }

    /** Executors registered with this driver; Spark counts the driver among them. */
    int executors() {
        return Math.max(0, spark.sparkContext().statusTracker().getExecutorInfos().length - 1);
    }

    Collection<Path> jars() {
        return libraries.jars();
    }

    void closeAll() {
        contexts.keySet().forEach(id -> {
            try {
                destroy(id);
            } catch (DriverError alreadyGone) {
                // Destroyed concurrently; nothing left to close.
            }
        });
    }

    /** Databricks context and command ids are large decimal numbers. */
    static String newId() {
        return Long.toString(1_000_000_000_000_000_000L + Math.floorMod(IDS.nextLong(), 8_000_000_000_000_000_000L));
    }
}
