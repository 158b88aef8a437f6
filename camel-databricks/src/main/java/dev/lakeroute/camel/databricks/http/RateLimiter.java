package dev.lakeroute.camel.databricks.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Token bucket with reservations: a caller takes a permit now, or reserves the next one and is
 * completed when it is due, on the scheduler. Nobody sleeps, and waiting callers keep their order.
 * The bucket holds up to one second's worth of permits, so short bursts pass unthrottled. A burst
 * larger than that waits its turn however long the queue, unless {@code maxQueued} bounds it.
 */
public final class RateLimiter {

    private final String family;
    private final double permitsPerSecond;
    private final double capacity;
    private final int maxQueued;
    private final LongSupplier nanoTime;
    private final AtomicInteger queued = new AtomicInteger();
    private double available;
    private long granted;
    private long lastRefillNanos;

    public RateLimiter(double permitsPerSecond, LongSupplier nanoTime) {
        this("calls", permitsPerSecond, 0, nanoTime);
    }

    /**
     * @param family    what shares this budget, for messages (jobs, clusters ...)
     * @param maxQueued the most callers that may wait for a permit at once; 0 for no bound
     */
    public RateLimiter(String family, double permitsPerSecond, int maxQueued, LongSupplier nanoTime) {
        if (!(permitsPerSecond > 0)) {
            throw new IllegalArgumentException("permitsPerSecond must be > 0");
        }
        if (maxQueued < 0) {
            throw new IllegalArgumentException("maxQueued must be >= 0");
        }
        this.family = family;
        this.permitsPerSecond = permitsPerSecond;
        this.capacity = Math.max(1.0, permitsPerSecond);
        this.maxQueued = maxQueued;
        this.nanoTime = nanoTime;
        this.available = capacity;
        this.lastRefillNanos = nanoTime.getAsLong();
    }

    public String family() {
        return family;
    }

    public double permitsPerSecond() {
        return permitsPerSecond;
    }

    public int maxQueued() {
        return maxQueued;
    }

    /** Callers waiting for their permit now. */
    public int queued() {
        return queued.get();
    }

    /** Permits in the bucket now (negative while callers wait for reserved ones). */
    public synchronized double available() {
        refill();
        return available;
    }

    /** Permits handed out (now or reserved) since the limiter was created. */
    public synchronized long granted() {
        return granted;
    }

    /** Takes one permit; returns how long the caller must wait for it, in nanoseconds (0 = now). */
    public synchronized long reserve() {
        refill();
        available -= 1;
        return available >= 0 ? 0 : (long) Math.ceil(-available / permitsPerSecond * 1e9);
    }

    /**
     * Like {@link #reserve}, but refuses (returns -1, taking nothing) when {@code maxQueued} callers already
     * wait; a caller that must wait is counted as queued until {@link #acquire} lets it go.
     */
    private synchronized long tryReserve() {
        refill();
        if (available < 1 && maxQueued > 0 && queued.get() >= maxQueued) {
            return -1;
        }
        available -= 1;
        granted++;
        if (available >= 0) {
            return 0;
        }
        queued.incrementAndGet();
        return (long) Math.ceil(-available / permitsPerSecond * 1e9);
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        available = Math.min(capacity, available + (now - lastRefillNanos) * permitsPerSecond / 1e9);
        lastRefillNanos = now;
    }

    /**
     * Completes when the caller's permit is due: at once, or on the scheduler's thread later.
     *
     * @return null when the queue is full ({@code maxQueued} callers already wait)
     */
    public CompletableFuture<Void> acquire(ScheduledExecutorService scheduler) {
        long wait = tryReserve();
        if (wait < 0) {
            return null;
        }
        if (wait == 0) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> due = new CompletableFuture<>();
        scheduler.schedule(() -> {
            queued.decrementAndGet();
            due.complete(null);
        }, wait, TimeUnit.NANOSECONDS);
        return due;
    }
}
