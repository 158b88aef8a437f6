package dev.lakeroute.dblocal.http;

/**
 * A token bucket: holds at most one second's worth of requests and refills at {@code perSecond}, so a
 * workspace may burst up to its limit and then keeps to the limit on average — how Databricks meters its
 * per-endpoint request limits.
 */
final class TokenBucket {
    private final double perSecond;
    private final double capacity;
    private double tokens;
    private long refilledAt;

    TokenBucket(double perSecond, long nowNanos) {
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("a rate limit must be a positive number of requests per second, was " + perSecond);
        }
        this.perSecond = perSecond;
        this.capacity = Math.max(1, perSecond);
        this.tokens = capacity;
        this.refilledAt = nowNanos;
    }

    /** Takes one token: 0 when the request may go on, else the nanoseconds until the next token. */
    synchronized long take(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - refilledAt) * perSecond / 1e9);
        refilledAt = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) * 1e9 / perSecond);
    }

    double perSecond() {
        return perSecond;
    }
}
