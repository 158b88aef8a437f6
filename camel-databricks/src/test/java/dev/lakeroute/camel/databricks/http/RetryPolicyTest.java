package dev.lakeroute.camel.databricks.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.http.RetryPolicy.Delivery;
import dev.lakeroute.camel.databricks.http.RetryPolicy.Status;
import dev.lakeroute.camel.databricks.http.RetryPolicy.NoAnswer;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(60), Duration.ofMillis(1000),
            Duration.ofMillis(10_000), () -> 1.0);

    @Test
    void rateLimitedAndUnavailableAreRetriedForEveryMethod() {
        assertThat(policy.decide(new Status(429, null), 0, Duration.ZERO, false).retry()).isTrue();
        assertThat(policy.decide(new Status(503, null), 0, Duration.ZERO, false).retry()).isTrue();
    }

    @Test
    void otherStatusesAreNotRetried() {
        for (int status : new int[] { 400, 401, 403, 404, 409, 500, 502, 504 }) {
            assertThat(policy.decide(new Status(status, null), 0, Duration.ZERO, true).retry()).as("HTTP " + status).isFalse();
        }
    }

    @Test
    void retryAfterIsHonoured() {
        RetryDecision decision = policy.decide(new Status(429, Duration.ofSeconds(7)), 0, Duration.ZERO, false);
        assertThat(decision.delay()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void backoffDoublesWithJitterAndIsCapped() {
        RetryPolicy low = new RetryPolicy(10, Duration.ofMinutes(5), Duration.ofMillis(1000), Duration.ofMillis(10_000), () -> 0.0);
        assertThat(policy.decide(new Status(503, null), 0, Duration.ZERO, false).delay()).isEqualTo(Duration.ofMillis(1000));
        assertThat(policy.decide(new Status(503, null), 1, Duration.ZERO, false).delay()).isEqualTo(Duration.ofMillis(2000));
        assertThat(low.decide(new Status(503, null), 1, Duration.ZERO, false).delay()).isEqualTo(Duration.ofMillis(1000));
        assertThat(low.decide(new Status(503, null), 8, Duration.ZERO, false).delay()).isEqualTo(Duration.ofMillis(5000));
    }

    @Test
    void maxRetriesAndRetryTimeoutBoundTheRetries() {
        assertThat(policy.decide(new Status(429, null), 3, Duration.ZERO, false).retry()).isFalse();
        RetryDecision late = policy.decide(new Status(429, Duration.ofSeconds(30)), 0, Duration.ofSeconds(40), false);
        assertThat(late.retry()).isFalse();
        assertThat(late.reason()).contains("retryTimeout");
    }

    @Test
    void connectionFailuresBeforeSendingAreRetriedEvenForPost() {
        assertThat(policy.decide(new NoAnswer(Delivery.NOT_SENT, "refused"), 0, Duration.ZERO, false).retry()).isTrue();
    }

    @Test
    void failuresAfterSendingAreRetriedOnlyWhenIdempotent() {
        assertThat(policy.decide(new NoAnswer(Delivery.MAYBE_SENT, "reset"), 0, Duration.ZERO, true).retry()).isTrue();
        assertThat(policy.decide(new NoAnswer(Delivery.MAYBE_SENT, "reset"), 0, Duration.ZERO, false).retry()).isFalse();
        assertThat(policy.decide(new NoAnswer(Delivery.PERMANENT, "tls"), 0, Duration.ZERO, true).retry()).isFalse();
    }

    @Test
    void exceptionsAreClassifiedByWhetherTheRequestCanHaveBeenSent() {
        assertThat(CallExecutor.classify(new ConnectException("refused"))).isEqualTo(Delivery.NOT_SENT);
        assertThat(CallExecutor.classify(new IOException(new ConnectException("refused")))).isEqualTo(Delivery.NOT_SENT);
        assertThat(CallExecutor.classify(new HttpConnectTimeoutException("slow"))).isEqualTo(Delivery.NOT_SENT);
        assertThat(CallExecutor.classify(new HttpTimeoutException("request timed out"))).isEqualTo(Delivery.MAYBE_SENT);
        assertThat(CallExecutor.classify(new IOException("connection reset"))).isEqualTo(Delivery.MAYBE_SENT);
        assertThat(CallExecutor.classify(new SSLHandshakeException("bad cert"))).isEqualTo(Delivery.PERMANENT);
        assertThat(CallExecutor.classify(new IllegalStateException())).isEqualTo(Delivery.PERMANENT);
    }

    @Test
    void retryAfterAcceptsSecondsAndHttpDates() {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        assertThat(RetryAfter.parse("3", now)).isEqualTo(Duration.ofSeconds(3));
        assertThat(RetryAfter.parse("Wed, 01 Jan 2025 00:00:10 GMT", now)).isEqualTo(Duration.ofSeconds(10));
        assertThat(RetryAfter.parse("soon", now)).isNull();
        assertThat(RetryAfter.parse(null, now)).isNull();
    }
}
