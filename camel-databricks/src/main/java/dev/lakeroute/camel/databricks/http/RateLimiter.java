package dev.lakeroute.camel.databricks.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Token bucket with reservations: a caller takes a permit now, or reserves the next one and is
 * completed when it is due, on the scheduler. Nobody sleeps, and waiting callers keep their order.
 * The bucket holds up to one second's worth of permits, so short bursts pass unthrottled.
 */
public final class RateLimiter {

    private final double permitsPerSecond;
    private final double capacity;
    private final LongSupplier nanoTime;
    private double available;
    private long lastRefillNanos;

    public RateLimiter(double permitsPerSecond, LongSupplier nanoTime) {
        if (!(permitsPerSecond > 0)) {
            throw new IllegalArgumentException("permitsPerSecond must be > 0");
        }
        this.permitsPerSecond = permitsPerSecond;
        this.capacity = Math.max(1.0, permitsPerSecond);
        this.nanoTime = nanoTime;
        this.available = capacity;
        this.lastRefillNanos = nanoTime.getAsLong();
    }

    public double permitsPerSecond() {
        return permitsPerSecond;
    }

    /** Takes one permit; returns how long the caller must wait for it, in nanoseconds (0 = now). */
    public synchronized long reserve() {
        long now = nanoTime.getAsLong();
        available = Math.min(capacity, available + (now - lastRefillNanos) * permitsPerSecond / 1e9);
        lastRefillNanos = now;
        available -= 1;
        return available >= 0 ? 0 : (long) Math.ceil(-available / permitsPerSecond * 1e9);
    }

    public CompletableFuture<Void> acquire(ScheduledExecutorService scheduler) {
        long wait = reserve();
        if (wait == 0) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> due = new CompletableFuture<>();
        scheduler.schedule(() -> due.complete(null), wait, TimeUnit.NANOSECONDS);
        return due;
    }
}
