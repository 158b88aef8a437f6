package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.Json;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The {@code dbutils} of a {@code spark_python_task} script: the python contexts' own module (from the
 * driver jar), made a built-in by a {@code sitecustomize} on the script's {@code PYTHONPATH}. The task run
 * (its key, its upstream tasks' values) goes in as a file, and the values the script sets come back as one,
 * written on every set so that a script that fails afterwards keeps them.
 */
final class ScriptDbUtils {
    private static final String MODULE = "lakeroute_dbutils.py";
    private static final String SITECUSTOMIZE = """
            # databricks-local: dbutils for spark_python_task scripts, as notebooks have it.
            import builtins
            import lakeroute_dbutils
            builtins.dbutils = lakeroute_dbutils.for_script()
            """;

    private final TaskContext task;
    private final Path dir;
    private final Path valuesOut;

    ScriptDbUtils(TaskContext task) {
        this.task = task;
        this.dir = task.workDir().resolve("dbutils");
        this.valuesOut = task.workDir().resolve("task-values.json");
    }

    /** Writes the module and the task run, and points the script's environment at them. */
    void install(Map<String, String> environment) throws IOException {
        Files.createDirectories(dir);
        try (InputStream in = ScriptDbUtils.class.getResourceAsStream("/lakeroute/" + MODULE)) {
            if (in == null) {
                throw new IOException("/lakeroute/" + MODULE + " is missing from the classpath (it ships in databricks-local-driver)");
            }
            Files.copy(in, dir.resolve(MODULE), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(dir.resolve("sitecustomize.py"), SITECUSTOMIZE);
        ObjectNode taskRun = Json.object().put("task_key", task.taskKey());
        taskRun.set("upstream_values", task.upstreamValues());
        Path taskRunFile = task.workDir().resolve("task-run.json");
        Files.writeString(taskRunFile, taskRun.toString());
        Files.deleteIfExists(valuesOut);
        String existing = environment.get("PYTHONPATH");
        environment.put("PYTHONPATH", existing == null || existing.isBlank() ? dir.toString() : dir + File.pathSeparator + existing);
        environment.put("LAKEROUTE_TASK_RUN", taskRunFile.toString());
        environment.put("LAKEROUTE_TASK_VALUES_OUT", valuesOut.toString());
        environment.put("LAKEROUTE_DBFS_ROOT", task.server().store().dbfsRoot().toString());
    }

    /** What the script set, by key; none when it set nothing. */
    ObjectNode valuesSet() throws IOException {
        if (!Files.isRegularFile(valuesOut)) {
            return Json.object();
        }
        JsonNode values = Json.MAPPER.readTree(valuesOut.toFile());
        return values instanceof ObjectNode object ? object : Json.object();
    }
}
