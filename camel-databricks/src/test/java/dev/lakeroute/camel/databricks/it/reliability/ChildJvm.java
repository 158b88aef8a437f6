package dev.lakeroute.camel.databricks.it.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A JVM this test starts on its own class path and kills with SIGKILL ({@link Process#destroyForcibly()}),
 * together with the processes it started (Spark drivers, python tasks): what a machine going down does.
 * Output goes to a log file; {@link #awaitLine} waits for the line that says the JVM is ready.
 */
final class ChildJvm {

    private final String name;
    private final List<String> command;
    private final Path log;
    private Process process;

    ChildJvm(String name, List<String> jvmOptions, String mainClass, List<String> args, Path log) {
        this.name = name;
        this.log = log;
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(args);
        this.command = List.copyOf(cmd);
    }

    void start(String readyLine, Duration timeout) {
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        awaitLine(line -> line.contains(readyLine), timeout);
    }

    private void awaitLine(Predicate<String> ready, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = lineCount();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                List<String> lines = Files.readAllLines(log);
                if (lines.subList(Math.min(seen, lines.size()), lines.size()).stream().anyMatch(ready)) {
                    return;
                }
            } catch (IOException e) {
                // The log is being written; read it again.
            }
            Fixtures.sleep(50);
        }
        throw new IllegalStateException(name + " not ready within " + timeout.toSeconds() + " s; see " + log);
    }

    private int lineCount() {
        try {
            return Files.exists(log) ? Files.readAllLines(log).size() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** SIGKILL to the JVM and everything it started, by their process ids. */
    void kill() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle child : children) {
            child.onExit().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).exceptionally(e -> child).join();
        }
        process = null;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    Path log() {
        return log;
    }
}
