package dev.lakeroute.camel.databricks.observe;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import dev.lakeroute.camel.databricks.http.RateLimiter;
import dev.lakeroute.camel.databricks.http.RateLimiters;
import dev.lakeroute.camel.databricks.poll.WaitProgress;

/**
 * What one component is doing now and has done since it started, kept in memory for the dev console:
 * the waits in flight, the shared execution contexts, counts of calls, retries, 429s and rate-limit
 * waits. Always on: counting is a few adders, and nothing here holds more than what is in flight.
 */
public final class Activity implements DatabricksObserver {

    private final RateLimiters rateLimiters;
    private final Set<WaitProgress> waits = ConcurrentHashMap.newKeySet();
    private final Set<SharedContextInfo> sharedContexts = ConcurrentHashMap.newKeySet();
    private final LongAdder calls = new LongAdder();
    private final LongAdder failedCalls = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder backoffNanos = new LongAdder();
    private final LongAdder serverRateLimited = new LongAdder();
    private final LongAdder rateLimitWaits = new LongAdder();
    private final LongAdder rateLimitWaitNanos = new LongAdder();
    private final Map<String, LongAdder> retriesByOperation = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> rateLimitedByOperation = new ConcurrentHashMap<>();

    public Activity(RateLimiters rateLimiters) {
        this.rateLimiters = rateLimiters;
    }

    @Override
    public void callFinished(String operation, Throwable failure, Duration elapsed, int attempts) {
        calls.increment();
        if (failure != null) {
            failedCalls.increment();
        }
    }

    @Override
    public void retryScheduled(String operation, String cause, Duration delay) {
        retries.increment();
        backoffNanos.add(delay.toNanos());
        retriesByOperation.computeIfAbsent(operation, k -> new LongAdder()).increment();
    }

    @Override
    public void rateLimitedByServer(String operation) {
        serverRateLimited.increment();
        rateLimitedByOperation.computeIfAbsent(operation, k -> new LongAdder()).increment();
    }

    @Override
    public void rateLimitWaited(String operation, String family, Duration waited) {
        rateLimitWaits.increment();
        rateLimitWaitNanos.add(waited.toNanos());
    }

    @Override
    public void waitStarted(WaitProgress wait) {
        waits.add(wait);
    }

    @Override
    public void waitEnded(WaitProgress wait, Throwable failure) {
        waits.remove(wait);
    }

    @Override
    public void sharedContextOpened(SharedContextInfo context) {
        sharedContexts.add(context);
    }

    @Override
    public void sharedContextClosed(SharedContextInfo context) {
        sharedContexts.remove(context);
    }

    /** The waits in flight, longest first. */
    public List<WaitProgress> waits() {
        return waits.stream().sorted(Comparator.comparing(WaitProgress::elapsed).reversed()).toList();
    }

    public List<SharedContextInfo> sharedContexts() {
        return sharedContexts.stream().sorted(Comparator.comparing(SharedContextInfo::clusterId)
                .thenComparing(SharedContextInfo::contextId)).toList();
    }

    /** The component's rate limiters by "host family". */
    public Map<String, RateLimiter> rateLimiters() {
        return rateLimiters.all();
    }

    public Counts counts() {
        return new Counts(calls.sum(), failedCalls.sum(), retries.sum(), Duration.ofNanos(backoffNanos.sum()),
                serverRateLimited.sum(), rateLimitWaits.sum(), Duration.ofNanos(rateLimitWaitNanos.sum()),
                sums(retriesByOperation), sums(rateLimitedByOperation));
    }

    private static Map<String, Long> sums(Map<String, LongAdder> adders) {
        Map<String, Long> sums = new TreeMap<>();
        adders.forEach((k, v) -> sums.put(k, v.sum()));
        return sums;
    }

    /** Totals since the component started. */
    public record Counts(long calls, long failedCalls, long retries, Duration backoff, long rateLimitedByServer,
                         long rateLimitWaits, Duration rateLimitWaited, Map<String, Long> retriesByOperation,
                         Map<String, Long> rateLimitedByOperation) {
    }
}
