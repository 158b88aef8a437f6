package dev.lakeroute.dblocal.execution;

import dev.lakeroute.dblocal.controlplane.jobs.TaskOutcome;
import dev.lakeroute.dblocal.driver.CommandResults;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Calls {@code MainClass.main(args)} in a fresh scala context of the driver, the way Databricks runs a
 * JAR task inside its driver JVM: the class comes from the libraries installed on the cluster, the
 * context's Spark session is made the active one first (so {@code SparkSession.builder().getOrCreate()}
 * returns it, with the task's Spark conf applied), and what the code prints becomes the task's logs.
 * Class name, arguments and conf travel as the context's widgets, so no user text is ever spliced into
 * Scala source.
 */
final class MainClassRun {
    private static final String CLASS = "lakeroute.main.class";
    private static final String ARG = "lakeroute.main.arg.";
    private static final String CONF_KEY = "lakeroute.main.conf.key.";
    private static final String CONF_VALUE = "lakeroute.main.conf.value.";

    private MainClassRun() {
    }

    /** The widgets {@link #command} reads. */
    static Map<String, String> widgets(String mainClass, List<String> args, Map<String, String> conf) {
        Map<String, String> widgets = new LinkedHashMap<>();
        widgets.put(CLASS, mainClass);
        for (int i = 0; i < args.size(); i++) {
            widgets.put(ARG + i, args.get(i));
        }
        int i = 0;
        for (Map.Entry<String, String> entry : conf.entrySet()) {
            widgets.put(CONF_KEY + i, entry.getKey());
            widgets.put(CONF_VALUE + i, entry.getValue());
            i++;
        }
        return widgets;
    }

    static String command(int argCount, int confCount) {
        return """
                {
                  val lakerouteArgs = Array.tabulate(%d)(i => dbutils.widgets.get("%s" + i))
                  org.apache.spark.sql.SparkSession.setActiveSession(spark)
                  for (i <- 0 until %d) {
                    val key = dbutils.widgets.get("%s" + i)
                    try spark.conf.set(key, dbutils.widgets.get("%s" + i))
                    catch { case e: Exception => println("Spark conf " + key + " not applied: " + e.getMessage) }
                  }
                  val lakerouteMain = Class.forName(dbutils.widgets.get("%s"), true, getClass.getClassLoader)
                  val lakerouteLoader = Thread.currentThread.getContextClassLoader
                  Thread.currentThread.setContextClassLoader(lakerouteMain.getClassLoader)
                  try lakerouteMain.getMethod("main", classOf[Array[String]]).invoke(null, lakerouteArgs)
                  catch { case e: java.lang.reflect.InvocationTargetException if e.getCause != null => throw e.getCause }
                  finally Thread.currentThread.setContextClassLoader(lakerouteLoader)
                  ()
                }""".formatted(argCount, ARG, confCount, CONF_KEY, CONF_VALUE, CLASS);
    }

    /** The frames of the reflective call and of the REPL line around it say nothing about the user's code. */
    static String withoutLauncherFrames(String trace) {
        StringBuilder kept = new StringBuilder();
        for (String line : trace.split("\n", -1)) {
            String frame = line.strip();
            boolean launcher = frame.startsWith("at ") && (frame.contains("jdk.internal.reflect.")
                    || frame.contains("java.lang.reflect.Method.invoke") || frame.contains("(<console>"));
            if (!launcher && !frame.matches("\\.\\.\\. \\d+ elided")) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString().stripTrailing();
    }

    /** Runs the main class in {@code session} (a session made with {@link #widgets}). */
    static CompletableFuture<TaskOutcome> run(DriverSession session, String mainClass, int argCount, int confCount) {
        return session.run("scala", command(argCount, confCount)).thenApply(info -> {
            CommandResults results = info.results();
            if ("Finished".equals(info.status()) && results != null && !results.isError()) {
                String printed = results.data() == null || results.data().isNull() ? "" : results.data().asText();
                SparkTasks.Limited logs = SparkTasks.Limited.of(printed);
                return TaskOutcome.success(logs.text(), logs.truncated(), null);
            }
            String summary = results == null || results.summary() == null ? "The main class ended " + info.status() : results.summary();
            String output = results == null || results.cause() == null ? "" : results.cause();
            // The REPL's output is what main printed, then the exception's trace.
            int traceStart = results == null || results.summary() == null ? -1 : output.indexOf(results.summary());
            String printed = traceStart > 0 ? output.substring(0, traceStart) : traceStart == 0 ? "" : output;
            String trace = withoutLauncherFrames(traceStart >= 0 ? output.substring(traceStart) : output);
            SparkTasks.Limited logs = SparkTasks.Limited.of(printed);
            SparkTasks.Limited limitedTrace = SparkTasks.Limited.of(trace);
            return TaskOutcome.failed(mainClass + ".main failed: " + summary, summary, limitedTrace.text(), logs.text(), logs.truncated());
        });
    }
}
