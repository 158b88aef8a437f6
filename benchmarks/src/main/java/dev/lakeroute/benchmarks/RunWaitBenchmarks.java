package dev.lakeroute.benchmarks;

import dev.lakeroute.dblocal.DatabricksLocal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * B2: RUNS concurrent {@code jobs/runs/submit} + wait on runs that last 5–20 s — {@code spark_python_task}s
 * running {@code time.sleep(N)} on one cluster, real child processes of databricks-local — through the route
 * and through the SDK's {@code submit().get()} (a thread per wait), each side in a JVM of its own so its
 * threads and heap are measured alone.
 */
final class RunWaitBenchmarks {
    static final String SCRIPT = "dbfs:/bench/sleep.py";
    private final boolean quick;

    RunWaitBenchmarks(boolean quick) {
        this.quick = quick;
    }

    void b2(Report report) throws Exception {
        // --quick: 100 waits, since databricks-local starts python runs at a few per second on 2 cores (see BENCHMARKS.md).
        int runs = quick ? 100 : 1_000;
        int min = quick ? 3 : 5;
        int max = quick ? 6 : 20;
        report.section("B2", runs + " concurrent jobs/runs/submit + wait, runs of " + min + "–" + max
                + " s (spark_python_task time.sleep on one cluster, python " + Python.executable() + "); each side in its own JVM");
        try (DatabricksLocal local = DatabricksLocal.builder().clusterStartDelay(Duration.ZERO).workerThreads(64).start()) {
            RawClient raw = new RawClient(local.url(), local.token());
            String clusterId = CommandBenchmarks.createRunningCluster(raw, "b2");
            uploadSleepScript(raw);
            Map<String, String> route = side("route", local, clusterId, runs, min, max);
            Map<String, String> sdk = side("sdk", local, clusterId, runs, min, max);
            report.row("route: done / failed", route.get("done") + " / " + route.get("failed"));
            report.row("SDK (peer): done / failed", sdk.get("done") + " / " + sdk.get("failed"));
            double routeWall = seconds(route, "wall_ms");
            double sdkWall = seconds(sdk, "wall_ms");
            double routeSlowest = seconds(route, "slowest_run_ms");
            double sdkSlowest = seconds(sdk, "slowest_run_ms");
            report.row("route: wall / slowest run (server: created → ended) / target 1.1× slowest + 5 s",
                    String.format(Locale.ROOT, "%.1f s / %.1f s / %.1f s", routeWall, routeSlowest, 1.1 * routeSlowest + 5));
            report.row("SDK: wall / slowest run / 1.1× slowest + 5 s",
                    String.format(Locale.ROOT, "%.1f s / %.1f s / %.1f s", sdkWall, sdkSlowest, 1.1 * sdkSlowest + 5));
            report.row("route: peak live component threads (Camel (b2) pools + HTTP I/O) — target ≤ 32", route.get("peak_threads"));
            report.row("SDK: peak live waiting threads", sdk.get("peak_threads"));
            report.row("route: peak live heap (after-GC samples, 1 s) / before", route.get("peak_heap_mb") + " MiB / " + route.get("baseline_heap_mb") + " MiB");
            report.row("SDK: peak live heap / before", sdk.get("peak_heap_mb") + " MiB / " + sdk.get("baseline_heap_mb") + " MiB");
            double heapRatio = Double.parseDouble(route.get("peak_heap_mb")) / Double.parseDouble(sdk.get("peak_heap_mb"));
            report.row("route / SDK peak heap — target ≤ 1.0", String.format(Locale.ROOT, "%.2f ×", heapRatio));
            report.figure(String.format(Locale.ROOT, "B2 done=%s/%d threads=%s wall_s=%.1f wall_target_s=%.1f heap_vs_sdk=%.2f sdk_wall_s=%.1f sdk_threads=%s",
                    route.get("done"), runs, route.get("peak_threads"), routeWall, 1.1 * routeSlowest + 5, heapRatio, sdkWall, sdk.get("peak_threads")));
        }
    }

    private static Map<String, String> side(String side, DatabricksLocal local, String clusterId, int runs, int min, int max) throws Exception {
        return ChildJvm.run("512m", RunWaitClient.class, List.of(side, local.url(), local.token(), clusterId, SCRIPT,
                Integer.toString(runs), Integer.toString(min), Integer.toString(max)));
    }

    static void uploadSleepScript(RawClient raw) throws Exception {
        String script = "import sys, time\ntime.sleep(float(sys.argv[1]))\n";
        raw.post("/api/2.0/dbfs/put", "{\"path\":\"" + SCRIPT.substring("dbfs:".length()) + "\",\"overwrite\":true,\"contents\":\""
                + Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_8)) + "\"}");
    }

    private static double seconds(Map<String, String> result, String key) {
        return Long.parseLong(result.get(key)) / 1000.0;
    }
}
