package dev.lakeroute.dblocal.sparkdriver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A python context: a plain python3 process with its own namespace and a {@code dbutils} subset on the
 * DBFS root. PySpark is not installable on this machine, so {@code spark}/{@code sc} exist only to say
 * so; the context's status carries the same note.
 */
final class PythonContext implements LanguageContext {
    static final String NOTE = "python contexts run plain python3 without Spark: PySpark is not available in databricks-local";
    /** The dbutils of python contexts and of spark_python_task scripts (databricks-local copies it for those). */
    public static final String DBUTILS_MODULE = "lakeroute_dbutils.py";
    private static final String MARK = "\u001eLAKEROUTE-RESULT\u001e";

    private final String python;
    private final Path workDir;
    private final Path dbfsRoot;
    private Process process;
    private Writer stdin;
    private BufferedReader stdout;
    private volatile Map<String, JsonNode> taskValues = Map.of();

    PythonContext(String python, Path workDir, Path dbfsRoot) {
        this.python = python;
        this.workDir = workDir;
        this.dbfsRoot = dbfsRoot;
    }

    /** The python3 executable when one runs here, else empty. */
    static Optional<String> findPython() {
        try {
            Process probe = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0 ? Optional.of("python3") : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public String language() {
        return "python";
    }

    @Override
    public Optional<String> note() {
        return Optional.of(NOTE);
    }

    @Override
    public void start() throws IOException {
        Files.createDirectories(workDir);
        Path script = workDir.resolve("python_context.py");
        copyResource("python_context.py", script);
        copyResource(DBUTILS_MODULE, workDir.resolve(DBUTILS_MODULE));
        ProcessBuilder builder = new ProcessBuilder(python, "-u", script.toString())
                .directory(workDir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("LAKEROUTE_DBFS_ROOT", dbfsRoot.toString());
        process = builder.start();
        stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** A python module of this jar (the context's script, its dbutils) copied to {@code target}. */
    static void copyResource(String name, Path target) throws IOException {
        try (InputStream in = PythonContext.class.getResourceAsStream("/lakeroute/" + name)) {
            if (in == null) {
                throw new IOException("The driver jar lacks /lakeroute/" + name);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public CommandResult execute(Command command) throws IOException {
        JsonNode reply = exchange(Map.of("code", command.code()));
        String type = reply.path("resultType").asText("text");
        if (reply.hasNonNull("notebookExitValue")) {
            return CommandResult.notebookExit(reply.get("notebookExitValue").asText());
        }
        if (type.equals("error")) {
            return CommandResult.error(reply.path("summary").asText(), reply.path("cause").asText());
        }
        return CommandResult.text(reply.path("data").asText(""));
    }

    @Override
    public void setWidgets(Map<String, String> widgets) throws IOException {
        exchange(Map.of("widgets", widgets));
    }

    @Override
    public void bindTaskRun(TaskRun taskRun) throws IOException {
        exchange(Map.of("task_run", Map.of("task_key", taskRun.taskKey(), "upstream_values", taskRun.upstreamValues())));
    }

    @Override
    public Map<String, JsonNode> taskValues() {
        return taskValues;
    }

    private JsonNode exchange(Map<String, Object> request) throws IOException {
        stdin.write(DriverJson.MAPPER.writeValueAsString(request));
        stdin.write('\n');
        stdin.flush();
        StringBuilder stray = new StringBuilder();
        String line;
        while ((line = stdout.readLine()) != null) {
            if (line.startsWith(MARK)) {
                JsonNode reply = DriverJson.MAPPER.readTree(line.substring(MARK.length()));
                if (reply.get("taskValues") instanceof ObjectNode values) {
                    Map<String, JsonNode> copy = new LinkedHashMap<>();
                    values.fields().forEachRemaining(value -> copy.put(value.getKey(), value.getValue()));
                    taskValues = Collections.unmodifiableMap(copy);
                }
                if (!stray.isEmpty() && reply.has("data")) {
                    ((ObjectNode) reply).put("data", stray + reply.get("data").asText());
                }
                return reply;
            }
            stray.append(line).append('\n');
        }
        throw new IOException("The python3 process of this context exited with code " + exitCode());
    }

    private String exitCode() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** SIGINT raises KeyboardInterrupt in the running command only; the namespace survives. */
    @Override
    public void cancel(Command command) {
        if (process != null && process.isAlive()) {
            try {
                new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
            } catch (IOException e) {
                process.destroyForcibly();
            }
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
