package dev.lakeroute.camel.databricks.http;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The component's rate limiters, one per host and operation family, so that every endpoint calling
 * {@code jobs/*} on one workspace draws from the same budget, and a 429 slows all of them. The lowest
 * configured rate applies; the first endpoint to ask sets the queue bound.
 */
public final class RateLimiters {

    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

    public RateLimiter forFamily(String authority, String family, double permitsPerSecond) {
        return forFamily(authority, family, permitsPerSecond, 0);
    }

    public RateLimiter forFamily(String authority, String family, double permitsPerSecond, int maxQueued) {
        RateLimiter limiter = limiters.computeIfAbsent(authority + " " + family,
                k -> new RateLimiter(family, permitsPerSecond, maxQueued, System::nanoTime));
        limiter.capAt(permitsPerSecond);
        return limiter;
    }

    /** Every limiter by "authority family", for the dev console. */
    public Map<String, RateLimiter> all() {
        return Collections.unmodifiableMap(new TreeMap<>(limiters));
    }

    public int size() {
        return limiters.size();
    }
}
