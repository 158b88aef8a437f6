package dev.lakeroute.benchmarks;

import dev.lakeroute.dblocal.DatabricksLocal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * {@code BenchmarkMain [--quick] [--only B1,B2,B3,B4,B5,B6,B7,B8,B9] [--out FILE]} (default: all): B1 and B6 run
 * against one embedded databricks-local; B2, B3, B4, B7 and B8 start servers of their own (B4 with Spark),
 * B5 a fresh JVM per repetition; B2 and B3 measure each side in a child JVM.
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        boolean quick = arguments.contains("--quick");
        List<String> only = Arrays.asList(valueOf(arguments, "--only", "B1,B2,B3,B4,B5,B6,B7,B8,B9").toUpperCase().split(","));
        Path out = Path.of(valueOf(arguments, "--out", "benchmarks/results/latest.md"));
        Python.configure();
        Report report = new Report();
        long start = System.nanoTime();
        if (only.contains("B1") || only.contains("B6")) {
            try (DatabricksLocal local = DatabricksLocal.builder().clusterStartDelay(Duration.ofMillis(100)).start()) {
                ClusterGetBenchmarks clusterGet = new ClusterGetBenchmarks(local, quick);
                if (only.contains("B1")) {
                    report.timed("B1", () -> clusterGet.b1(report));
                }
                if (only.contains("B6")) {
                    report.timed("B6", () -> clusterGet.b6(report));
                }
            }
        }
        if (only.contains("B6")) {
            report.timed("B6", () -> {
                new StoreSizeBenchmarks(quick).b6StoreSize(report);
                // A server of its own: the scenarios store thousands of runs and a thousand clusters.
                try (DatabricksLocal local = DatabricksLocal.builder().clusterStartDelay(Duration.ofMillis(100)).start()) {
                    RunEngineBenchmarks runEngine = new RunEngineBenchmarks(local, quick);
                    runEngine.runs(report);
                    runEngine.clusters(report);
                }
            });
        }
        if (only.contains("B7")) {
            report.timed("B7", () -> new RateBenchmarks(quick).b7(report));
        }
        if (only.contains("B2")) {
            report.timed("B2", () -> new RunWaitBenchmarks(quick).b2(report));
        }
        if (only.contains("B8")) {
            report.timed("B8", () -> new ScaleBenchmarks(quick).b8(report));
        }
        if (only.contains("B3")) {
            report.timed("B3", () -> new FileTransferBenchmarks(quick).b3(report));
        }
        CommandBenchmarks commands = new CommandBenchmarks(quick);
        if (only.contains("B4")) {
            report.timed("B4", () -> commands.b4(report));
        }
        if (only.contains("B5")) {
            report.timed("B5", () -> commands.b5(report));
        }
        if (only.contains("B9")) {
            report.timed("B9", () -> commands.b9(report));
        }
        report.write(out, quick, (System.nanoTime() - start) / 1e9);
        System.out.println();
        System.out.println("written " + out.toAbsolutePath());
        System.exit(0);
    }

    private static String valueOf(List<String> arguments, String option, String fallback) {
        int index = arguments.indexOf(option);
        return index >= 0 && index + 1 < arguments.size() ? arguments.get(index + 1) : fallback;
    }
}
