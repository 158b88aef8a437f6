package dev.lakeroute.camel.databricks.it;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lakeroute.dblocal.faults.Fault;
import dev.lakeroute.dblocal.faults.FaultKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Micrometer meters recorded by real calls against databricks-local, with a SimpleMeterRegistry in the Camel
 * registry as an application (or camel-micrometer) puts one there.
 */
class MetricsTest extends DatabricksLocalTestSupport {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("metricsRegistry", meters);
        return context;
    }

    @AfterEach
    void clearFaults() {
        LOCAL.server().faults().clear();
    }

    private Timer calls(String operation, String outcome) {
        return meters.find("camel.databricks.calls").tags("camelContext", context.getName(), "operation", operation,
                "outcome", outcome).timer();
    }

    @Test
    void callsAreTimedByOperationAndOutcomeWithoutHostOrTokenInTags() {
        for (int i = 0; i < 3; i++) {
            call("databricks:clusters/list", null);
        }
        failure("databricks:clusters/get?clusterId=no-such-cluster", null);

        assertThat(calls("clusters/list", "success")).isNotNull().extracting(Timer::count).isEqualTo(3L);
        assertThat(calls("clusters/get", "client_error")).as(meters.getMetersAsString()).isNotNull().extracting(Timer::count).isEqualTo(1L);
        for (Meter meter : meters.getMeters()) {
            for (Tag tag : meter.getId().getTags()) {
                assertThat(tag.getValue()).as(meter.getId().toString()).doesNotContain(LOCAL.token())
                        .doesNotContain("127.0.0.1").doesNotContain("localhost");
            }
        }
        System.out.println("Calls meters: " + meters.getMetersAsString());
    }

    @Test
    void retriesAnd429sAreCountedWithTheTimeSpentBackingOff() {
        LOCAL.server().faults().inject(Fault.of("token/list", FaultKind.RATE_LIMIT).times(1).retryAfterSeconds(1));

        call("databricks:token/list", null);

        assertThat(meters.find("camel.databricks.rate.limited").tag("operation", "token/list").counter())
                .isNotNull().extracting(c -> c.count()).isEqualTo(1.0);
        assertThat(meters.find("camel.databricks.retries").tags("operation", "token/list", "reason", "HTTP 429").counter())
                .isNotNull().extracting(c -> c.count()).isEqualTo(1.0);
        Timer backoff = meters.find("camel.databricks.retry.backoff").tag("operation", "token/list").timer();
        assertThat(backoff).isNotNull();
        assertThat(backoff.count()).isEqualTo(1);
        assertThat(backoff.totalTime(TimeUnit.MILLISECONDS)).as("Retry-After: 1 s was honoured").isGreaterThanOrEqualTo(900);
        assertThat(calls("token/list", "success")).isNotNull().extracting(Timer::count).isEqualTo(1L);
        System.out.println("Retry meters: " + meters.getMetersAsString());
    }

    @Test
    void waitsForTheComponentsRateLimitAreTimed() {
        List<CompletableFuture<Exchange>> sent = IntStream.range(0, 4).mapToObj(i -> template.asyncSend("direct:call",
                e -> e.getMessage().setHeader("databricksUri", "databricks:clusters/list?rateLimit=2"))).toList();
        sent.forEach(CompletableFuture::join);

        Timer waits = meters.find("camel.databricks.rate.limit.waits").tags("operation", "clusters/list").timer();
        assertThat(waits).as("2 permits a second, a burst of 2: the 3rd and 4th call wait").isNotNull();
        assertThat(waits.count()).isEqualTo(2);
        assertThat(waits.totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(500);
    }

    @Test
    void runWaitsAreTimedAndCountedWhileInFlight() {
        String clusterId = sharedCluster();
        call("databricks:dbfs/put?overwrite=true&path=/FileStore/it-metrics/two.py", "import time\ntime.sleep(2)\n");
        Map<String, Object> run = Map.of("run_name", "it-metrics", "tasks", List.of(Map.of("task_key", "main",
                "existing_cluster_id", clusterId, "spark_python_task", Map.of("python_file", "dbfs:/FileStore/it-metrics/two.py"))));
        CompletableFuture<Exchange> sent = template.asyncSend("direct:call", e -> {
            e.getMessage().setHeader("databricksUri", "databricks:jobs/runs/submit");
            e.getMessage().setBody(run);
        });

        await().atMost(20, TimeUnit.SECONDS).untilAsserted(() -> assertThat(activeWaits("run")).isEqualTo(1.0));
        assertThat(sent.join().getException()).isNull();
        // The wait's end is recorded as its future completes, possibly just after the exchange's callback.
        await().atMost(5, TimeUnit.SECONDS).untilAsserted(() -> assertThat(activeWaits("run")).isEqualTo(0.0));
        Timer waits = meters.find("camel.databricks.waits").tags("kind", "run", "operation", "jobs/runs/submit",
                "outcome", "success").timer();
        assertThat(waits).isNotNull();
        assertThat(waits.count()).isEqualTo(1);
        assertThat(waits.totalTime(TimeUnit.MILLISECONDS)).as("the run slept 2 s").isGreaterThanOrEqualTo(1900);
        System.out.println("Wait meters: " + meters.getMetersAsString());
    }

    private double activeWaits(String kind) {
        Gauge gauge = meters.find("camel.databricks.waits.active").tag("kind", kind).gauge();
        return gauge == null ? -1 : gauge.value();
    }
}
