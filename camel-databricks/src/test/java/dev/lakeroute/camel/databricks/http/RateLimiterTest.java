package dev.lakeroute.camel.databricks.http;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    @Test
    void burstUpToTheRateThenReservationsAreSpacedOut() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(2, now::get);
        assertThat(limiter.reserve()).isZero();
        assertThat(limiter.reserve()).isZero();
        assertThat(limiter.reserve()).isEqualTo(500_000_000L);
        assertThat(limiter.reserve()).isEqualTo(1_000_000_000L);
        now.addAndGet(2_000_000_000L);
        assertThat(limiter.reserve()).isZero();
    }

    @Test
    void limitersAreSharedPerHostAndFamily() {
        RateLimiters limiters = new RateLimiters();
        RateLimiter jobs = limiters.forFamily("host:443", "jobs", 5);
        assertThat(limiters.forFamily("host:443", "jobs", 5)).isSameAs(jobs);
        assertThat(limiters.forFamily("host:443", "clusters", 5)).isNotSameAs(jobs);
        assertThat(limiters.forFamily("other:443", "jobs", 5)).isNotSameAs(jobs);
    }
}
