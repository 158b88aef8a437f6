package dev.lakeroute.dblocal.controlplane.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The python3 that {@code spark_python_task}s run with: the {@code databricks.local.python} system property when
 * set (read at each task, so a test or an embedding application may set it late), otherwise the interpreter
 * {@code python3} on the PATH resolves to, asked once. A version manager's shim (pyenv's is a bash script that
 * runs {@code pyenv exec}) would otherwise cost every task run a few processes and ~0.2 s of CPU.
 */
final class PythonInterpreter {
    static final String PROPERTY = "databricks.local.python";
    private static volatile String resolved;

    private PythonInterpreter() {
    }

    static String command() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String python = resolved;
        if (python == null) {
            python = resolve();
            resolved = python;
        }
        return python;
    }

    private static String resolve() {
        try {
            Process which = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").redirectErrorStream(true).start();
            which.getOutputStream().close();
            String path = new String(which.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (which.waitFor(30, TimeUnit.SECONDS) && which.exitValue() == 0 && !path.isEmpty() && Files.isExecutable(Path.of(path))) {
                return path;
            }
        } catch (IOException | RuntimeException e) {
            // No python3 here: the task's own start reports it, naming python3.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "python3";
    }
}
