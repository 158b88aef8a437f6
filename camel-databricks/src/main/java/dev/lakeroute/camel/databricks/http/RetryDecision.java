package dev.lakeroute.camel.databricks.http;

import java.time.Duration;

/** The retry policy's verdict on one failed attempt. */
public record RetryDecision(boolean retry, Duration delay, String reason) {

    public static RetryDecision stop(String reason) {
        return new RetryDecision(false, Duration.ZERO, reason);
    }

    public static RetryDecision retryAfter(Duration delay, String reason) {
        return new RetryDecision(true, delay, reason);
    }
}
