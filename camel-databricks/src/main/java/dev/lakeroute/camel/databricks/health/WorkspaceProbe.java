package dev.lakeroute.camel.databricks.health;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Asks one workspace, with one set of credentials, who the caller is ({@code GET /api/2.0/preview/scim/v2/Me},
 * what {@code databricks current-user me} does): one cheap call shows the host resolves, accepts a connection,
 * speaks TLS and accepts the credentials. The answer is kept for {@code interval}, and callers that ask while
 * a probe is under way share it, so however often Kubernetes or a load balancer asks, the workspace sees at most
 * one probe per interval.
 */
public final class WorkspaceProbe {

    private final String host;
    private final Supplier<CompletableFuture<JsonNode>> call;
    private final Duration interval;
    private final Duration timeout;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private ProbeResult last;
    private long lastNanos;
    private CompletableFuture<ProbeResult> inFlight;
    private long probes;

    /**
     * @param call     sends the probe (no retries: a health check reports what it sees now)
     * @param interval how long an answer is reused
     * @param timeout  how long a health check waits for the answer
     */
    public WorkspaceProbe(String host, Supplier<CompletableFuture<JsonNode>> call, Duration interval, Duration timeout) {
        this(host, call, interval, timeout, Clock.systemUTC(), System::nanoTime);
    }

    WorkspaceProbe(String host, Supplier<CompletableFuture<JsonNode>> call, Duration interval, Duration timeout, Clock clock,
                   LongSupplier nanoTime) {
        this.host = host;
        this.call = call;
        this.interval = interval;
        this.timeout = timeout;
        this.clock = clock;
        this.nanoTime = nanoTime;
    }

    /** The last answer if it is younger than the interval, else a new probe's (waiting at most the timeout). */
    public ProbeResult result() {
        CompletableFuture<ProbeResult> pending = current();
        try {
            return pending.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return ProbeResult.noAnswer(host, timeout, clock.instant());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProbeResult.failed(host, e, clock.instant());
        } catch (ExecutionException e) {
            return ProbeResult.failed(host, e.getCause(), clock.instant());
        }
    }

    private synchronized CompletableFuture<ProbeResult> current() {
        if (last != null && nanoTime.getAsLong() - lastNanos < interval.toNanos()) {
            return CompletableFuture.completedFuture(last);
        }
        if (inFlight != null) {
            return inFlight;
        }
        probes++;
        CompletableFuture<JsonNode> sent;
        try {
            sent = call.get();
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<ProbeResult> mine = sent.handle((me, failure) -> failure == null
                ? ProbeResult.answered(host, me, clock.instant()) : ProbeResult.failed(host, failure, clock.instant()));
        inFlight = mine;
        mine.thenAccept(this::store);
        return mine;
    }

    private synchronized void store(ProbeResult result) {
        last = result;
        lastNanos = nanoTime.getAsLong();
        inFlight = null;
    }

    /** The last answer; null before the first. */
    public synchronized ProbeResult last() {
        return last;
    }

    /** Probes sent so far (for tests and the dev console: it grows by at most one per interval). */
    public synchronized long probes() {
        return probes;
    }

    public String host() {
        return host;
    }

    public Duration interval() {
        return interval;
    }
}
