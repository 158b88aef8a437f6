package dev.lakeroute.camel.databricks.poll;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.error.DatabricksTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PollingTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final PollScheduler scheduler = new PollScheduler(timer, Runnable::run);

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void backoffGrowsByHalfUpToTheMaximum() {
        PollBackoff backoff = PollBackoff.of(100, 300);
        assertThat(backoff.next(Duration.ofMillis(100))).isEqualTo(Duration.ofMillis(150));
        assertThat(backoff.next(Duration.ofMillis(150))).isEqualTo(Duration.ofMillis(225));
        assertThat(backoff.next(Duration.ofMillis(225))).isEqualTo(Duration.ofMillis(300));
        assertThat(backoff.next(Duration.ofMillis(300))).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void loopProbesUntilDoneWithoutHoldingAThread() throws Exception {
        AtomicInteger probes = new AtomicInteger();
        PollLoop<Integer, String> loop = new PollLoop<>(scheduler, PollBackoff.of(5, 20), null, new WaitProgress("op", "thing", "x"),
                () -> CompletableFuture.completedFuture(probes.incrementAndGet()),
                n -> n < 4 ? Verdict.pending("RUNNING") : Verdict.done("after " + n), null);
        assertThat(loop.start().get(5, TimeUnit.SECONDS)).isEqualTo("after 4");
    }

    @Test
    void timeoutRunsTheCleanUpThenFails() {
        AtomicInteger cancelled = new AtomicInteger();
        PollLoop<Integer, String> loop = new PollLoop<>(scheduler, PollBackoff.of(5, 20), Duration.ofMillis(100),
                new WaitProgress("jobs/run-now", "run", "7"), () -> CompletableFuture.completedFuture(1),
                n -> Verdict.pending("RUNNING"), () -> {
                    cancelled.incrementAndGet();
                    return CompletableFuture.completedFuture(null);
                });
        assertThatThrownBy(() -> loop.start().get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(DatabricksTimeoutException.class)
                .hasMessageContaining("run 7").hasMessageContaining("RUNNING");
        assertThat(cancelled.get()).isEqualTo(1);
    }

    @Test
    void abortEndsTheWaitAndStopsProbing() throws Exception {
        AtomicInteger probes = new AtomicInteger();
        PollLoop<Integer, String> loop = new PollLoop<>(scheduler, PollBackoff.of(5, 5), null, new WaitProgress("op", "thing", "x"),
                () -> CompletableFuture.completedFuture(probes.incrementAndGet()), n -> Verdict.pending("RUNNING"), null);
        CompletableFuture<String> result = loop.start();
        loop.abort(new IllegalStateException("stopped"), dev.lakeroute.camel.databricks.error.WaitedFor.RemoteState.CANCELLED);
        int seen = probes.get();
        timer.schedule(() -> { }, 50, TimeUnit.MILLISECONDS).get();
        assertThat(result).isCompletedExceptionally();
        assertThat(probes.get()).isLessThanOrEqualTo(seen + 1);
    }

    @Test
    void progressLogsAtInfoOnlyOnceAWaitLastedTenSecondsThenOnChangesAndOnceAMinute() {
        AtomicLong now = new AtomicLong();
        WaitProgress progress = new WaitProgress("clusters/start", "cluster", "c", now::get);
        assertThat(progress.observe("PENDING")).as("a quick wait stays at DEBUG").isFalse();
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(progress.observe("RESTARTING")).isFalse();
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(progress.observe("RESTARTING")).as("10 s: the wait is worth a line").isTrue();
        now.addAndGet(Duration.ofSeconds(30).toNanos());
        assertThat(progress.observe("RESTARTING")).isFalse();
        now.addAndGet(Duration.ofSeconds(31).toNanos());
        assertThat(progress.observe("RESTARTING")).as("a minute later").isTrue();
        assertThat(progress.observe("RUNNING")).isTrue();
        assertThat(progress.observe("RUNNING")).isFalse();
    }

    @Test
    void waitLogThresholdSetsWhenAWaitIsFirstWorthAnInfoLine() {
        AtomicLong now = new AtomicLong();
        WaitProgress everyWait = new WaitProgress("databricks:command", "command", "1", Duration.ZERO, now::get);
        assertThat(everyWait.observe("Running")).as("waitLogThreshold=0 logs every wait at INFO").isTrue();

        DatabricksConfiguration config = new DatabricksConfiguration();
        config.setWaitLogThreshold(Duration.ofMinutes(2).toMillis());
        WaitProgress slow = WaitSettings.of(config, 0).progress("jobs/run-now", "run", "7");
        assertThat(slow.observe("RUNNING")).isFalse();
    }
}
