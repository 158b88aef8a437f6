package dev.lakeroute.camel.databricks.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import org.apache.camel.CamelContext;

import dev.lakeroute.camel.databricks.observe.CallOutcome;
import dev.lakeroute.camel.databricks.observe.DatabricksObserver;
import dev.lakeroute.camel.databricks.poll.WaitProgress;

/**
 * Records the component's events as Micrometer meters, named and tagged the way camel-micrometer does
 * (dotted {@code camel.*} names, a {@code camelContext} tag): every tag value is a catalogue operation,
 * a family, a wait kind or a fixed outcome word, never a host, a URI or a credential, so the number of
 * series stays bounded. Only this package refers to Micrometer; {@code MetricsBinding} loads it only
 * when Micrometer is on the classpath.
 */
public final class MicrometerObserver implements DatabricksObserver, AutoCloseable {

    /** Timer: every API call, after all its attempts. Tags operation, outcome. */
    public static final String CALLS = "camel.databricks.calls";
    /** Counter: attempts tried again. Tags operation, reason (HTTP status or transport). */
    public static final String RETRIES = "camel.databricks.retries";
    /** Timer: the delays slept before those retries, i.e. the time spent backing off. Tag operation. */
    public static final String BACKOFF = "camel.databricks.retry.backoff";
    /** Counter: 429 answers received. Tag operation. */
    public static final String RATE_LIMITED = "camel.databricks.rate.limited";
    /** Timer: time calls waited for a permit of the component's own rate limiter (rateLimit). Tags operation, family. */
    public static final String RATE_LIMIT_WAITS = "camel.databricks.rate.limit.waits";
    /** Timer: waits (run, command, cluster, statement, context) from start to end. Tags kind, operation, outcome. */
    public static final String WAITS = "camel.databricks.waits";
    /** Gauge: waits in flight now. Tag kind. */
    public static final String WAITS_ACTIVE = "camel.databricks.waits.active";
    /** The registry bean camel-micrometer uses when there are several. */
    static final String CAMEL_METRICS_REGISTRY = "metricsRegistry";

    private final MeterRegistry registry;
    private final Tags common;
    private final Map<String, AtomicInteger> activeWaits = new ConcurrentHashMap<>();
    private final Map<String, Gauge> gauges = new ConcurrentHashMap<>();

    public MicrometerObserver(MeterRegistry registry, String camelContextName) {
        this.registry = registry;
        this.common = Tags.of("camelContext", camelContextName);
    }

    /** An observer recording into the context's MeterRegistry, or null when the registry has none. */
    public static DatabricksObserver bind(CamelContext context) {
        MeterRegistry registry = context.getRegistry().lookupByNameAndType(CAMEL_METRICS_REGISTRY, MeterRegistry.class);
        if (registry == null) {
            registry = context.getRegistry().findSingleByType(MeterRegistry.class);
        }
        return registry == null ? null : new MicrometerObserver(registry, context.getName());
    }

    @Override
    public void callFinished(String operation, Throwable failure, Duration elapsed, int attempts) {
        Timer.builder(CALLS).description("Databricks API calls, after all their attempts").tags(common)
                .tag("operation", operation).tag("outcome", CallOutcome.of(failure).tag())
                .register(registry).record(elapsed);
    }

    @Override
    public void retryScheduled(String operation, String cause, Duration delay) {
        Counter.builder(RETRIES).description("Databricks API attempts tried again").tags(common)
                .tag("operation", operation).tag("reason", cause).register(registry).increment();
        Timer.builder(BACKOFF).description("Time slept before retrying a Databricks API call").tags(common)
                .tag("operation", operation).register(registry).record(delay);
    }

    @Override
    public void rateLimitedByServer(String operation) {
        Counter.builder(RATE_LIMITED).description("HTTP 429 answers from Databricks").tags(common)
                .tag("operation", operation).register(registry).increment();
    }

    @Override
    public void rateLimitWaited(String operation, String family, Duration waited) {
        Timer.builder(RATE_LIMIT_WAITS).description("Time Databricks calls waited for the component's rate limit")
                .tags(common).tag("operation", operation).tag("family", family).register(registry).record(waited);
    }

    @Override
    public void waitStarted(WaitProgress wait) {
        active(wait.what()).incrementAndGet();
    }

    @Override
    public void waitEnded(WaitProgress wait, Throwable failure) {
        active(wait.what()).decrementAndGet();
        Timer.builder(WAITS).description("Waits for Databricks work (runs, commands, clusters, statements, contexts)")
                .tags(common).tag("kind", wait.what()).tag("operation", wait.operation())
                .tag("outcome", CallOutcome.of(failure).tag()).register(registry).record(wait.elapsed());
    }

    private AtomicInteger active(String kind) {
        return activeWaits.computeIfAbsent(kind, k -> {
            AtomicInteger count = new AtomicInteger();
            gauges.put(k, Gauge.builder(WAITS_ACTIVE, count, AtomicInteger::get)
                    .description("Waits for Databricks work in flight").tags(common).tag("kind", k).register(registry));
            return count;
        });
    }

    /** Removes the gauges, which would otherwise read this observer's counts after the component stopped. */
    @Override
    public void close() {
        gauges.values().forEach(registry::remove);
        gauges.clear();
    }
}
