package dev.lakeroute.camel.databricks.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.ComponentThreads;
import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksRateLimitQueueFullException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No exchange fails because a queue is full: thousands of waits share a few threads, and a rate limit
 * makes calls wait their turn instead of failing them.
 */
class WaitsUnderLoadTest extends DatabricksLocalTestSupport {

    /** Sends every body through {@code endpoint} at once and waits until all exchanges completed. */
    private List<Exchange> sendAll(String routeId, String endpoint, List<Object> bodies, List<String> tokens, int seconds)
            throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:" + routeId).routeId(routeId).to(endpoint);
            }
        });
        AsyncProducer producer = context.getEndpoint("direct:" + routeId).createAsyncProducer();
        producer.start();
        CountDownLatch done = new CountDownLatch(bodies.size());
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            Exchange x = new DefaultExchange(context);
            x.getMessage().setBody(bodies.get(i));
            if (tokens != null) {
                x.getMessage().setHeader(DatabricksConstants.IDEMPOTENCY_TOKEN, tokens.get(i));
            }
            exchanges.add(x);
            producer.process(x, sync -> done.countDown());
        }
        assertThat(done.await(seconds, TimeUnit.SECONDS)).as("all %d exchanges completed", bodies.size()).isTrue();
        producer.stop();
        return exchanges;
    }

    private static Map<String, Object> conditionRun(String name) {
        return Map.of("run_name", name, "tasks", List.of(Map.of("task_key", "check",
                "condition_task", Map.of("op", "EQUAL_TO", "left", "1", "right", "1"))));
    }

    @Test
    void twoThousandConcurrentRunWaitsAllSucceedOnFewThreads() throws Exception {
        List<Object> bodies = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            bodies.add(conditionRun("it-load-" + i));
        }
        ComponentThreads threads = ComponentThreads.sample(context);
        List<Exchange> exchanges = sendAll("twoThousand", "databricks:jobs/runs/submit", bodies, null, 240);
        threads.close();
        assertThat(exchanges).allSatisfy(x -> {
            assertThat(x.getException()).isNull();
            assertThat(x.getMessage().getHeader(DatabricksConstants.RUN_RESULT_STATE)).isEqualTo("SUCCESS");
        });
        assertThat(threads.max()).as("component threads: %s", threads).isLessThanOrEqualTo(32);
    }

    @Test
    void tenThousandConcurrentWaitsOnOneRunAllReportItsSuccess() throws Exception {
        // One idempotency token: every message re-attaches to the same run, so 10,000 waits are in flight at once.
        String token = "it-ten-thousand-" + System.nanoTime();
        // Long enough that the last of the 10,000 is sent while the run still runs.
        call("databricks:dbfs/put?overwrite=true&path=/FileStore/it-load/ten.py", "import time\ntime.sleep(6)\n");
        Map<String, Object> run = Map.of("run_name", "it-ten-thousand", "tasks", List.of(Map.of("task_key", "main",
                "existing_cluster_id", sharedCluster(), "spark_python_task", Map.of("python_file", "dbfs:/FileStore/it-load/ten.py"))));
        List<Object> bodies = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            bodies.add(run);
            tokens.add(token);
        }
        ComponentThreads threads = ComponentThreads.sample(context);
        List<Exchange> exchanges = sendAll("tenThousand", "databricks:jobs/runs/submit?pollInterval=2s&maxPollInterval=4s",
                bodies, tokens, 300);
        threads.close();
        assertThat(exchanges).allSatisfy(x -> assertThat(x.getException()).isNull());
        assertThat(exchanges.stream().map(x -> x.getMessage().getHeader(DatabricksConstants.RUN_ID)).distinct()).hasSize(1);
        assertThat(threads.max()).as("component threads: %s", threads).isLessThanOrEqualTo(32);
    }

    @Test
    void aRateLimitMakesAThousandQueuedCallsWaitTheirTurnWithoutFailingAny() throws Exception {
        List<Object> bodies = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            bodies.add(null);
        }
        long start = System.nanoTime();
        List<Exchange> exchanges = sendAll("limited", "databricks:token/list?rateLimit=200", bodies, null, 120);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(exchanges).allSatisfy(x -> assertThat(x.getException()).isNull());
        // 200 pass at once (one second's budget), the other 800 at 200/s.
        assertThat(seconds).as("1,000 calls at 200 req/s").isBetween(3.8, 40.0);
    }

    @Test
    void maxQueuedCallsRefusesTheCallsBeyondTheQueueNamingTheOption() throws Exception {
        List<Object> bodies = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            bodies.add(null);
        }
        List<Exchange> exchanges = sendAll("bounded", "databricks:clusters/list?rateLimit=2&maxQueuedCalls=5", bodies, null, 60);
        long refused = exchanges.stream().filter(x -> x.getException() != null).count();
        assertThat(exchanges).allSatisfy(x -> {
            if (x.getException() != null) {
                assertThat(x.getException()).isInstanceOf(DatabricksRateLimitQueueFullException.class)
                        .hasMessageContaining("rate-limit queue full").hasMessageContaining("maxQueuedCalls");
            }
        });
        // 2 pass at once, 5 wait their turn, the others are refused (one more may pass as the bucket refills while sending).
        assertThat(refused).isBetween(21L, 23L);
    }
}
