package dev.lakeroute.camel.databricks.poll;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.camel.databricks.error.DatabricksNotFoundException;
import dev.lakeroute.camel.databricks.error.DatabricksRateLimitedException;
import dev.lakeroute.camel.databricks.error.DatabricksServerException;
import dev.lakeroute.camel.databricks.error.DatabricksTimeoutException;
import dev.lakeroute.camel.databricks.error.DatabricksTransportException;
import dev.lakeroute.camel.databricks.error.WaitedFor;

import static org.assertj.core.api.Assertions.assertThat;

/** A wait through the faults of a real service: probes that fail transiently do not end it, definite answers do. */
class WaitThroughFaultsTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final PollScheduler scheduler = new PollScheduler(timer, Runnable::run);

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    /** Probes that answer from a script: a failure, or the state the work is in. */
    private static Supplier<CompletableFuture<String>> script(Object... answers) {
        Deque<Object> left = new ArrayDeque<>(List.of(answers));
        return () -> {
            Object next = left.size() > 1 ? left.poll() : left.peek();
            return next instanceof RuntimeException e ? CompletableFuture.failedFuture(e) : CompletableFuture.completedFuture((String) next);
        };
    }

    private PollLoop<String, String> loop(Duration timeout, Supplier<CompletableFuture<String>> probe,
                                          Supplier<CompletableFuture<?>> onTimeout) {
        return new PollLoop<>(scheduler, PollBackoff.of(5, 10), timeout, new WaitProgress("jobs/runs/submit", "run", "42"), probe,
                state -> state.equals("TERMINATED") ? Verdict.done(state) : Verdict.pending(state), onTimeout);
    }

    private static Throwable failureOf(CompletableFuture<String> result) throws Exception {
        try {
            result.get(20, TimeUnit.SECONDS);
            throw new AssertionError("the wait succeeded");
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    private static DatabricksServerException http500() {
        return new DatabricksServerException(500, "INTERNAL_ERROR", "boom", "jobs/runs/get", null);
    }

    @Test
    void oneInternalErrorMidWaitDoesNotEndTheWait() throws Exception {
        String outcome = loop(null, script("RUNNING", http500(), "RUNNING", "TERMINATED"), null).start().get(10, TimeUnit.SECONDS);
        assertThat(outcome).isEqualTo("TERMINATED");
    }

    @Test
    void rateLimitStormAndDroppedConnectionsAreWaitedOut() throws Exception {
        DatabricksException limited = new DatabricksRateLimitedException(429, "REQUEST_LIMIT_EXCEEDED", "slow down", "jobs/runs/get", null)
                .retryAfter(Duration.ofMillis(300));
        DatabricksTransportException refused = new DatabricksTransportException("ConnectException", "jobs/runs/get", 4, null);
        long start = System.nanoTime();
        String outcome = loop(null, script("RUNNING", limited, limited, limited, limited, refused, refused, "TERMINATED"), null)
                .start().get(20, TimeUnit.SECONDS);
        assertThat(outcome).isEqualTo("TERMINATED");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("Retry-After honoured").isGreaterThanOrEqualTo(Duration.ofMillis(1200));
    }

    @Test
    void aDefiniteAnswerEndsTheWaitAndSaysTheWorkMayStillRun() throws Exception {
        DatabricksNotFoundException gone = new DatabricksNotFoundException(404, "RESOURCE_DOES_NOT_EXIST", "no run 42", "jobs/runs/get", null);
        Throwable failure = failureOf(loop(null, script("RUNNING", gone), null).start());
        assertThat(failure).isSameAs(gone);
        assertThat(gone.getWaitedFor()).isEqualTo(new WaitedFor("run", "42", null, WaitedFor.RemoteState.UNKNOWN));
        assertThat(gone.getMessage()).contains("no run 42").contains("run 42 may still be running");
    }

    @Test
    void aTlsFailureIsNotWaitedOut() throws Exception {
        DatabricksTransportException untrusted = new DatabricksTransportException("SSLHandshakeException", "jobs/runs/get", 1, null, false);
        assertThat(failureOf(loop(null, script("RUNNING", untrusted), null).start())).isSameAs(untrusted);
    }

    @Test
    void probesFailingUntilTheDeadlineEndInATimeoutThatCancelsAndNamesTheLastFailure() throws Exception {
        AtomicInteger cancels = new AtomicInteger();
        Throwable failure = failureOf(loop(Duration.ofMillis(600), script("RUNNING", http500()), () -> {
            cancels.incrementAndGet();
            return CompletableFuture.completedFuture(null);
        }).start());
        assertThat(failure).isInstanceOf(DatabricksTimeoutException.class)
                .hasMessageContaining("run 42").hasMessageContaining("the last probe failed").hasMessageContaining("HTTP 500")
                .hasMessageContaining("was cancelled");
        assertThat(((DatabricksTimeoutException) failure).getWaitedFor().remote()).isEqualTo(WaitedFor.RemoteState.CANCELLED);
        assertThat(failure.getCause()).isInstanceOf(DatabricksServerException.class);
        assertThat(cancels.get()).isEqualTo(1);
    }

    @Test
    void aTimeoutWithoutCancelSaysTheWorkIsStillRunning() throws Exception {
        Throwable failure = failureOf(loop(Duration.ofMillis(100), script("RUNNING"), null).start());
        assertThat(((DatabricksException) failure).getWaitedFor().remote()).isEqualTo(WaitedFor.RemoteState.RUNNING);
        assertThat(failure).hasMessageContaining("run 42 is still running");
    }

    @Test
    void adaptiveBackoffStartsFastAndGrowsToThePollIntervalThenTheMaximum() {
        PollBackoff backoff = PollBackoff.adaptive(1000, 10000);
        Duration d = backoff.initial();
        StringBuilder delays = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            delays.append(d.toMillis()).append(' ');
            d = backoff.next(d);
        }
        assertThat(delays.toString().trim()).isEqualTo("10 20 40 80 160 320 640 1000 1500 2250");
        assertThat(PollBackoff.adaptive(5, 20).initial()).isEqualTo(Duration.ofMillis(5));
    }
}
