package dev.lakeroute.camel.databricks.command;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.lakeroute.camel.databricks.observe.DatabricksObserver;
import dev.lakeroute.camel.databricks.observe.DatabricksObserver.SharedContextInfo;

/**
 * The execution context one endpoint shares between its messages: created by the first message that
 * needs it (concurrent ones wait for the same creation), forgotten when the cluster lost it so the next
 * message creates a new one, destroyed on stop. The observer hears of each context it holds (the dev console lists them).
 */
final class SharedContext {

    private final AtomicReference<CompletableFuture<String>> current = new AtomicReference<>();
    private final DatabricksObserver observer;
    private final String clusterId;
    private final String language;

    SharedContext() {
        this(DatabricksObserver.NONE, null, null);
    }

    SharedContext(DatabricksObserver observer, String clusterId, String language) {
        this.observer = observer;
        this.clusterId = clusterId;
        this.language = language;
    }

    private SharedContextInfo info(String contextId) {
        return new SharedContextInfo(clusterId, language, contextId);
    }

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
                        observer.sharedContextOpened(info(id));
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
            && contextId.equals(existing.join()) && current.compareAndSet(existing, null)) {
            observer.sharedContextClosed(info(contextId));
        }
    }

    CompletableFuture<?> destroy(Function<String, CompletableFuture<?>> destroyer) {
        CompletableFuture<String> existing = current.getAndSet(null);
        if (existing == null) {
            return CompletableFuture.completedFuture(null);
        }
        return existing.handle((id, failure) -> id).thenCompose(id -> {
            if (id == null) {
                return CompletableFuture.completedFuture(null);
            }
            observer.sharedContextClosed(info(id));
            return destroyer.apply(id);
        });
    }
}
