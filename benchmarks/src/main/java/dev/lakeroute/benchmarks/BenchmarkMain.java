package dev.lakeroute.benchmarks;

import dev.lakeroute.dblocal.DatabricksLocal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** {@code BenchmarkMain [--quick] [--only B1,B6] [--out FILE]}: runs the benchmarks against one embedded databricks-local. */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        boolean quick = arguments.contains("--quick");
        String only = valueOf(arguments, "--only", "B1,B6");
        Path out = Path.of(valueOf(arguments, "--out", "benchmarks/results/latest.md"));
        Report report = new Report();
        try (DatabricksLocal local = DatabricksLocal.builder().clusterStartDelay(Duration.ofMillis(100)).start()) {
            ClusterGetBenchmarks clusterGet = new ClusterGetBenchmarks(local, quick);
            if (only.contains("B1")) {
                clusterGet.b1(report);
            }
            if (only.contains("B6")) {
                clusterGet.b6(report);
            }
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
