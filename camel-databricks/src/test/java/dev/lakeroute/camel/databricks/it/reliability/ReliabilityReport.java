package dev.lakeroute.camel.databricks.it.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code RELIABILITY.md}, in sections that each test replaces on its own (between {@code <!-- name:begin -->}
 * and {@code <!-- name:end -->}): the fault matrix and the load run come from different test classes and may
 * run in either order, or alone. A run writes {@code target/RELIABILITY.md} of its module; the repository's file
 * (a 300 s load run, committed) only with {@code -Dreliability.write=true}, so a CI run's shorter load run never
 * replaces it.
 */
final class ReliabilityReport {

    /** The command that regenerates the repository's file; a plain test run writes {@code target/RELIABILITY.md}. */
    static final String REGENERATE = "mvn -Dmaven.repo.local=<repo> -pl camel-databricks -am test "
                                     + "-Dtest='FaultMatrixTest,LoadRunTest' -Dsurefire.failIfNoSpecifiedTests=false "
                                     + "-Dreliability.loadSeconds=300 -Dreliability.write=true";

    static final String TITLE = "# Reliability\n\nWritten by the tests in `camel-databricks/src/test/java/dev/lakeroute/camel/"
                                + "databricks/it/reliability/` against databricks-local; do not edit by hand. Regenerate with:\n\n"
                                + "```\n" + REGENERATE + "\n```\n\nA run without `-Dreliability.write=true` writes "
                                + "`camel-databricks/target/RELIABILITY.md` instead. A plain run (as in CI) fills four fault columns "
                                + "(one 500, dropped after the response, both kills); `-Dreliability.fullMatrix=true` runs all eight, "
                                + "as `-Dreliability.write=true` always does.\n";

    private ReliabilityReport() {
    }

    /**
     * The report file: {@code -Dreliability.report}; else, with {@code -Dreliability.write=true}, RELIABILITY.md
     * next to the root pom; else {@code target/RELIABILITY.md}, so that CI runs leave the committed file alone.
     */
    static Path file() {
        String configured = System.getProperty("reliability.report");
        if (configured != null) {
            return Path.of(configured);
        }
        if (!Boolean.getBoolean("reliability.write")) {
            Path target = Path.of("target");
            try {
                Files.createDirectories(target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return target.resolve("RELIABILITY.md");
        }
        Path dir = Path.of("").toAbsolutePath();
        // Tests run in the module directory; the root is the first parent whose pom lists the modules.
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            Path pom = candidate.resolve("pom.xml");
            try {
                if (Files.exists(pom) && Files.readString(pom).contains("<module>camel-databricks</module>")) {
                    return candidate.resolve("RELIABILITY.md");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir.resolve("RELIABILITY.md");
    }

    /** Replaces (or appends) the named section; the matrix section stays before the load section. */
    static synchronized void writeSection(String name, String markdown) {
        Path file = file();
        try {
            String text = Files.exists(file) ? Files.readString(file) : TITLE;
            // The title (with the regenerating command) is always the current one.
            int firstSection = text.indexOf("<!-- ");
            text = TITLE + "\n" + (firstSection >= 0 ? text.substring(firstSection) : "");
            String begin = "<!-- " + name + ":begin -->";
            String end = "<!-- " + name + ":end -->";
            String section = begin + "\n" + markdown.strip() + "\n" + end;
            int from = text.indexOf(begin);
            int to = text.indexOf(end);
            if (from >= 0 && to > from) {
                text = text.substring(0, from) + section + text.substring(to + end.length());
            } else if (name.equals("matrix") && text.contains("<!-- load:begin -->")) {
                int load = text.indexOf("<!-- load:begin -->");
                text = text.substring(0, load) + section + "\n\n" + text.substring(load);
            } else {
                text = text.stripTrailing() + "\n\n" + section + "\n";
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
