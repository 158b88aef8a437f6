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
    void a429LowersTheRateTo70PercentOfWhatTheServerAcceptedAndTheBurstAllowanceIsGone() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter("jobs", Double.POSITIVE_INFINITY, 0, now::get);
        // 400 calls a second go out, the server accepts 100 of them a second.
        for (int i = 0; i < 600; i++) {
            limiter.acquire(null);
            if (i % 4 == 0) {
                limiter.accepted();
            }
            now.addAndGet(2_500_000L);
        }

        limiter.rateLimited();

        assertThat(limiter.permitsPerSecond()).isBetween(63.0, 77.0);
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

        assertThat(lowered).isCloseTo(70.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(limiter.permitsPerSecond()).isEqualTo(lowered);

        now.addAndGet(RateLimiter.BURST_NANOS + 1);
        limiter.rateLimited();
        assertThat(limiter.permitsPerSecond()).isCloseTo(49.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aLoweredRateHoldsThenGrowsBackSlowlyToTheConfiguredOne() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter("jobs", 100, 0, now::get);
        limiter.rateLimited();

        now.addAndGet(RateLimiter.HOLD_NANOS - 1);
        limiter.reserve();
        assertThat(limiter.permitsPerSecond()).isCloseTo(70.0, org.assertj.core.data.Offset.offset(1e-9));

        now.addAndGet(TimeUnit.SECONDS.toNanos(5));
        limiter.reserve();
        assertThat(limiter.permitsPerSecond()).as("5 %% a second, for 5 s").isBetween(88.0, 91.0);

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
