package dev.lakeroute.camel.databricks.support;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread of a synchronous exchange ({@code synchronous=true}) as the executor of its calls' continuations:
 * the HTTP client's I/O thread hands an answer straight to the thread that waits for it, instead of to the
 * worker pool that would then wake that thread. One thread wake-up less per call, and the continuations never
 * run on the I/O thread. Calls started elsewhere (a wait's later probes, scheduled on the component's
 * scheduler) keep using the pool. Once the exchange is done, tasks that still arrive go to the pool.
 */
public final class WaitingThread implements Executor {

    private static final Logger LOG = LoggerFactory.getLogger(WaitingThread.class);
    private static final ThreadLocal<WaitingThread> CURRENT = new ThreadLocal<>();

    private final Thread waiter = Thread.currentThread();
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final Executor pool;
    private volatile boolean closed;

    /** @param pool where tasks go once this thread stopped waiting */
    public WaitingThread(Executor pool) {
        this.pool = pool;
    }

    /** The waiting thread of the exchange the current thread is working on; null on every other thread. */
    public static Executor current() {
        return CURRENT.get();
    }

    @Override
    public void execute(Runnable task) {
        if (closed) {
            pool.execute(task);
            return;
        }
        tasks.add(task);
        LockSupport.unpark(waiter);
        // Closed meanwhile: whoever removes the task runs it, so it runs exactly once.
        if (closed && tasks.remove(task)) {
            pool.execute(task);
        }
    }

    /** Starts the exchange's work on this thread, so the calls it makes complete here. */
    public <T> CompletableFuture<T> start(Supplier<CompletableFuture<T>> work) {
        WaitingThread outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            restore(outer);
        }
    }

    /**
     * Runs the continuations handed to this thread until {@code future} completes.
     *
     * @return false when the thread was interrupted first: the interrupt stays set, and what is left of the
     *         work continues on the pool
     */
    public boolean runUntil(CompletableFuture<?> future) {
        if (Thread.currentThread() != waiter) {
            throw new IllegalStateException("only the thread that created it waits on a WaitingThread");
        }
        future.whenComplete((value, failure) -> LockSupport.unpark(waiter));
        WaitingThread outer = CURRENT.get();
        CURRENT.set(this);
        try {
            while (!future.isDone()) {
                Runnable task = tasks.poll();
                if (task != null) {
                    run(task);
                } else if (Thread.currentThread().isInterrupted()) {
                    return false;
                } else {
                    LockSupport.park(this);
                }
            }
            return true;
        } finally {
            restore(outer);
            close();
        }
    }

    /**
     * Stops taking tasks: those queued and those still to come go to the pool. {@link #runUntil} ends with it; an
     * exchange that finished without waiting calls it, so a call it started meanwhile is not left without a thread.
     */
    public void close() {
        closed = true;
        for (Runnable left = tasks.poll(); left != null; left = tasks.poll()) {
            pool.execute(left);
        }
    }

    /** A continuation's failure belongs to its own future; it must not end the wait for the exchange. */
    private static void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.warn("A continuation of a synchronous exchange failed: {}", e.toString());
        }
    }

    private static void restore(WaitingThread outer) {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
