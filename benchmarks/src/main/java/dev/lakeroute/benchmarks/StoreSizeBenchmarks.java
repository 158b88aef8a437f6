package dev.lakeroute.benchmarks;

import dev.lakeroute.dblocal.DatabricksLocal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * B6, second part: do {@code clusters/get}, {@code clusters/list}, {@code jobs/runs/get} and {@code jobs/runs/list}
 * keep their throughput when the store holds 1,000 clusters and runs instead of 10? Same server, measured at 10,
 * then again after 990 more of each were created.
 */
final class StoreSizeBenchmarks {
    private static final String CLUSTER = "{\"cluster_name\":\"store\",\"spark_version\":\"15.4.x-scala2.12\",\"node_type_id\":\"i3.xlarge\",\"num_workers\":1}";
    private static final String RUN = "{\"run_name\":\"store\",\"tasks\":[{\"task_key\":\"c\",\"condition_task\":{\"op\":\"EQUAL_TO\",\"left\":\"1\",\"right\":\"1\"}}]}";
    private final boolean quick;

    StoreSizeBenchmarks(boolean quick) {
        this.quick = quick;
    }

    void b6StoreSize(Report report) throws Exception {
        int clients = 64;
        long millis = quick ? 500 : 3_000;
        int repetitions = quick ? 3 : 5;
        report.section("B6 store size", "control plane throughput with 10 vs 1,000 stored clusters and runs, " + clients
                + " concurrent clients, " + millis + " ms × " + repetitions);
        try (DatabricksLocal local = DatabricksLocal.builder().clusterStartDelay(Duration.ofMillis(100)).start()) {
            RawClient raw = new RawClient(local.url(), local.token());
            List<String> clusters = new ArrayList<>();
            List<String> runs = new ArrayList<>();
            grow(raw, clusters, runs, 10);
            Map<String, Stats> small = measure(raw, clusters.get(0), runs.get(0), clients, millis, repetitions);
            grow(raw, clusters, runs, 1_000);
            Map<String, Stats> large = measure(raw, clusters.get(0), runs.get(0), clients, millis, repetitions);
            StringBuilder figure = new StringBuilder("B6_store");
            for (String operation : small.keySet()) {
                double ratio = large.get(operation).median() / small.get(operation).median();
                report.row(operation + ": 10 stored / 1,000 stored", String.format(Locale.ROOT, "%s / %s → %.2f × (≥ 1.0 = no degradation)",
                        small.get(operation).format("req/s"), large.get(operation).format("req/s"), ratio));
                figure.append(String.format(Locale.ROOT, " %s=%.2f", operation.replace('/', '_').replaceAll("[^a-z_]", ""), ratio));
            }
            report.figure(figure.toString());
        }
    }

    private static void grow(RawClient raw, List<String> clusters, List<String> runs, int size) throws Exception {
        while (clusters.size() < size) {
            clusters.add(CommandBenchmarks.JSON.readTree(raw.post("/api/2.1/clusters/create", CLUSTER)).path("cluster_id").asText());
        }
        while (runs.size() < size) {
            runs.add(CommandBenchmarks.JSON.readTree(raw.post("/api/2.1/jobs/runs/submit", RUN)).path("run_id").asText());
        }
    }

    private static Map<String, Stats> measure(RawClient raw, String clusterId, String runId, int clients, long millis, int repetitions) throws Exception {
        Map<String, Callable<?>> calls = new LinkedHashMap<>();
        calls.put("clusters/get", () -> raw.get("/api/2.1/clusters/get?cluster_id=" + clusterId));
        calls.put("clusters/list", () -> raw.get("/api/2.1/clusters/list?page_size=10"));
        calls.put("jobs/runs/get", () -> raw.get("/api/2.1/jobs/runs/get?run_id=" + runId));
        calls.put("jobs/runs/list", () -> raw.get("/api/2.1/jobs/runs/list?limit=10"));
        Map<String, Stats> result = new LinkedHashMap<>();
        for (Map.Entry<String, Callable<?>> call : calls.entrySet()) {
            Load.throughput(clients, millis / 2, call.getValue());
            List<Double> rates = new ArrayList<>();
            for (int i = 0; i < repetitions; i++) {
                rates.add(Load.throughput(clients, millis, call.getValue()));
            }
            result.put(call.getKey(), new Stats(rates));
        }
        return result;
    }
}
