package dev.lakeroute.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Collects each benchmark's rows and final figure; prints them and writes results/latest.md. */
public final class Report {
    private final List<String> lines = new ArrayList<>();
    /** Wall time per benchmark, in the order they ran: what --quick must keep under 3 minutes together. */
    private final java.util.Map<String, Double> wallTimes = new java.util.LinkedHashMap<>();

    /** A step of the run whose wall time the report lists. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    public void timed(String id, Step step) throws Exception {
        long start = System.nanoTime();
        try {
            step.run();
        } finally {
            wallTimes.merge(id, (System.nanoTime() - start) / 1e9, Double::sum);
        }
    }

    public void section(String id, String title) {
        emit("");
        emit("## " + id + " — " + title);
        emit("");
        emit("| measurement | median (min, max, n) |");
        emit("|---|---|");
    }

    public void row(String name, String value) {
        emit("| " + name + " | " + value + " |");
    }

    /** The figure a benchmark is judged by, as the last line of its section (e.g. {@code B1 ratio_vs_raw=1.07}). */
    public void figure(String line) {
        emit("");
        emit("`" + line + "`");
        System.out.println(line);
    }

    private void emit(String line) {
        lines.add(line);
        if (!line.startsWith("`")) {
            System.out.println(line);
        }
    }

    public void write(Path file, boolean quick, double seconds) throws IOException {
        Files.createDirectories(file.getParent());
        List<String> all = new ArrayList<>();
        all.add("# Benchmark results" + (quick ? " (--quick)" : ""));
        all.add("");
        all.add("Run " + ZonedDateTime.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + String.format(java.util.Locale.ROOT, ", %.0f s in all", seconds)
                + ". Ratios are paired per repetition, measured side by side in this run.");
        all.add("");
        StringBuilder times = new StringBuilder("Wall time per benchmark:");
        wallTimes.forEach((id, s) -> times.append(String.format(java.util.Locale.ROOT, " %s %.0f s,", id, s)));
        all.add(times.substring(0, times.length() - 1) + ".");
        all.addAll(lines);
        Files.write(file, all);
    }
}
