package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code spark_python_task}: runs {@code python3 <python_file> <parameters…>} as a child process with
 * the file taken from DBFS ({@code dbfs:/}, {@code /Volumes/}) or the workspace. There is no PySpark
 * here, so a script that imports {@code pyspark} fails with Python's own ImportError. Standard output
 * and error become the run's {@code logs}; a non-zero exit code fails the task with the last line of
 * output as {@code error} and the traceback as {@code error_trace}. The script finds {@code dbutils} (fs on
 * DBFS, jobs.taskValues) as a built-in, as notebooks do: {@link ScriptDbUtils} puts it there.
 */
final class PythonScriptRunner implements TaskRunner {
    /** Databricks returns at most 5 MB of logs from {@code runs/get-output}. */
    static final int MAX_LOG_BYTES = 5 * 1024 * 1024;

    private final TaskFiles files;

    PythonScriptRunner(TaskFiles files) {
        this.files = files;
    }

    @Override
    public CompletableFuture<TaskOutcome> run(TaskContext context) {
        ObjectNode settings = context.settings();
        String pythonFile = settings.path("python_file").asText("");
        if (pythonFile.isBlank()) {
            return done(TaskOutcome.internalError("Task " + context.taskKey() + ": spark_python_task.python_file is required."));
        }
        if ("GIT".equalsIgnoreCase(settings.path("source").asText(""))) {
            return done(TaskOutcome.internalError("Task " + context.taskKey() + ": Python files from Git sources are not supported by databricks-local."));
        }
        Optional<Path> script = resolve(pythonFile);
        if (script.isEmpty()) {
            String message = "Cannot read the python file " + pythonFile + ": it does not exist (databricks-local reads dbfs:/, /Volumes/ and workspace paths).";
            return done(TaskOutcome.failed(message, message, null, null, false));
        }
        List<String> command = new ArrayList<>();
        String python = PythonInterpreter.command();
        command.add(python);
        command.add(script.get().toString());
        for (JsonNode parameter : settings.path("parameters")) {
            command.add(parameter.asText());
        }
        Path log = context.workDir().resolve("output.log");
        ScriptDbUtils dbutils = new ScriptDbUtils(context);
        Process process;
        try {
            Files.createDirectories(context.workDir());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(context.workDir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("PYTHONUNBUFFERED", "1");
            builder.environment().put("DATABRICKS_RUNTIME_VERSION", "databricks-local");
            dbutils.install(builder.environment());
            process = builder.start();
        } catch (IOException e) {
            return done(TaskOutcome.internalError("Task " + context.taskKey() + ": cannot start " + python + ": " + e.getMessage()));
        }
        CompletableFuture<TaskOutcome> result = new CompletableFuture<>();
        result.whenComplete((outcome, error) -> {
            if (result.isCancelled()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        });
        process.onExit().whenComplete((exited, error) -> {
            if (result.isDone()) {
                return;
            }
            try {
                result.complete(outcome(pythonFile, process.exitValue(), log).withTaskValues(dbutils.valuesSet()));
            } catch (RuntimeException | IOException e) {
                result.complete(TaskOutcome.internalError("Task " + context.taskKey() + ": cannot read the output: " + e.getMessage()));
            }
        });
        return result;
    }

    @Override
    public boolean needsCluster() {
        return true;
    }

    private static TaskOutcome outcome(String pythonFile, int exitCode, Path log) throws IOException {
        byte[] bytes;
        boolean truncated;
        try (InputStream in = Files.newInputStream(log)) {
            bytes = in.readNBytes(MAX_LOG_BYTES);
            truncated = in.read() >= 0;
        }
        String logs = new String(bytes, StandardCharsets.UTF_8);
        if (exitCode == 0) {
            return TaskOutcome.success(logs, truncated, null);
        }
        String error = lastLine(logs).orElse(pythonFile + " exited with code " + exitCode);
        int traceback = logs.lastIndexOf("Traceback (most recent call last):");
        String trace = traceback >= 0 ? logs.substring(traceback) : tail(logs, 50);
        return TaskOutcome.failed(error, error, trace, logs, truncated);
    }

    private Optional<Path> resolve(String pythonFile) {
        if (pythonFile.startsWith("file:/")) {
            return Optional.of(Path.of(java.net.URI.create(pythonFile))).filter(Files::isRegularFile);
        }
        return files.find(pythonFile, ".py");
    }

    private static Optional<String> lastLine(String text) {
        String[] lines = text.split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return Optional.of(lines[i].trim());
            }
        }
        return Optional.empty();
    }

    private static String tail(String text, int lines) {
        String[] all = text.split("\\R");
        int from = Math.max(0, all.length - lines);
        return String.join("\n", java.util.Arrays.asList(all).subList(from, all.length));
    }

    private static CompletableFuture<TaskOutcome> done(TaskOutcome outcome) {
        return CompletableFuture.completedFuture(outcome);
    }
}
