package dev.lakeroute.camel.databricks.consumer;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.apache.camel.util.TimeUtils;

import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;

/**
 * The oldest time a sensor emits: {@code since} (an instant, or a duration before the consumer
 * started), raised to the consumer's start when {@code emitExisting=false}. Items older than the
 * floor are neither emitted nor remembered.
 */
record TimeFloor(long epochMillis) {

    static final TimeFloor NONE = new TimeFloor(0);

    static TimeFloor of(String since, boolean emitExisting, long startedAt) {
        long floor = since == null || since.isBlank() ? 0 : parse(since.trim(), startedAt);
        if (!emitExisting) {
            floor = Math.max(floor, startedAt);
        }
        return new TimeFloor(floor);
    }

    private static long parse(String since, long startedAt) {
        try {
            return Instant.parse(since).toEpochMilli();
        } catch (DateTimeParseException notAnInstant) {
            try {
                return startedAt - TimeUtils.toMilliSeconds(since);
            } catch (RuntimeException notADuration) {
                throw new DatabricksConfigurationException("since", "is '" + since + "'",
                        "an ISO-8601 instant (2025-01-31T00:00:00Z) or a duration before the consumer starts (24h, 30m, PT2H)");
            }
        }
    }

    boolean admits(long time) {
        return time >= epochMillis;
    }
}
