package dev.lakeroute.camel.databricks.http;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When to try a call again and how long to wait, following the Databricks SDKs: 429 and 503 (the
 * server did not act on the request) and connections that failed before the request was sent are
 * retried for every method; a request that may have reached the server (a dropped connection, a
 * timeout) only when repeating it is harmless: GET/HEAD, or a request carrying an idempotency token.
 * 500, 502 and 504 are never retried blindly. {@code Retry-After} is honoured, otherwise exponential
 * backoff with jitter; bounded by {@code maxRetries} and {@code retryTimeout}.
 */
public record RetryPolicy(int maxRetries, Duration retryTimeout, Duration initialDelay, Duration maxDelay,
                          DoubleSupplier random) {

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0");
        }
    }

    public static RetryPolicy of(int maxRetries, Duration retryTimeout, Duration initialDelay, Duration maxDelay) {
        return new RetryPolicy(maxRetries, retryTimeout, initialDelay, maxDelay, Math::random);
    }

    /** What went wrong with one attempt. */
    public sealed interface Failure permits Status, NoAnswer {
    }

    /** The server answered with an HTTP status; {@code retryAfter} is null when it gave none. */
    public record Status(int code, Duration retryAfter) implements Failure {
    }

    /** No answer. */
    public record NoAnswer(Delivery delivery, String description) implements Failure {
    }

    /** Whether the failed request can have reached the server. */
    public enum Delivery {
        /** Connection refused, DNS failure, connect timeout: the server never saw it. */
        NOT_SENT,
        /** Dropped connection or timeout after sending: the server may have acted on it. */
        MAYBE_SENT,
        /** Not a network hiccup (TLS failure, bug): retrying cannot help. */
        PERMANENT
    }

    /**
     * @param retriesSoFar retries already made (0 after the first attempt)
     * @param elapsed      time since the first attempt started
     * @param idempotent   whether repeating the request is harmless
     */
    public RetryDecision decide(Failure failure, int retriesSoFar, Duration elapsed, boolean idempotent) {
        String reason = retryableReason(failure, idempotent);
        if (reason == null) {
            return RetryDecision.stop("not retryable");
        }
        if (retriesSoFar >= maxRetries) {
            return RetryDecision.stop("gave up after " + (retriesSoFar + 1) + (retriesSoFar == 0 ? " attempt" : " attempts")
                                      + ": maxRetries=" + maxRetries + " reached");
        }
        boolean serverAsked = failure instanceof Status s && s.retryAfter() != null;
        Duration delay = serverAsked ? ((Status) failure).retryAfter() : backoff(retriesSoFar);
        if (elapsed.plus(delay).compareTo(retryTimeout) > 0) {
            return RetryDecision.stop(serverAsked
                    ? "not retried: the server asked to wait " + describe(delay) + " (Retry-After), which would pass retryTimeout ("
                      + describe(retryTimeout) + ")"
                    : "gave up after " + (retriesSoFar + 1) + " attempts: the next one would pass retryTimeout ("
                      + describe(retryTimeout) + ")");
        }
        return RetryDecision.retryAfter(delay, reason);
    }

    private static String retryableReason(Failure failure, boolean idempotent) {
        if (failure instanceof Status s) {
            return s.code() == 429 || s.code() == 503 ? "HTTP " + s.code() : null;
        }
        NoAnswer t = (NoAnswer) failure;
        return switch (t.delivery()) {
            case NOT_SENT -> t.description();
            case MAYBE_SENT -> idempotent ? t.description() : null;
            case PERMANENT -> null;
        };
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** Full-range doubling with "equal jitter": half fixed, half random, so clients spread out. */
    Duration backoff(int retriesSoFar) {
        long base = initialDelay.toMillis() << Math.min(retriesSoFar, 20);
        long capped = Math.min(Math.max(base, 0), maxDelay.toMillis());
        long jittered = capped / 2 + (long) (random.getAsDouble() * (capped - capped / 2));
        return Duration.ofMillis(jittered);
    }
}
