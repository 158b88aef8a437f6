package dev.lakeroute.camel.databricks.http;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Events per second lately: the count of the current second, or of the one before when that was higher. Counting
 * takes no lock (the calls of a family pass here); only the rollover to a new second does.
 */
final class RecentRate {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final LongSupplier nanoTime;
    private final LongAdder thisSecond = new LongAdder();
    private volatile long secondStartNanos;
    private volatile long lastSecondCount;

    RecentRate(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.secondStartNanos = nanoTime.getAsLong();
    }

    void count() {
        long now = nanoTime.getAsLong();
        if (now - secondStartNanos >= SECOND) {
            synchronized (this) {
                if (now - secondStartNanos >= SECOND) {
                    // A gap of more than a second since the last event: nothing happened in "the second before".
                    lastSecondCount = now - secondStartNanos < 2 * SECOND ? thisSecond.sumThenReset() : 0;
                    thisSecond.reset();
                    secondStartNanos = now;
                }
            }
        }
        thisSecond.increment();
    }

    /**
     * Over a whole second at least: right after a burst, a shorter window would take the burst for a rate the
     * server sustains. Underestimating costs a few seconds of growth; overestimating costs more 429s.
     */
    double perSecond(long now) {
        long sinceStart = now - secondStartNanos;
        if (sinceStart >= 2 * SECOND) {
            return 0;
        }
        double elapsed = Math.max(1.0, sinceStart / 1e9);
        return Math.max(sinceStart < SECOND ? lastSecondCount : 0, thisSecond.sum() / elapsed);
    }
}
