package dev.lakeroute.dblocal.controlplane.statements;


import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;

/**
 * How many statements run at once on one warehouse; the others wait their turn in arrival order
 * without holding a thread (Databricks queues statements on a busy warehouse too).
 */
final class WarehouseSlots {
    private final Queue<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    private int free;

    WarehouseSlots(int slots) {
        this.free = slots;
    }

    /** Completes when a slot is taken for the caller; {@link #release()} it when done. */
    CompletableFuture<Void> acquire() {
        CompletableFuture<Void> slot = new CompletableFuture<>();
        synchronized (this) {
            if (free > 0) {
                free--;
                slot.complete(null);
            } else {
                waiting.add(slot);
            }
        }
        return slot;
    }

    void release() {
        CompletableFuture<Void> next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                free++;
                return;
            }
        }
        next.complete(null);
    }
}
