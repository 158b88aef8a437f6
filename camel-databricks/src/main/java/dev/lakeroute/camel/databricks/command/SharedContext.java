package dev.lakeroute.camel.databricks.command;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The execution context one endpoint shares between its messages: created by the first message that
 * needs it (concurrent ones wait for the same creation), forgotten when the cluster lost it so the next
 * message creates a new one, destroyed on stop.
 */
final class SharedContext {

    private final AtomicReference<CompletableFuture<String>> current = new AtomicReference<>();

    CompletableFuture<String> get(Supplier<CompletableFuture<String>> create) {
        while (true) {
            CompletableFuture<String> existing = current.get();
            if (existing != null && !existing.isCompletedExceptionally()) {
                return existing;
            }
            CompletableFuture<String> mine = new CompletableFuture<>();
            if (current.compareAndSet(existing, mine)) {
                create.get().whenComplete((id, failure) -> {
                    if (failure != null) {
                        mine.completeExceptionally(failure);
                    } else {
                        mine.complete(id);
                    }
                });
                return mine;
            }
        }
    }

    /** Forgets {@code contextId} if it is still the current one. */
    void invalidate(String contextId) {
        CompletableFuture<String> existing = current.get();
        if (existing != null && existing.isDone() && !existing.isCompletedExceptionally()
            && contextId.equals(existing.join())) {
            current.compareAndSet(existing, null);
        }
    }

    CompletableFuture<?> destroy(Function<String, CompletableFuture<?>> destroyer) {
        CompletableFuture<String> existing = current.getAndSet(null);
        if (existing == null) {
            return CompletableFuture.completedFuture(null);
        }
        return existing.handle((id, failure) -> id).thenCompose(id -> id == null
                ? CompletableFuture.completedFuture(null) : destroyer.apply(id));
    }
}
