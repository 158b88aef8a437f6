package dev.lakeroute.camel.databricks.it.reliability;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lakeroute.dblocal.faults.Fault;
import dev.lakeroute.dblocal.faults.FaultKind;
import dev.lakeroute.camel.databricks.it.SparkTestSupport;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 2,000 exchanges in flight at all times for {@code -Dreliability.loadSeconds} (10 by default; RELIABILITY.md's figures come from longer runs): run
 * submits waited for (condition tasks), clusters/get, small dbfs/put, statements, with a blip injected
 * every few seconds that the component must absorb (503, 429, a 500 or a dropped connection on a probe).
 * No exchange may be lost or fail; the latency per kind, live threads and peak heap go to RELIABILITY.md.
 */
class LoadRunTest extends CamelTestSupport {

    @RegisterExtension
    static final DatabricksLocalExtension SPARK = DatabricksLocalExtension.perJvmWithSpark();

    static final int IN_FLIGHT = 2000;
    static final long SECONDS = Long.getLong("reliability.loadSeconds", 10);
    /** How long the exchanges still in flight when the load stops may take to come back. */
    static final long DRAIN_SECONDS = 240;

    enum Kind { RUN_SUBMIT, CLUSTERS_GET, DBFS_PUT, STATEMENT }

    private String clusterId;
    private String warehouseId;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.setStreamCaching(false);
        var component = FaultMatrixTest.component(SPARK.url(), SPARK.token());
        // 2,000 waits poll gently: the server shares the machine's two cores with the client.
        component.getConfiguration().setPollInterval(500);
        component.getConfiguration().setMaxPollInterval(2000);
        context.addComponent("databricks", component);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:load").routeId("load").recipientList(header("databricksUri"));
            }
        };
    }

    @Test
    // Bounded by loadSeconds + the drain; the suite's 5-minute default would cut a 300 s run short.
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void twoThousandConcurrentMixedExchangesAreNeitherLostNorFalselyFailed() throws Exception {
        LocalAdmin admin = new LocalAdmin(SPARK.url(), SPARK.token());
        prepare(admin);
        AsyncProducer producer = context.getEndpoint("direct:load").createAsyncProducer();
        producer.start();
        Map<Kind, ConcurrentLinkedQueue<Long>> latencies = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            latencies.put(kind, new ConcurrentLinkedQueue<>());
        }
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger submits = new AtomicInteger();
        Semaphore slots = new Semaphore(IN_FLIGHT);
        Sampler sampler = new Sampler();
        ScheduledExecutorService blips = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger blipCount = new AtomicInteger();
        List<Fault> blipKinds = List.of(Fault.of("jobs/runs/get", FaultKind.UNAVAILABLE),
                Fault.of("clusters/get", FaultKind.RATE_LIMIT).times(2).retryAfterSeconds(1),
                Fault.of("jobs/runs/get", FaultKind.INTERNAL_ERROR),
                Fault.of("jobs/runs/get", FaultKind.DROP),
                Fault.of("dbfs/add-block", FaultKind.UNAVAILABLE));
        blips.scheduleAtFixedRate(() -> admin.inject(blipKinds.get(blipCount.getAndIncrement() % blipKinds.size())), 2, 2, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        long begin = System.nanoTime();
        try {
            while (System.nanoTime() < deadline) {
                if (!slots.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    continue;
                }
                int n = started.getAndIncrement();
                Kind kind = kindOf(n);
                if (kind == Kind.RUN_SUBMIT) {
                    submits.incrementAndGet();
                }
                Exchange exchange = exchange(kind, n);
                long t0 = System.nanoTime();
                producer.process(exchange, sync -> {
                    latencies.get(kind).add(System.nanoTime() - t0);
                    if (exchange.getException() != null) {
                        failures.add(kind + " #" + n + ": " + Outcome.abbreviate(String.valueOf(exchange.getException().getMessage()), 200));
                    }
                    completed.incrementAndGet();
                    slots.release();
                });
            }
            // Everything started must come back: a lost callback would hold its slot for ever.
            boolean drained = slots.tryAcquire(IN_FLIGHT, DRAIN_SECONDS, TimeUnit.SECONDS);
            assertThat(drained).as("all %d exchanges completed (%d did)", started.get(), completed.get()).isTrue();
        } finally {
            blips.shutdownNow();
            sampler.close();
            producer.stop();
            admin.clear();
        }
        long elapsed = System.nanoTime() - begin;
        int runsOnServer = Runs.since(admin, 0, run -> run.path("run_name").asText().startsWith("load-")).size();
        ReliabilityReport.writeSection("load", render(latencies, failures, started.get(), elapsed, sampler, blipCount.get(),
                submits.get(), runsOnServer));
        assertThat(completed.get()).as("no exchange lost").isEqualTo(started.get());
        assertThat(List.copyOf(failures)).as("no exchange failed under absorbable blips").isEmpty();
        assertThat(runsOnServer).as("one run per submit, no duplicate").isEqualTo(submits.get());
    }

    private static Kind kindOf(int n) {
        int slot = n % 10;
        return slot < 5 ? Kind.RUN_SUBMIT : slot < 8 ? Kind.CLUSTERS_GET : slot < 9 ? Kind.DBFS_PUT : Kind.STATEMENT;
    }

    private Exchange exchange(Kind kind, int n) {
        Exchange exchange = new DefaultExchange(context);
        String uri;
        Object body;
        switch (kind) {
            case RUN_SUBMIT -> {
                uri = "databricks:jobs/runs/submit?runTimeout=600000";
                body = Map.of("run_name", "load-" + n, "tasks", List.of(Map.of("task_key", "check",
                        "condition_task", Map.of("op", "EQUAL_TO", "left", "1", "right", "1"))));
            }
            case CLUSTERS_GET -> {
                uri = "databricks:clusters/get?clusterId=" + clusterId;
                body = null;
            }
            // A few paths, overwritten: one endpoint per path, not one per message.
            case DBFS_PUT -> {
                uri = "databricks:dbfs/put?overwrite=true&path=/tmp/load/p" + (n % 20) + ".txt";
                body = "load " + n + "\n";
            }
            default -> {
                uri = "databricks:sql/statements/execute?waitTimeout=600000&warehouseId=" + warehouseId;
                body = Map.of("statement", "SELECT " + n + " AS n");
            }
        }
        exchange.getMessage().setHeader("databricksUri", uri);
        exchange.getMessage().setBody(body);
        return exchange;
    }

    private void prepare(LocalAdmin admin) {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        // clusters/get needs a cluster, not a running one: created and stopped before its driver is needed.
        clusterId = admin.post("/api/2.1/clusters/create", json.createObjectNode().put("cluster_name", "load-get")
                .put("spark_version", "15.4.x-scala2.12").put("node_type_id", "i3.xlarge").put("num_workers", 0)).path("cluster_id").asText();
        admin.post("/api/2.1/clusters/delete", json.createObjectNode().put("cluster_id", clusterId));
        // The JVM's shared warehouse: a warehouse of its own would cost this class a driver start.
        warehouseId = SparkTestSupport.sharedWarehouse(SPARK.url(), SPARK.token());
    }

    private static String render(Map<Kind, ConcurrentLinkedQueue<Long>> latencies, ConcurrentLinkedQueue<String> failures, int started,
                                 long elapsedNanos, Sampler sampler, int blips, int submits, int runsOnServer) {
        StringBuilder md = new StringBuilder("## Load run\n\n");
        md.append("`LoadRunTest`: ").append(IN_FLIGHT).append(" exchanges in flight for ").append(SECONDS).append(" s (")
                .append(TimeUnit.NANOSECONDS.toSeconds(elapsedNanos)).append(" s with the drain), ").append(started)
                .append(" exchanges, ").append(blips).append(" blips injected (503, 429 × 2, 500, dropped connection on probes; "
                        + "503 on dbfs/add-block). ").append(Runtime.getRuntime().availableProcessors()).append(" cores, load average ")
                .append(String.format(java.util.Locale.ROOT, "%.1f", sampler.loadAtStart)).append(" at the start (the machine is shared).\n\n");
        md.append("| kind | exchanges | failed | p50 ms | p99 ms |\n|---|---|---|---|---|\n");
        for (Map.Entry<Kind, ConcurrentLinkedQueue<Long>> entry : latencies.entrySet()) {
            List<Long> sorted = new ArrayList<>(entry.getValue());
            Collections.sort(sorted);
            long failed = failures.stream().filter(f -> f.startsWith(entry.getKey() + " ")).count();
            md.append("| ").append(entry.getKey().name().toLowerCase().replace('_', ' ')).append(" | ").append(sorted.size())
                    .append(" | ").append(failed).append(" | ").append(percentile(sorted, 50)).append(" | ")
                    .append(percentile(sorted, 99)).append(" |\n");
        }
        md.append("\nLive threads: peak ").append(sampler.peakThreads.get()).append(" (").append(sampler.startThreads)
                .append(" before the run). Peak heap used: ").append(sampler.peakHeap.get() / (1024 * 1024)).append(" MiB. Runs on the server: ")
                .append(runsOnServer).append(" for ").append(submits).append(" submits.\n");
        if (!failures.isEmpty()) {
            md.append("\nFailed exchanges (first 10 of ").append(failures.size()).append("):\n\n");
            failures.stream().limit(10).forEach(f -> md.append("- ").append(f).append('\n'));
        }
        return md.toString();
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return TimeUnit.NANOSECONDS.toMillis(sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))));
    }

    /** Live threads and used heap, every 200 ms, keeping the peaks. */
    private static final class Sampler implements AutoCloseable {
        final AtomicInteger peakThreads = new AtomicInteger();
        final AtomicLong peakHeap = new AtomicLong();
        final int startThreads = ManagementFactory.getThreadMXBean().getThreadCount();
        final double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

        Sampler() {
            timer.scheduleAtFixedRate(() -> {
                peakThreads.accumulateAndGet(ManagementFactory.getThreadMXBean().getThreadCount(), Math::max);
                long used = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP) {
                        used += pool.getUsage().getUsed();
                    }
                }
                peakHeap.accumulateAndGet(used, Math::max);
            }, 0, 200, TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }
}
