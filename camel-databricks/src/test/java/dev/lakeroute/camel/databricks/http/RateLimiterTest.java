package dev.lakeroute.camel.databricks.http;

import java.util.concurrent.TimeUnit;
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

    @Test
    void withoutAConfiguredRateNothingWaitsUntilTheServerAnswers429() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter("jobs", Double.POSITIVE_INFINITY, 0, now::get);
        for (int i = 0; i < 1_000; i++) {
            assertThat(limiter.acquire(null).isDone()).isTrue();
        }
        assertThat(limiter.permitsPerSecond()).isInfinite();
    }

    @Test
    void a429HalvesTheRateCallsWentOutAtAndTheBurstAllowanceIsGone() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter("jobs", Double.POSITIVE_INFINITY, 0, now::get);
        // 200 calls in the first second, 100 in the next half: about 200 a second.
        for (int i = 0; i < 200; i++) {
            limiter.acquire(null);
            now.addAndGet(5_000_000L);
        }
        for (int i = 0; i < 100; i++) {
            limiter.acquire(null);
            now.addAndGet(5_000_000L);
        }

        limiter.rateLimited();

        assertThat(limiter.permitsPerSecond()).isBetween(90.0, 110.0);
        assertThat(limiter.reserve()).as("no burst right after a 429").isPositive();
    }

    @Test
    void the429sOfOneBurstLowerTheRateOnce() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter("jobs", 100, 0, now::get);
        limiter.rateLimited();
        double lowered = limiter.permitsPerSecond();
        limiter.rateLimited();
        limiter.rateLimited();

        assertThat(lowered).isEqualTo(50.0);
        assertThat(limiter.permitsPerSecond()).isEqualTo(lowered);

        now.addAndGet(RateLimiter.BURST_NANOS + 1);
        limiter.rateLimited();
        assertThat(limiter.permitsPerSecond()).isEqualTo(25.0);
    }

    @Test
    void aLoweredRateHoldsThenGrowsBackSlowlyToTheConfiguredOne() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter("jobs", 100, 0, now::get);
        limiter.rateLimited();

        now.addAndGet(RateLimiter.HOLD_NANOS - 1);
        limiter.reserve();
        assertThat(limiter.permitsPerSecond()).isEqualTo(50.0);

        now.addAndGet(TimeUnit.SECONDS.toNanos(5));
        limiter.reserve();
        assertThat(limiter.permitsPerSecond()).as("5 %% a second, for 5 s").isBetween(62.0, 65.0);

        now.addAndGet(TimeUnit.SECONDS.toNanos(60));
        limiter.reserve();
        assertThat(limiter.permitsPerSecond()).isEqualTo(100.0);
    }

    @Test
    void aRateNoLimitConfiguredStopsLimitingOnceItHasGrownFarPastAnyServersLimit() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter("jobs", Double.POSITIVE_INFINITY, 0, now::get);
        limiter.acquire(null);
        limiter.rateLimited();
        assertThat(limiter.permitsPerSecond()).isFinite();

        now.addAndGet(TimeUnit.MINUTES.toNanos(10));
        limiter.reserve();

        assertThat(limiter.permitsPerSecond()).isInfinite();
        assertThat(limiter.acquire(null).isDone()).isTrue();
    }

    @Test
    void theRateNeverFallsBelowTheFloor() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter("jobs", 1, 0, now::get);
        for (int i = 0; i < 20; i++) {
            limiter.rateLimited();
            now.addAndGet(RateLimiter.BURST_NANOS + 1);
        }
        assertThat(limiter.permitsPerSecond()).isEqualTo(RateLimiter.MIN_RATE);
    }

    @Test
    void theLowestConfiguredRateOfTheEndpointsSharingAFamilyApplies() {
        RateLimiters limiters = new RateLimiters();
        RateLimiter sensor = limiters.forFamily("host:443", "jobs", Double.POSITIVE_INFINITY);
        assertThat(sensor.permitsPerSecond()).isInfinite();

        assertThat(limiters.forFamily("host:443", "jobs", 5)).isSameAs(sensor);
        assertThat(sensor.permitsPerSecond()).isEqualTo(5.0);
        limiters.forFamily("host:443", "jobs", 50);
        assertThat(sensor.permitsPerSecond()).isEqualTo(5.0);
        assertThat(sensor.ceiling()).isEqualTo(5.0);
    }
}
