package dev.lakeroute.camel.databricks.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.TestComponents;
import dev.lakeroute.dblocal.DatabricksLocal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A component told nothing about the workspace's limit learns it from the 429s: against a databricks-local
 * limiting the jobs API, closed-loop callers get every answer and few 429s, and the rate they settle at is
 * below the server's.
 */
class AdaptiveRateLimitTest {

    private static final int SERVER_LIMIT = 100;
    private static final int CALLERS = 16;
    private static final int CALLS_PER_CALLER = 50;

    private static DatabricksLocal limited;

    @BeforeAll
    static void start() {
        limited = DatabricksLocal.builder().rateLimit("jobs", SERVER_LIMIT).start();
    }

    @AfterAll
    static void stop() {
        limited.close();
    }

    @Test
    void callersWithoutARateLimitSettleBelowTheServersLimitWithoutAFailedExchange() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addComponent("databricks", TestComponents.pointedAt(limited.url(), limited.token()));
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:submit").to("databricks:jobs/runs/submit?waitForCompletion=false");
                    from("direct:get").toD("databricks:jobs/runs/get?runId=${header.run}");
                }
            });
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            Object runId = ((Map<?, ?>) template.requestBody("direct:submit", Map.of("run_name", "adaptive",
                    "tasks", List.of(Map.of("task_key", "c", "condition_task",
                            Map.of("op", "EQUAL_TO", "left", "1", "right", "1")))))).get("run_id");
            // Let the server's bucket fill: the first second's burst is the server's to allow, not the limiter's doing.
            Thread.sleep(1_100);
            long refusedBefore = limited.rateLimits().refused("jobs");
            AtomicInteger failed = new AtomicInteger();
            ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
            List<Future<?>> all = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < CALLERS; c++) {
                all.add(callers.submit(() -> {
                    for (int i = 0; i < CALLS_PER_CALLER; i++) {
                        try {
                            template.requestBodyAndHeader("direct:get", null, "run", runId);
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> caller : all) {
                caller.get(120, TimeUnit.SECONDS);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            callers.shutdown();
            int calls = CALLERS * CALLS_PER_CALLER;
            long refused = limited.rateLimits().refused("jobs") - refusedBefore;
            System.out.printf("adaptive rate limit: %d calls in %.1f s (%.0f/s), %d answered 429, %d failed%n", calls, seconds,
                    calls / seconds, refused, failed.get());

            assertThat(failed).hasValue(0);
            // Each caller has at most one call in flight, so the first burst of 429s is at most one per caller;
            // after that the limiter keeps the rate below the server's.
            assertThat(refused).as("429s answered for %d calls in %.1f s", calls, seconds).isLessThanOrEqualTo(2L * CALLERS);
            assertThat(calls / seconds).as("calls per second").isLessThan(SERVER_LIMIT * 1.5);
        }
    }
}
