package dev.lakeroute.camel.databricks.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Token bucket with reservations: a caller takes a permit now, or reserves the next one and is
 * completed when it is due, on the scheduler. Nobody sleeps, and waiting callers keep their order.
 * The bucket holds up to one second's worth of permits, so short bursts pass unthrottled. A burst
 * larger than that waits its turn however long the queue, unless {@code maxQueued} bounds it.
 * <p>
 * The rate adapts to what the server says: a 429 ({@link #rateLimited}) lowers it to 70 % of the rate the
 * server accepted calls at (once per second at most), and after {@link #HOLD_NANOS} without another 429 it grows back by 5 % a second
 * up to the configured {@code rateLimit}. Without a configured rate the limiter lets everything through
 * until the first 429, and again once the rate has grown far past any server's limit. So several
 * replicas sharing one workspace settle below its limit without being told it.
 */
public final class RateLimiter {

    /** The lowest rate a run of 429s can push the limiter to, in calls per second. */
    static final double MIN_RATE = 0.5;
    /** How long a lowered rate holds before it grows again. */
    static final long HOLD_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** 429s within this long of the last decrease lower the rate no further: they answer calls already in flight. */
    static final long BURST_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final double DECREASE = 0.7;
    private static final double GROWTH_PER_SECOND = 0.05;
    /** Without a configured rate, a limiter grown past this stops limiting. */
    private static final double UNLIMITED_ABOVE = 100_000;
    private static final CompletableFuture<Void> NOW = CompletableFuture.completedFuture(null);

    private final String family;
    /** The configured rate ({@code rateLimit}; the lowest of the endpoints sharing the family), or infinity. */
    private volatile double ceiling;
    private final int maxQueued;
    private final LongSupplier nanoTime;
    private final AtomicInteger queued = new AtomicInteger();
    /** False while nothing limits: no configured rate, no 429 lately. Calls then pass without a lock. */
    private volatile boolean limiting;
    private double rate;
    private double capacity;
    private double available;
    private long lastRefillNanos;
    private long lastDecreaseNanos = Long.MIN_VALUE / 2;

    /** Calls the server accepted (2xx) lately: the rate a 429 is judged against. */
    private final RecentRate accepted;
    /** Calls let through lately: the rate a 429 is judged against before the server accepted any. */
    private final RecentRate attempted;
    private final LongAdder granted = new LongAdder();

    public RateLimiter(double permitsPerSecond, LongSupplier nanoTime) {
        this("calls", permitsPerSecond, 0, nanoTime);
    }

    /**
     * @param family           what shares this budget, for messages (jobs, clusters ...)
     * @param permitsPerSecond the configured rate; {@link Double#POSITIVE_INFINITY} for none (only 429s limit)
     * @param maxQueued        the most callers that may wait for a permit at once; 0 for no bound
     */
    public RateLimiter(String family, double permitsPerSecond, int maxQueued, LongSupplier nanoTime) {
        if (!(permitsPerSecond > 0)) {
            throw new IllegalArgumentException("permitsPerSecond must be > 0");
        }
        if (maxQueued < 0) {
            throw new IllegalArgumentException("maxQueued must be >= 0");
        }
        this.family = family;
        this.ceiling = permitsPerSecond;
        this.maxQueued = maxQueued;
        this.nanoTime = nanoTime;
        long now = nanoTime.getAsLong();
        this.lastRefillNanos = now;
        this.accepted = new RecentRate(nanoTime);
        this.attempted = new RecentRate(nanoTime);
        setRate(permitsPerSecond);
        this.available = capacity;
        this.limiting = !Double.isInfinite(permitsPerSecond);
    }

    public String family() {
        return family;
    }

    /** The rate calls may go out at now: the configured one, lower after 429s, infinite when nothing limits. */
    public synchronized double permitsPerSecond() {
        return limiting ? rate : Double.POSITIVE_INFINITY;
    }

    /** The configured rate, or infinity when only the server's 429s set it. */
    public double ceiling() {
        return ceiling;
    }

    /**
     * An endpoint sharing this family configured {@code rateLimit}: the lowest configured rate applies, whichever
     * endpoint asked first.
     */
    public void capAt(double permitsPerSecond) {
        // Asked on every call: without a lower rate to apply, no lock.
        if (!(permitsPerSecond < ceiling)) {
            return;
        }
        synchronized (this) {
            if (!(permitsPerSecond < ceiling)) {
                return;
            }
            refill();
            ceiling = permitsPerSecond;
            if (!limiting || rate > permitsPerSecond) {
                boolean wasLimiting = limiting;
                setRate(permitsPerSecond);
                available = wasLimiting ? Math.min(available, capacity) : capacity;
            }
            limiting = true;
        }
    }

    public int maxQueued() {
        return maxQueued;
    }

    /** Permits in the bucket now (negative while callers wait for reserved ones); infinite while nothing limits. */
    public synchronized double available() {
        if (!limiting) {
            return Double.POSITIVE_INFINITY;
        }
        refill();
        return available;
    }

    /** Permits handed out (now or reserved) since the limiter was created. */
    public long granted() {
        return granted.sum();
    }

    /** Callers waiting for their permit now. */
    public int queued() {
        return queued.get();
    }

    /** Takes one permit; returns how long the caller must wait for it, in nanoseconds (0 = now). */
    public synchronized long reserve() {
        refill();
        return take();
    }

    /**
     * The server answered 429: lower the rate to 70 % of what the server accepted lately (or of the current
     * rate, if lower), and drop the burst allowance, so the calls queued behind this one spread out at once.
     */
    public synchronized void rateLimited() {
        long now = nanoTime.getAsLong();
        if (now - lastDecreaseNanos < BURST_NANOS && limiting) {
            // One burst of 429s is one signal: the calls that were in flight with it say nothing new.
            return;
        }
        double observed = accepted.perSecond(now);
        if (observed == 0) {
            observed = attempted.perSecond(now);
        }
        double base = !limiting ? observed : observed > 0 ? Math.min(rate, observed) : rate;
        if (limiting) {
            refill();
        } else {
            available = 0;
            lastRefillNanos = now;
        }
        setRate(Math.max(MIN_RATE, base * DECREASE));
        available = Math.min(available, 0);
        lastDecreaseNanos = now;
        limiting = true;
    }

    private void setRate(double permitsPerSecond) {
        rate = permitsPerSecond;
        capacity = Math.max(1.0, Double.isInfinite(permitsPerSecond) ? 1.0 : permitsPerSecond);
    }

    /**
     * Like {@link #reserve}, but refuses (returns -1, taking nothing) when {@code maxQueued} callers already
     * wait; a caller that must wait is counted as queued until {@link #acquire} lets it go.
     */
    private synchronized long tryReserve() {
        refill();
        if (!limiting) {
            return 0;
        }
        if (available < 1 && maxQueued > 0 && queued.get() >= maxQueued) {
            return -1;
        }
        long wait = take();
        if (wait > 0) {
            queued.incrementAndGet();
        }
        return wait;
    }

    /** Takes one permit, possibly into debt, and says how long until that debt is paid off. */
    private long take() {
        available -= 1;
        return available >= 0 ? 0 : (long) Math.ceil(-available / rate * 1e9);
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        double seconds = (now - lastRefillNanos) / 1e9;
        if (rate < ceiling && now - lastDecreaseNanos > HOLD_NANOS) {
            setRate(Math.min(ceiling, rate * Math.pow(1 + GROWTH_PER_SECOND, seconds)));
            if (Double.isInfinite(ceiling) && rate > UNLIMITED_ABOVE) {
                limiting = false;
            }
        }
        available = Math.min(capacity, available + seconds * rate);
        lastRefillNanos = now;
    }

    /** The server accepted a call of this family: what it lets through is the rate a 429 is judged against. */
    public void accepted() {
        accepted.count();
    }

    /**
     * Completes when the caller's permit is due: at once, or on the scheduler's thread later.
     *
     * @return null when the queue is full ({@code maxQueued} callers already wait)
     */
    public CompletableFuture<Void> acquire(ScheduledExecutorService scheduler) {
        granted.increment();
        attempted.count();
        if (!limiting) {
            return NOW;
        }
        long wait = tryReserve();
        if (wait < 0) {
            return null;
        }
        if (wait == 0) {
            return NOW;
        }
        CompletableFuture<Void> due = new CompletableFuture<>();
        scheduler.schedule(() -> {
            queued.decrementAndGet();
            due.complete(null);
        }, wait, TimeUnit.NANOSECONDS);
        return due;
    }
}
