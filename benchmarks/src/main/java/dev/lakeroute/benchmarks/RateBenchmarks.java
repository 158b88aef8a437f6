package dev.lakeroute.benchmarks;

import dev.lakeroute.dblocal.DatabricksLocal;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * B7: 2,000 {@code jobs/runs/get} through a route against a databricks-local that limits the {@code jobs}
 * family to 100 req/s (429 REQUEST_LIMIT_EXCEEDED with Retry-After beyond it, as Databricks does), with the
 * component's {@code rateLimit=100} and without it: exchanges that failed, 429s the server answered, rates.
 */
final class RateBenchmarks {
    private static final int LIMIT = 100;

    private final boolean quick;

    RateBenchmarks(boolean quick) {
        this.quick = quick;
    }

    void b7(Report report) throws Exception {
        // 2,000 calls take 20 s at the server's limit on each side; --quick makes it 600.
        int calls = quick ? 600 : 2_000;
        int threads = 16;
        report.section("B7", "rate governance: " + calls + " jobs/runs/get, " + threads + " concurrent callers, against databricks-local "
                + "limiting jobs to " + LIMIT + " req/s (429 + Retry-After); component rateLimit=" + LIMIT + " vs none");
        try (DatabricksLocal local = DatabricksLocal.builder().rateLimit("jobs", LIMIT).start()) {
            RawClient raw = new RawClient(local.url(), local.token());
            String runId = CommandBenchmarks.JSON.readTree(raw.post("/api/2.1/jobs/runs/submit",
                    "{\"run_name\":\"b7\",\"tasks\":[{\"task_key\":\"c\",\"condition_task\":{\"op\":\"EQUAL_TO\",\"left\":\"1\",\"right\":\"1\"}}]}"))
                    .path("run_id").asText();
            Thread.sleep(1_100);
            long before = local.rateLimits().refused("jobs");
            Result limited = run(local, runId, "&rateLimit=" + LIMIT, calls, threads);
            long limited429 = local.rateLimits().refused("jobs") - before;
            // Let the server's bucket fill again, so both sides start from the same state.
            Thread.sleep(1_100);
            before = local.rateLimits().refused("jobs");
            Result unlimited = run(local, runId, "", calls, threads);
            long unlimited429 = local.rateLimits().refused("jobs") - before;
            double limitedShare = 100.0 * limited429 / calls;
            report.row("with rateLimit=" + LIMIT, limited.describe() + String.format(Locale.ROOT, ", %d 429s answered (%.2f %% of calls)", limited429, limitedShare));
            report.row("without rateLimit (peer)", unlimited.describe() + String.format(Locale.ROOT, ", %d 429s answered (%.1f %% of calls; retried with Retry-After)",
                    unlimited429, 100.0 * unlimited429 / calls));
            report.row("with rateLimit: failed exchanges — target 0; 429s — target ≤ 1 % of calls", limited.failed + "; " + limited429
                    + String.format(Locale.ROOT, " (%.2f %%)", limitedShare));
            report.figure(String.format(Locale.ROOT, "B7 failed=%d http429_pct=%.2f rate_with_limit=%.1f steady_with_limit=%.1f without_limit_failed=%d without_limit_429=%d",
                    limited.failed, limitedShare, limited.rate, limited.steady, unlimited.failed, unlimited429));
        }
    }

    private Result run(DatabricksLocal local, String runId, String options, int calls, int threads) throws Exception {
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long[] finished = new long[calls];
        // A component of its own per side: the bucket is shared by every endpoint of one component.
        try (CamelContext camel = Components.camel("b7", local.url(), local.token())) {
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
