package dev.lakeroute.camel.databricks.http;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;

/**
 * At most {@code permits} calls to one host in flight; the others wait their turn in an unbounded FIFO,
 * without a thread and without a deadline. A connection pool's own queue fails a call that waited longer
 * than the connect timeout — under a burst of thousands of waits that is a queue overflowing, not a
 * network fault — so calls reach the pool only when a connection is free for them.
 */
final class CallGate {

    private final int permits;
    private final Queue<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    private int inFlight;

    CallGate(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be >= 1");
        }
        this.permits = permits;
    }

    /** Completes when the caller may send: at once, or when an earlier call {@link #release released} its turn. */
    CompletableFuture<Void> acquire() {
        synchronized (this) {
            if (inFlight < permits) {
                inFlight++;
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> turn = new CompletableFuture<>();
            waiting.add(turn);
            return turn;
        }
    }

    /** Ends one call: its turn passes to the longest waiting caller. */
    void release() {
        CompletableFuture<Void> next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                inFlight--;
                return;
            }
        }
        // Completed outside the lock: the next caller starts its call from here.
        next.complete(null);
    }

    synchronized int waiting() {
        return waiting.size();
    }
}
