package dev.lakeroute.benchmarks;

import dev.lakeroute.camel.databricks.DatabricksComponent;
import dev.lakeroute.dblocal.DatabricksLocal;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * B7: 2,000 {@code jobs/runs/get} through a route with {@code rateLimit=100} against the same route without
 * it. databricks-local has no request-rate limiter of its own, so the figure is the achieved rate on the
 * client side (must stay ≤ 100 req/s) and the exchanges that failed.
 */
final class RateBenchmarks {
    private static final int LIMIT = 100;
    private final DatabricksLocal local;

    RateBenchmarks(DatabricksLocal local) {
        this.local = local;
    }

    void b7(Report report) throws Exception {
        int calls = 2_000;
        int threads = 16;
        report.section("B7", "rate governance: " + calls + " jobs/runs/get, " + threads + " concurrent callers, rateLimit="
                + LIMIT + " vs none (databricks-local does not limit; rate measured on the client)");
        RawClient raw = new RawClient(local.url(), local.token());
        String runId = CommandBenchmarks.JSON.readTree(raw.post("/api/2.1/jobs/runs/submit",
                "{\"run_name\":\"b7\",\"tasks\":[{\"task_key\":\"c\",\"condition_task\":{\"op\":\"EQUAL_TO\",\"left\":\"1\",\"right\":\"1\"}}]}"))
                .path("run_id").asText();
        Result limited = run(runId, "&rateLimit=" + LIMIT, calls, threads);
        Result unlimited = run(runId, "", calls, threads);
        report.row("with rateLimit=" + LIMIT, limited.describe());
        report.row("without rateLimit (peer)", unlimited.describe());
        report.row("429s received", "0 of " + (2 * calls) + " (the server never limits; not measurable here)");
        report.figure(String.format(Locale.ROOT, "B7 failed=%d rate_with_limit=%.1f steady_with_limit=%.1f rate_without=%.0f",
                limited.failed + unlimited.failed, limited.rate, limited.steady, unlimited.rate));
    }

    private Result run(String runId, String options, int calls, int threads) throws Exception {
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long[] finished = new long[calls];
        try (CamelContext camel = new DefaultCamelContext()) {
            // A component of its own per side: the bucket is shared by every endpoint of one component.
            DatabricksComponent component = new DatabricksComponent();
            component.getConfiguration().setHost(local.url());
            component.getConfiguration().setToken(local.token());
            camel.addComponent("databricks", component);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:runsGet").to("databricks:jobs/runs/get?runId=" + runId + options);
                }
            });
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            long start = System.nanoTime();
            double millis = Load.fixedCalls(threads, calls, () -> {
                try {
                    template.requestBody("direct:runsGet", (Object) null);
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                }
                finished[done.getAndIncrement()] = System.nanoTime();
                return null;
            });
            // Steady rate: the calls completed after the bucket's initial one-second burst, over the time they took.
            long burstEnd = start + 1_000_000_000L;
            int after = 0;
            long last = start;
            for (long t : finished) {
                if (t > burstEnd) {
                    after++;
                }
                last = Math.max(last, t);
            }
            double steady = last > burstEnd ? after / ((last - burstEnd) / 1e9) : Double.NaN;
            return new Result(calls * 1000 / millis, steady, millis, failed.get());
        }
    }

    private record Result(double rate, double steady, double millis, int failed) {
        String describe() {
            String after = Double.isNaN(steady) ? "all done within the first second"
                    : String.format(Locale.ROOT, "%.1f req/s after the first second", steady);
            return String.format(Locale.ROOT, "%.1f req/s overall (%s), %.1f s, %d failed", rate, after, millis / 1000, failed);
        }
    }
}
