package dev.lakeroute.camel.databricks.poll;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.lakeroute.camel.databricks.error.DatabricksStoppedException;
import dev.lakeroute.camel.databricks.observe.DatabricksObserver;

/**
 * The component's timer for waits: a small scheduled pool only fires timers and hands each
 * continuation to the worker pool, so thousands of waits share a thread or two and nobody sleeps.
 */
public final class PollScheduler {

    private final ScheduledExecutorService timer;
    private final Executor worker;
    private final DatabricksObserver observer;

    public PollScheduler(ScheduledExecutorService timer, Executor worker) {
        this(timer, worker, DatabricksObserver.NONE);
    }

    /** @param observer told when each wait on this scheduler starts and ends */
    public PollScheduler(ScheduledExecutorService timer, Executor worker, DatabricksObserver observer) {
        this.timer = timer;
        this.worker = worker;
        this.observer = observer;
    }

    /** Completes on the worker pool once {@code delay} has passed. */
    public CompletableFuture<Void> after(Duration delay) {
        CompletableFuture<Void> due = new CompletableFuture<>();
        try {
            timer.schedule(() -> worker.execute(() -> due.complete(null)), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            due.completeExceptionally(new DatabricksStoppedException("the component is stopping", null));
        }
        return due;
    }

    public Executor worker() {
        return worker;
    }

    public DatabricksObserver observer() {
        return observer;
    }
}
