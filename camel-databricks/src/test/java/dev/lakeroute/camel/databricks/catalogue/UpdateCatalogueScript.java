package dev.lakeroute.camel.databricks.catalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code java scripts/catalogue/UpdateCatalogue.java} the way a user does, with this JVM's {@code java}:
 * the tests check the script itself, not a copy of its logic.
 */
final class UpdateCatalogueScript {

    /** The project root: surefire runs in camel-databricks/. */
    static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    static final Path SCRIPT = PROJECT.resolve("scripts/catalogue/UpdateCatalogue.java");

    record Outcome(int exitCode, String output) {
    }

    private UpdateCatalogueScript() {
    }

    static Outcome run(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), SCRIPT.toString()));
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
