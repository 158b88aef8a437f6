package dev.lakeroute.camel.databricks.poll;

import java.time.Duration;

/**
 * Delays between two polls: starts at {@code initial} and grows by half each time up to {@code max},
 * so a short command is seen finished quickly while an hour-long run costs a poll every {@code max}.
 */
public record PollBackoff(Duration initial, Duration max) {

    public PollBackoff {
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("initial poll interval must be positive");
        }
        if (max.compareTo(initial) < 0) {
            max = initial;
        }
    }

    public static PollBackoff of(long initialMillis, long maxMillis) {
        return new PollBackoff(Duration.ofMillis(initialMillis), Duration.ofMillis(maxMillis));
    }

    /** The delay after {@code current}. */
    public Duration next(Duration current) {
        long grown = current.toMillis() + Math.max(1, current.toMillis() / 2);
        return grown >= max.toMillis() ? max : Duration.ofMillis(grown);
    }
}
