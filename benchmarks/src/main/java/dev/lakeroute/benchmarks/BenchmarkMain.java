package dev.lakeroute.benchmarks;

import dev.lakeroute.dblocal.DatabricksLocal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * {@code BenchmarkMain [--quick] [--only B1,B4,B5,B6,B7] [--out FILE]} (default: all): B1, B6 and B7 run against
 * one embedded databricks-local, B6's jobs and scale scenarios against one of their own; B4 starts a Spark-backed one of its own, B5 a fresh JVM per repetition.
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        boolean quick = arguments.contains("--quick");
        String only = valueOf(arguments, "--only", "B1,B4,B5,B6,B7");
        Path out = Path.of(valueOf(arguments, "--out", "benchmarks/results/latest.md"));
        Report report = new Report();
        if (only.contains("B1") || only.contains("B6") || only.contains("B7")) {
            try (DatabricksLocal local = DatabricksLocal.builder().clusterStartDelay(Duration.ofMillis(100)).start()) {
                if (only.contains("B1") || only.contains("B6")) {
                    ClusterGetBenchmarks clusterGet = new ClusterGetBenchmarks(local, quick);
                    if (only.contains("B1")) {
                        clusterGet.b1(report);
                    }
                    if (only.contains("B6")) {
                        clusterGet.b6(report);
                    }
                }
                if (only.contains("B7")) {
                    new RateBenchmarks(local).b7(report);
                }
            }
        }
        if (only.contains("B6")) {
            // A server of its own: the scenarios store thousands of runs and a thousand clusters.
            try (DatabricksLocal local = DatabricksLocal.builder().clusterStartDelay(Duration.ofMillis(100)).start()) {
                RunEngineBenchmarks runEngine = new RunEngineBenchmarks(local, quick);
                runEngine.runs(report);
                runEngine.clusters(report);
            }
        }
        CommandBenchmarks commands = new CommandBenchmarks(quick);
        if (only.contains("B4")) {
            commands.b4(report);
        }
        if (only.contains("B5")) {
            commands.b5(report);
        }
        report.write(out, quick);
        System.out.println();
        System.out.println("written " + out.toAbsolutePath());
        System.exit(0);
    }

    private static String valueOf(List<String> arguments, String option, String fallback) {
        int index = arguments.indexOf(option);
        return index >= 0 && index + 1 < arguments.size() ? arguments.get(index + 1) : fallback;
    }
}
