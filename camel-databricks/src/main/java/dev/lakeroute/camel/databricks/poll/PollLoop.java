package dev.lakeroute.camel.databricks.poll;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.camel.databricks.error.DatabricksTimeoutException;
import dev.lakeroute.camel.databricks.error.WaitedFor;
import dev.lakeroute.camel.databricks.error.WaitedFor.RemoteState;

import static dev.lakeroute.camel.databricks.support.Failures.unwrap;

/**
 * One asynchronous wait: probe, judge the answer, and either finish or schedule the next probe after
 * a backoff delay. No thread is held between probes.
 * <p>
 * A probe that fails transiently (5xx, 429, a refused or dropped connection — see {@link ProbeFailure})
 * says nothing about the work waited for, so it is probed again, honouring {@code Retry-After}, until the
 * wait's own deadline; only a definite answer ends the wait early. On timeout the {@code onTimeout}
 * clean-up (cancel the run, the statement ...) runs before the wait fails with
 * {@link DatabricksTimeoutException}. Every failure of the wait carries {@link WaitedFor}: what was waited
 * for and whether it still runs, was cancelled or ended. {@link #abort} ends the wait from outside
 * (route stop, exchange failure).
 *
 * @param <T> what a probe returns
 * @param <R> what the wait returns
 */
public final class PollLoop<T, R> {

    private static final Logger LOG = LoggerFactory.getLogger(PollLoop.class);
    /** Probing again after a failed probe: soon for a blip, slower for an outage. */
    private static final Duration FIRST_RETRY = Duration.ofMillis(250);
    private static final Duration FAILURE_REMINDER = Duration.ofMinutes(1);

    private final PollScheduler scheduler;
    private final PollBackoff backoff;
    private final Duration timeout;
    private final Supplier<CompletableFuture<T>> probe;
    private final Function<T, Verdict<R>> judge;
    private final WaitProgress progress;
    private final Supplier<CompletableFuture<?>> onTimeout;
    private final CompletableFuture<R> result = new CompletableFuture<>();
    private final long deadlineNanos;
    /** Touched only by the one probe or timer in flight at a time. */
    private int failedProbes;
    private Throwable lastProbeFailure;
    private long lastFailureLogNanos;

    /**
     * @param timeout   null or zero for no limit
     * @param onTimeout clean-up before a timeout fails the wait (cancels the work); null when the work is left running
     */
    public PollLoop(PollScheduler scheduler, PollBackoff backoff, Duration timeout, WaitProgress progress,
                    Supplier<CompletableFuture<T>> probe, Function<T, Verdict<R>> judge,
                    Supplier<CompletableFuture<?>> onTimeout) {
        this.scheduler = scheduler;
        this.backoff = backoff;
        this.timeout = timeout == null || timeout.isZero() || timeout.isNegative() ? null : timeout;
        this.progress = progress;
        this.probe = probe;
        this.judge = judge;
        this.onTimeout = onTimeout;
        this.deadlineNanos = this.timeout == null ? Long.MAX_VALUE : System.nanoTime() + this.timeout.toNanos();
    }

    /** Starts probing at once; the future completes with the value of the first {@link Verdict.Done}. */
    public CompletableFuture<R> start() {
        scheduler.observer().waitStarted(progress);
        result.whenComplete((value, failure) -> scheduler.observer().waitEnded(progress, failure));
        tick(backoff.initial());
        return result;
    }

    /**
     * Ends the wait with {@code reason} unless it already ended; no further probe is sent.
     *
     * @param remote what becomes of the work (CANCELLED when the caller cancels it, RUNNING when it is left)
     */
    public void abort(Throwable reason, RemoteState remote) {
        fail(reason, remote, false);
    }

    public boolean isDone() {
        return result.isDone();
    }

    public WaitProgress progress() {
        return progress;
    }

    private void tick(Duration nextDelay) {
        if (result.isDone()) {
            return;
        }
        CompletableFuture<T> answer;
        try {
            answer = probe.get();
        } catch (RuntimeException e) {
            fail(e, RemoteState.UNKNOWN, true);
            return;
        }
        answer.whenComplete((value, failure) -> {
            if (result.isDone()) {
                return;
            }
            if (failure != null) {
                probeFailed(unwrap(failure), nextDelay);
                return;
            }
            probeAnswered();
            Verdict<R> verdict;
            try {
                verdict = judge.apply(value);
            } catch (RuntimeException e) {
                fail(e, RemoteState.UNKNOWN, true);
                return;
            }
            if (verdict instanceof Verdict.Done<R> done) {
                result.complete(done.value());
            } else if (verdict instanceof Verdict.Failed<R> failed) {
                fail(failed.error(), RemoteState.ENDED, false);
            } else {
                progress.observe(((Verdict.Pending<R>) verdict).state());
                scheduleNext(nextDelay, backoff.next(nextDelay));
            }
        });
    }

    private void probeFailed(Throwable failure, Duration nextDelay) {
        if (!ProbeFailure.isTransient(failure)) {
            fail(failure, RemoteState.UNKNOWN, true);
            return;
        }
        failedProbes++;
        lastProbeFailure = failure;
        long now = System.nanoTime();
        if (failedProbes == 1 || now - lastFailureLogNanos >= FAILURE_REMINDER.toNanos()) {
            lastFailureLogNanos = now;
            LOG.warn("{} {} {}: probe failed ({}); probing again{}", progress.operation(), progress.what(), progress.id(),
                    failure.getMessage(), timeout == null ? "" : " until the " + timeout.toMillis() + " ms wait ends");
        } else {
            LOG.debug("{} {} {}: probe {} failed: {}", progress.operation(), progress.what(), progress.id(), failedProbes,
                    failure.getMessage());
        }
        Duration delay = retryDelay(failedProbes);
        Duration retryAfter = ProbeFailure.retryAfter(failure);
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            delay = retryAfter;
        }
        // The regular cadence resumes where it was once the server answers again.
        scheduleNext(delay, nextDelay);
    }

    private void probeAnswered() {
        if (failedProbes > 0) {
            LOG.info("{} {} {}: the server answers again after {} failed probe{}", progress.operation(), progress.what(),
                    progress.id(), failedProbes, failedProbes == 1 ? "" : "s");
            failedProbes = 0;
            lastProbeFailure = null;
        }
    }

    /** 250 ms, 500 ms, 1 s … up to the wait's largest poll interval. */
    private Duration retryDelay(int failures) {
        long millis = FIRST_RETRY.toMillis() << Math.min(failures - 1, 16);
        return Duration.ofMillis(Math.min(millis, Math.max(backoff.max().toMillis(), FIRST_RETRY.toMillis())));
    }

    private void scheduleNext(Duration delay, Duration delayAfterThat) {
        long remaining = deadlineNanos - System.nanoTime();
        if (remaining <= 0) {
            timedOut();
            return;
        }
        Duration wait = remaining < delay.toNanos() ? Duration.ofNanos(remaining) : delay;
        scheduler.after(wait).whenComplete((ignored, failure) -> {
            if (failure != null) {
                fail(unwrap(failure), RemoteState.UNKNOWN, true);
            } else if (System.nanoTime() >= deadlineNanos) {
                timedOut();
            } else {
                tick(delayAfterThat);
            }
        });
    }

    private void timedOut() {
        if (result.isDone()) {
            return;
        }
        DatabricksTimeoutException timeoutFailure = new DatabricksTimeoutException(progress.operation(), progress.what(),
                progress.id(), timeout, progress.lastState(), lastProbeFailure);
        if (onTimeout == null) {
            fail(timeoutFailure, RemoteState.RUNNING, true);
            return;
        }
        CompletableFuture<?> cleanup;
        try {
            cleanup = onTimeout.get();
        } catch (RuntimeException e) {
            cleanup = CompletableFuture.failedFuture(e);
        }
        cleanup.whenComplete((ignored, failure) -> {
            if (failure != null) {
                LOG.warn("{} {} {}: clean-up after the timeout failed: {}", progress.operation(), progress.what(), progress.id(),
                        unwrap(failure).getMessage());
            }
            fail(timeoutFailure, failure == null ? RemoteState.CANCELLED : RemoteState.UNKNOWN, true);
        });
    }

    private void fail(Throwable failure, RemoteState remote, boolean inMessage) {
        if (failure instanceof DatabricksException known) {
            known.waitedFor(progress.waitedFor(remote), inMessage);
        }
        result.completeExceptionally(failure);
    }
}
