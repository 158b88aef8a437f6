package dev.lakeroute.camel.databricks.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;

/**
 * Runs tasks on a pool, or in the caller's thread once the pool refuses them (during shutdown),
 * so a completion that must call Camel's callback is never dropped. Knows its own threads, so a
 * continuation that already runs on the pool is not handed to it a second time: every hand-off is a
 * wake-up of another thread, and on a small machine those dominate the cost of a short call.
 */
public final class SafeExecutor implements Executor {

    private final Executor delegate;
    /** Set on the pool's threads while they run a task of this executor. */
    private final ThreadLocal<Boolean> running = new ThreadLocal<>();

    public SafeExecutor(Executor delegate) {
        this.delegate = delegate;
    }

    @Override
    public void execute(Runnable command) {
        try {
            delegate.execute(() -> {
                if (running.get() != null) {
                    command.run();
                    return;
                }
                running.set(Boolean.TRUE);
                try {
                    command.run();
                } finally {
                    running.remove();
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            command.run();
        }
    }

    /** Whether the current thread is one of the pool's, running a task given to this executor. */
    public boolean inPool() {
        return running.get() != null;
    }

    /**
     * Runs {@code action} when {@code future} completes: right there when that happens on the pool,
     * otherwise (the HTTP client's, the scheduler's or the caller's thread) handed to the pool.
     */
    public <T> void whenCompleteOnPool(CompletableFuture<T> future, BiConsumer<? super T, ? super Throwable> action) {
        future.whenComplete((value, failure) -> {
            if (inPool()) {
                action.accept(value, failure);
            } else {
                execute(() -> action.accept(value, failure));
            }
        });
    }

    /** {@code future}'s outcome, delivered on the pool (without a hand-off when it completes there). */
    public <T> CompletableFuture<T> onPool(CompletableFuture<T> future) {
        CompletableFuture<T> result = new CompletableFuture<>();
        whenCompleteOnPool(future, (value, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(value);
            }
        });
        return result;
    }
}
