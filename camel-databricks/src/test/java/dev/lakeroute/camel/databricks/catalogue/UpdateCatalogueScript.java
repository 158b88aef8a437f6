package dev.lakeroute.camel.databricks.catalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code scripts/catalogue/UpdateCatalogue.java} in a JVM of its own, with this JVM's {@code java}: the tests
 * check the script itself, not a copy of its logic. {@link #run} compiles it once per test JVM (the same source the
 * user's {@code java UpdateCatalogue.java} launches) instead of once per run, which a source launch does.
 */
final class UpdateCatalogueScript {

    /** The project root: surefire runs in camel-databricks/. */
    static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    static final Path SCRIPT = PROJECT.resolve("scripts/catalogue/UpdateCatalogue.java");

    record Outcome(int exitCode, String output) {
    }

    private UpdateCatalogueScript() {
    }

    private static Path compiled;

    /** The script compiled into a directory of its own, once. */
    private static synchronized Path compiled() throws IOException {
        if (compiled == null) {
            Path classes = Files.createTempDirectory("update-catalogue");
            int status = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null,
                    "-d", classes.toString(), SCRIPT.toString());
            if (status != 0) {
                throw new IllegalStateException("UpdateCatalogue.java does not compile (javac exited " + status + ")");
            }
            compiled = classes;
        }
        return compiled;
    }

    /** The user's form, {@code java scripts/catalogue/UpdateCatalogue.java args}: the source launcher compiles it. */
    static Outcome launchSource(Path workDir, String... args) throws IOException, InterruptedException {
        return start(workDir, List.of(SCRIPT.toString()), args);
    }

    static Outcome run(Path workDir, String... args) throws IOException, InterruptedException {
        return start(workDir, List.of("-XX:TieredStopAtLevel=1", "-cp", compiled().toString(), "UpdateCatalogue"), args);
    }

    private static Outcome start(Path workDir, List<String> program, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(program);
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("UpdateCatalogue.java did not finish within 3 minutes: " + command);
        }
        return new Outcome(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** Runs the script and fails with its output unless it succeeded. */
    static String succeed(Path workDir, String... args) throws IOException, InterruptedException {
        Outcome outcome = run(workDir, args);
        if (outcome.exitCode() != 0) {
            throw new AssertionError("UpdateCatalogue.java exited " + outcome.exitCode() + ":\n" + outcome.output());
        }
        return outcome.output();
    }

    /** A project skeleton in {@code dir} holding only the catalogue's sources, copied from the real project. */
    static Path projectCopy(Path dir, Path endpoints, Path aliases) throws IOException {
        Path catalogue = Files.createDirectories(dir.resolve("scripts/catalogue"));
        Files.copy(endpoints, catalogue.resolve("endpoints.tsv"));
        if (aliases != null) {
            Files.copy(aliases, catalogue.resolve("aliases.tsv"));
        }
        return dir;
    }
}
