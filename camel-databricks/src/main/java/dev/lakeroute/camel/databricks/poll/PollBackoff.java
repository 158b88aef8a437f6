package dev.lakeroute.camel.databricks.poll;

import java.time.Duration;

/**
 * Delays between two polls. The first comes after {@code first} and doubles up to {@code interval}
 * (the {@code pollInterval} option), then grows by half up to {@code max}: a command of 200 ms is seen
 * finished some 20 ms after it ended instead of after a whole second, while an hour-long run still costs
 * only a poll every {@code max}. Nobody has to tune pollInterval to make short work fast.
 */
public record PollBackoff(Duration first, Duration interval, Duration max) {

    /** The first delay of an adaptive wait: short enough that a 1+1 command costs no visible latency. */
    public static final Duration FAST_START = Duration.ofMillis(10);

    public PollBackoff {
        if (first.isNegative() || first.isZero() || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("poll intervals must be positive");
        }
        if (first.compareTo(interval) > 0) {
            first = interval;
        }
        if (max.compareTo(interval) < 0) {
            max = interval;
        }
    }

    /** Starts at {@code initialMillis} and grows by half up to {@code maxMillis}. */
    public static PollBackoff of(long initialMillis, long maxMillis) {
        Duration initial = Duration.ofMillis(initialMillis);
        return new PollBackoff(initial, initial, Duration.ofMillis(maxMillis));
    }

    /** Starts at {@link #FAST_START}, doubles up to {@code intervalMillis}, then grows by half up to {@code maxMillis}. */
    public static PollBackoff adaptive(long intervalMillis, long maxMillis) {
        return new PollBackoff(FAST_START, Duration.ofMillis(intervalMillis), Duration.ofMillis(maxMillis));
    }

    public Duration initial() {
        return first;
    }

    /** The delay after {@code current}. */
    public Duration next(Duration current) {
        long now = current.toMillis();
        if (now < interval.toMillis()) {
            return Duration.ofMillis(Math.min(interval.toMillis(), Math.max(1, now * 2)));
        }
        long grown = now + Math.max(1, now / 2);
        return grown >= max.toMillis() ? max : Duration.ofMillis(grown);
    }
}
