package dev.lakeroute.camel.databricks.poll;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.lakeroute.camel.databricks.error.DatabricksTimeoutException;

/**
 * One asynchronous wait: probe, judge the answer, and either finish or schedule the next probe after
 * a backoff delay. No thread is held between probes. On timeout the {@code onTimeout} clean-up
 * (cancel the run, the command ...) runs before the wait fails with {@link DatabricksTimeoutException};
 * {@link #abort} ends the wait from outside (route stop, exchange failure).
 *
 * @param <T> what a probe returns
 * @param <R> what the wait returns
 */
public final class PollLoop<T, R> {

    private static final Logger LOG = LoggerFactory.getLogger(PollLoop.class);

    private final PollScheduler scheduler;
    private final PollBackoff backoff;
    private final Duration timeout;
    private final Supplier<CompletableFuture<T>> probe;
    private final Function<T, Verdict<R>> judge;
    private final WaitProgress progress;
    private final Supplier<CompletableFuture<?>> onTimeout;
    private final CompletableFuture<R> result = new CompletableFuture<>();
    private final long deadlineNanos;

    /**
     * @param timeout   null or zero for no limit
     * @param onTimeout clean-up before a timeout fails the wait; may be null
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
        tick(backoff.initial());
        return result;
    }

    /** Ends the wait with {@code reason} unless it already ended; no further probe is sent. */
    public void abort(Throwable reason) {
        result.completeExceptionally(reason);
    }

    public boolean isDone() {
        return result.isDone();
    }

    private void tick(Duration nextDelay) {
        if (result.isDone()) {
            return;
        }
        CompletableFuture<T> answer;
        try {
            answer = probe.get();
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return;
        }
        answer.whenComplete((value, failure) -> {
            if (result.isDone()) {
                return;
            }
            if (failure != null) {
                result.completeExceptionally(unwrap(failure));
                return;
            }
            Verdict<R> verdict;
            try {
                verdict = judge.apply(value);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return;
            }
            if (verdict instanceof Verdict.Done<R> done) {
                result.complete(done.value());
            } else if (verdict instanceof Verdict.Failed<R> failed) {
                result.completeExceptionally(failed.error());
            } else {
                progress.observe(((Verdict.Pending<R>) verdict).state());
                scheduleNext(nextDelay);
            }
        });
    }

    private void scheduleNext(Duration delay) {
        long remaining = deadlineNanos - System.nanoTime();
        if (remaining <= 0) {
            timedOut();
            return;
        }
        Duration wait = remaining < delay.toNanos() ? Duration.ofNanos(remaining) : delay;
        scheduler.after(wait).whenComplete((ignored, failure) -> {
            if (failure != null) {
                result.completeExceptionally(unwrap(failure));
            } else if (System.nanoTime() >= deadlineNanos) {
                timedOut();
            } else {
                tick(backoff.next(delay));
            }
        });
    }

    private void timedOut() {
        if (result.isDone()) {
            return;
        }
        DatabricksTimeoutException timeoutFailure = new DatabricksTimeoutException(progress.operation(), progress.what(),
                progress.id(), timeout, progress.lastState());
        CompletableFuture<?> cleanup;
        try {
            cleanup = onTimeout == null ? CompletableFuture.completedFuture(null) : onTimeout.get();
        } catch (RuntimeException e) {
            cleanup = CompletableFuture.failedFuture(e);
        }
        cleanup.whenComplete((ignored, failure) -> {
            if (failure != null) {
                LOG.warn("{} {} {}: clean-up after the timeout failed: {}", progress.operation(), progress.what(), progress.id(),
                        unwrap(failure).getMessage());
            }
            result.completeExceptionally(timeoutFailure);
        });
    }

    public static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof CompletionException || current instanceof ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
