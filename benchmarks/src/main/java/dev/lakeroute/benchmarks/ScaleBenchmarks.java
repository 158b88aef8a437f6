package dev.lakeroute.benchmarks;

import dev.lakeroute.dblocal.DatabricksLocal;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * B8: what one in-flight wait costs as the number of waits grows 10 → 100 → 1,000 → 10,000. All waits of a
 * level are {@code jobs/runs/submit} exchanges with one idempotency token, so they start one real run (a
 * python {@code time.sleep}) and wait on it; once every wait is probing, a window measures the CPU time of
 * the component's threads (ThreadMXBean) per probe the server saw, the live heap per wait and the threads.
 */
final class ScaleBenchmarks {
    private static final int[] LEVELS = {10, 100, 1_000, 10_000};
    private final boolean quick;

    ScaleBenchmarks(boolean quick) {
        this.quick = quick;
    }

    void b8(Report report) throws Exception {
        long windowMillis = quick ? 2_000 : 10_000;
        report.section("B8", "cost per in-flight wait as waits grow (jobs/runs/submit + wait, one idempotency token → one run), "
                + windowMillis / 1000 + " s window once all waits probe");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // A limit no test reaches: it only makes databricks-local count the jobs calls (the probes).
        try (DatabricksLocal local = DatabricksLocal.builder().clusterStartDelay(Duration.ZERO).rateLimit("jobs", 1e9).start()) {
            RawClient raw = new RawClient(local.url(), local.token());
            String clusterId = CommandBenchmarks.createRunningCluster(raw, "b8");
            RunWaitBenchmarks.uploadSleepScript(raw);
            List<Double> cpuPerProbe = new ArrayList<>();
            StringBuilder figure = new StringBuilder("B8");
            // --quick stops at 1,000 waits: the curve is already flat there (BENCHMARKS.md) and 10,000 take a minute.
            int[] levels = quick ? java.util.Arrays.copyOf(LEVELS, 3) : LEVELS;
            for (int level : levels) {
                String name = "b8-" + level;
                // Threads of this level's component only: not the benchmark's own HTTP clients, started earlier.
                java.util.Set<Thread> earlier = new java.util.HashSet<>(Thread.getAllStackTraces().keySet());
                java.util.function.Predicate<Thread> component = thread -> !earlier.contains(thread)
                        && Components.isComponentThread(name, thread.getName());
                try (CamelContext camel = Components.camel(name, local.url(), local.token())) {
                    camel.addRoutes(new RouteBuilder() {
                        @Override
                        public void configure() {
                            // The waits end with the run cancelled after the window: expected, not worth a stack trace each.
                            errorHandler(noErrorHandler());
                            from("direct:wait").to("databricks:jobs/runs/submit?cancelOnStop=false");
                        }
                    });
                    camel.start();
                    AsyncProducer producer = camel.getEndpoint("direct:wait").createAsyncProducer();
                    producer.start();
                    Sampler sampler = new Sampler(component, 60_000);
                    long baseline = sampler.baselineHeap();
                    long jobsCallsBefore = local.rateLimits().passed("jobs");
                    CountDownLatch ended = new CountDownLatch(level);
                    String token = "b8-" + level + "-" + System.nanoTime();
                    for (int i = 0; i < level; i++) {
                        Exchange exchange = new DefaultExchange(camel);
                        exchange.getIn().setBody(Map.of("run_name", name, "idempotency_token", token, "tasks", List.of(Map.of(
                                "task_key", "sleep", "existing_cluster_id", clusterId,
                                "spark_python_task", Map.of("python_file", RunWaitBenchmarks.SCRIPT, "parameters", List.of("600"))))));
                        producer.process(exchange, doneSync -> ended.countDown());
                    }
                    // Every wait has submitted and probed at least once: two jobs calls each.
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                    while (local.rateLimits().passed("jobs") - jobsCallsBefore < 2L * level && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                    Thread.sleep(2_000);
                    long cpuBefore = componentCpu(threads, component);
                    long probesBefore = local.rateLimits().passed("jobs");
                    Thread.sleep(windowMillis);
                    long cpu = componentCpu(threads, component) - cpuBefore;
                    long probes = local.rateLimits().passed("jobs") - probesBefore;
                    long liveThreads = sampler.threads();
                    long heap = sampler.liveHeap();
                    sampler.close();
                    for (var run : CommandBenchmarks.JSON.readTree(raw.get("/api/2.1/jobs/runs/list?active_only=true")).path("runs")) {
                        raw.post("/api/2.1/jobs/runs/cancel", "{\"run_id\":" + run.path("run_id").asText() + "}");
                    }
                    if (!ended.await(60, TimeUnit.SECONDS)) {
                        throw new IllegalStateException(ended.getCount() + " of " + level + " waits did not end after the run was cancelled");
                    }
                    producer.stop();
                    double perProbeUs = probes == 0 ? Double.NaN : cpu / 1e3 / probes;
                    double heapPerWaitKb = (heap - baseline) / 1024.0 / level;
                    cpuPerProbe.add(perProbeUs);
                    report.row(String.format(Locale.ROOT, "%,d waits", level), String.format(Locale.ROOT,
                            "%.1f µs component CPU per probe (%d probes, %.0f ms CPU in %d s), %.2f KiB live heap per wait, %d component threads",
                            perProbeUs, probes, cpu / 1e6, windowMillis / 1000, heapPerWaitKb, liveThreads));
                    figure.append(String.format(Locale.ROOT, " cpu_us_per_probe_%d=%.1f heap_kib_per_wait_%d=%.2f threads_%d=%d",
                            level, perProbeUs, level, heapPerWaitKb, level, liveThreads));
                }
            }
            report.row(String.format(Locale.ROOT, "CPU per probe at %,d / at 100 waits — flat or better is ≤ 1.0", levels[levels.length - 1]),
                    String.format(Locale.ROOT, "%.2f ×", cpuPerProbe.get(cpuPerProbe.size() - 1) / cpuPerProbe.get(1)));
            report.figure(figure.toString());
        }
    }

    private static long componentCpu(ThreadMXBean threads, java.util.function.Predicate<Thread> component) {
        long total = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (component.test(thread)) {
                long cpu = threads.getThreadCpuTime(thread.getId());
                total += Math.max(0, cpu);
            }
        }
        return total;
    }
}
