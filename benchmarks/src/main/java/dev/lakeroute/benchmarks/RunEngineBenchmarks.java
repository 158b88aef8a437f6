package dev.lakeroute.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.DatabricksLocal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * B6 (control plane), jobs and scale: {@code jobs/runs/submit} of condition-task runs, all at once, each
 * polled with {@code jobs/runs/get} until it ends (runs/s); and the latency of {@code jobs/runs/list},
 * {@code jobs/runs/get}, {@code clusters/get} and {@code clusters/list} with few and with many stored
 * documents, which should not differ.
 */
final class RunEngineBenchmarks {
    private static final String CONDITION_RUN = "{\"run_name\":\"b6\",\"tasks\":[{\"task_key\":\"check\","
            + "\"condition_task\":{\"op\":\"EQUAL_TO\",\"left\":\"1\",\"right\":\"1\"}}]}";
    private static final Set<String> FINAL = Set.of("TERMINATED", "SKIPPED", "INTERNAL_ERROR");
    /** Requests in flight, as a client with a connection pool sends them. */
    private static final int CONNECTIONS = 64;
    private static final long POLL_MILLIS = 100;

    private final DatabricksLocal local;
    private final boolean quick;
    private final RawClient raw;
    private final AsyncClient async;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "b6-poll-timer");
        thread.setDaemon(true);
        return thread;
    });

    RunEngineBenchmarks(DatabricksLocal local, boolean quick) {
        this.local = local;
        this.quick = quick;
        this.raw = new RawClient(local.url(), local.token());
        this.async = new AsyncClient(local.url(), local.token(), CONNECTIONS);
    }

    void runs(Report report) throws Exception {
        int runs = quick ? 300 : 2_000;
        int repetitions = quick ? 3 : 5;
        report.section("B6-runs", runs + " concurrent jobs/runs/submit (condition task), each polled with jobs/runs/get every "
                + POLL_MILLIS + " ms until it ends; " + CONNECTIONS + " connections");
        int few = 10;
        submitAndWait(few);
        Latencies small = latencies();
        List<Double> rates = new ArrayList<>();
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            submitAndWait(runs);
            double elapsed = (System.nanoTime() - start) / 1e9;
            seconds.add(elapsed);
            rates.add(runs / elapsed);
        }
        int stored = few + runs * repetitions;
        Latencies large = latencies();
        Stats rateStats = new Stats(rates);
        report.row("runs/s (first repetition includes JIT warm-up)", rateStats.format("runs/s"));
        report.row("wall time for " + runs + " runs", new Stats(seconds).format("s"));
        report.row("jobs/runs/list?limit=25 with " + few + " runs stored", small.list().format("ms"));
        report.row("jobs/runs/list?limit=25 with " + stored + " runs stored", large.list().format("ms"));
        report.row("jobs/runs/get with " + few + " runs stored", small.get().format("ms"));
        report.row("jobs/runs/get with " + stored + " runs stored", large.get().format("ms"));
        report.figure(String.format(Locale.ROOT, "B6-runs runs_per_s=%.0f list_ms_%d=%.2f list_ms_%d=%.2f get_ms_%d=%.2f get_ms_%d=%.2f",
                rateStats.median(), few, small.list().median(), stored, large.list().median(),
                few, small.get().median(), stored, large.get().median()));
    }

    void clusters(Report report) throws Exception {
        int few = 10;
        int many = 1_000;
        report.section("B6-clusters", "clusters/get and clusters/list latency with " + few + " and " + many + " clusters stored");
        String clusterId = createClusters(few);
        Stats getFew = latency(() -> raw.get("/api/2.1/clusters/get?cluster_id=" + clusterId));
        Stats listFew = latency(() -> raw.get("/api/2.1/clusters/list?page_size=10"));
        createClusters(many - few);
        Stats getMany = latency(() -> raw.get("/api/2.1/clusters/get?cluster_id=" + clusterId));
        Stats listMany = latency(() -> raw.get("/api/2.1/clusters/list?page_size=10"));
        report.row("clusters/get, " + few + " clusters", getFew.format("ms"));
        report.row("clusters/get, " + many + " clusters", getMany.format("ms"));
        report.row("clusters/list?page_size=10, " + few + " clusters", listFew.format("ms"));
        report.row("clusters/list?page_size=10, " + many + " clusters", listMany.format("ms"));
        report.figure(String.format(Locale.ROOT, "B6-clusters get_ratio=%.2f list_ratio=%.2f (%d vs %d clusters)",
                getMany.median() / getFew.median(), listMany.median() / listFew.median(), many, few));
    }

    private String createClusters(int count) throws Exception {
        List<CompletableFuture<JsonNode>> creates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            creates.add(async.post("/api/2.1/clusters/create", "{\"cluster_name\":\"b6-" + i
                    + "\",\"spark_version\":\"15.4.x-scala2.12\",\"node_type_id\":\"i3.xlarge\",\"num_workers\":0}"));
        }
        String first = null;
        for (CompletableFuture<JsonNode> create : creates) {
            String id = create.get(5, TimeUnit.MINUTES).path("cluster_id").asText();
            first = first == null ? id : first;
        }
        // Measured once every cluster has started, so no state transitions run alongside the calls.
        while (!CommandBenchmarks.JSON.readTree(raw.get("/api/2.1/clusters/list?page_size=1&filter_by.cluster_states=PENDING"))
                .path("clusters").isEmpty()) {
            Thread.sleep(200);
        }
        return first;
    }

    private void submitAndWait(int runs) throws Exception {
        List<CompletableFuture<JsonNode>> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            all.add(async.post("/api/2.1/jobs/runs/submit", CONDITION_RUN).thenCompose(reply -> untilFinal(reply.path("run_id").asLong())));
        }
        for (CompletableFuture<JsonNode> run : all) {
            JsonNode state = run.get(10, TimeUnit.MINUTES).path("state");
            if (!"SUCCESS".equals(state.path("result_state").asText())) {
                throw new IllegalStateException("A benchmark run did not succeed: " + state);
            }
        }
    }

    private CompletableFuture<JsonNode> untilFinal(long runId) {
        return async.get("/api/2.1/jobs/runs/get?run_id=" + runId).thenCompose(run -> {
            if (FINAL.contains(run.path("state").path("life_cycle_state").asText())) {
                return CompletableFuture.completedFuture(run);
            }
            return CompletableFuture.supplyAsync(() -> runId, CompletableFuture.delayedExecutor(POLL_MILLIS, TimeUnit.MILLISECONDS, timer))
                    .thenCompose(this::untilFinal);
        });
    }

    private record Latencies(Stats list, Stats get) {
    }

    private Latencies latencies() throws Exception {
        long runId = CommandBenchmarks.JSON.readTree(raw.get("/api/2.1/jobs/runs/list?limit=1")).path("runs").get(0).path("run_id").asLong();
        return new Latencies(latency(() -> raw.get("/api/2.1/jobs/runs/list?limit=25")),
                latency(() -> raw.get("/api/2.1/jobs/runs/get?run_id=" + runId)));
    }

    /** One caller, 200 calls per repetition after a warm-up; milliseconds per call. */
    private static Stats latency(Callable<?> call) throws Exception {
        int calls = 200;
        Load.fixedCalls(1, calls, call);
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            samples.add(Load.fixedCalls(1, calls, call) / calls);
        }
        return new Stats(samples);
    }

    /** The JDK HttpClient's asynchronous API with at most {@code connections} requests in flight. */
    private static final class AsyncClient {
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final String url;
        private final String token;
        private final AtomicInteger free;
        private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();

        AsyncClient(String url, String token, int connections) {
            this.url = url;
            this.token = token;
            this.free = new AtomicInteger(connections);
        }

        CompletableFuture<JsonNode> get(String pathAndQuery) {
            return send(HttpRequest.newBuilder(URI.create(url + pathAndQuery)).GET());
        }

        CompletableFuture<JsonNode> post(String path, String json) {
            return send(HttpRequest.newBuilder(URI.create(url + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        private CompletableFuture<JsonNode> send(HttpRequest.Builder builder) {
            HttpRequest request = builder.header("Authorization", "Bearer " + token).build();
            CompletableFuture<JsonNode> result = new CompletableFuture<>();
            waiting.add(() -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                free.incrementAndGet();
                startWaiting();
                if (error != null) {
                    result.completeExceptionally(error);
                } else if (response.statusCode() != 200) {
                    result.completeExceptionally(new IllegalStateException(request.uri() + " answered " + response.statusCode()
                            + ": " + response.body()));
                } else {
                    try {
                        result.complete(CommandBenchmarks.JSON.readTree(response.body()));
                    } catch (Exception e) {
                        result.completeExceptionally(e);
                    }
                }
            }));
            startWaiting();
            return result;
        }

        private void startWaiting() {
            while (!waiting.isEmpty()) {
                int available = free.get();
                if (available == 0) {
                    return;
                }
                if (free.compareAndSet(available, available - 1)) {
                    Runnable next = waiting.poll();
                    if (next == null) {
                        free.incrementAndGet();
                        return;
                    }
                    next.run();
                }
            }
        }
    }
}
