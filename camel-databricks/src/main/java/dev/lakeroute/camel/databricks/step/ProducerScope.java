package dev.lakeroute.camel.databricks.step;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.lakeroute.camel.databricks.poll.PollScheduler;
import dev.lakeroute.camel.databricks.support.Failures;

/**
 * What one producer's steps share and must clean up when it stops: the poll scheduler, step state
 * that lives as long as the producer (the shared execution context), and what is still in flight: the
 * steps' work (runs being waited for, running commands) with the server-side clean-up each needs on stop,
 * and the exchanges waiting for their step, failed last if stopping their work did not end them.
 */
public final class ProducerScope {

    private static final Logger LOG = LoggerFactory.getLogger(ProducerScope.class);

    private final PollScheduler poller;
    private final Map<Object, Object> state = new ConcurrentHashMap<>();
    private final Set<InFlight> inFlight = ConcurrentHashMap.newKeySet();
    private final List<Supplier<CompletableFuture<?>>> stopHooks = new CopyOnWriteArrayList<>();
    private volatile boolean stopping;

    public ProducerScope(PollScheduler poller) {
        this.poller = poller;
    }

    /** Work that must be ended on stop; {@code onStop} ends it locally and cleans up on the server. */
    public interface InFlight {
        CompletableFuture<?> stop();
    }

    public PollScheduler poller() {
        return poller;
    }

    /**
     * Follows an exchange's step until it completes; if the producer stops first, the exchange fails with
     * {@code stopped}, after the steps' work was stopped (which usually ends it with a more precise failure).
     */
    public <T> CompletableFuture<T> follow(CompletableFuture<T> started, Supplier<? extends RuntimeException> stopped) {
        CompletableFuture<T> tracked = new CompletableFuture<>();
        WaitingExchange waiting = () -> {
            tracked.completeExceptionally(stopped.get());
            return CompletableFuture.completedFuture(null);
        };
        track(waiting);
        tracked.whenComplete((result, failure) -> done(waiting));
        started.whenComplete((result, failure) -> {
            if (failure != null) {
                tracked.completeExceptionally(failure);
            } else {
                tracked.complete(result);
            }
        });
        return tracked;
    }

    /** An exchange waiting for its step: stopped after everything else. */
    private interface WaitingExchange extends InFlight {
    }

    /** Registers work in flight; remove it with {@link #done} when it ends. */
    public InFlight track(InFlight work) {
        inFlight.add(work);
        if (stopping) {
            // Raced with stop(): end it like the others.
            inFlight.remove(work);
            work.stop();
        }
        return work;
    }

    public void done(InFlight work) {
        inFlight.remove(work);
    }

    /** Step state for the producer's lifetime, created on first use. */
    @SuppressWarnings("unchecked")
    public <T> T state(Object key, Function<Object, T> factory) {
        return (T) state.computeIfAbsent(key, factory);
    }

    /** Clean-up that runs after in-flight work was stopped (destroying the shared context). */
    public void onStop(Supplier<CompletableFuture<?>> hook) {
        stopHooks.add(hook);
    }

    /**
     * Stops the work in flight, then runs the stop hooks, and waits up to {@code grace} for the server
     * to confirm. Blocking is fine here: Camel calls it on its shutdown thread, not a pool thread.
     */
    public void stop(Duration grace) {
        stopping = true;
        List<CompletableFuture<?>> cleanups = new ArrayList<>();
        for (InFlight work : List.copyOf(inFlight)) {
            if (!(work instanceof WaitingExchange)) {
                inFlight.remove(work);
                cleanups.add(safely(work::stop));
            }
        }
        await(cleanups, grace);
        List<CompletableFuture<?>> hooks = new ArrayList<>();
        for (Supplier<CompletableFuture<?>> hook : stopHooks) {
            hooks.add(safely(hook));
        }
        await(hooks, grace);
        state.clear();
        for (InFlight exchange : List.copyOf(inFlight)) {
            inFlight.remove(exchange);
            exchange.stop();
        }
    }

    private static CompletableFuture<?> safely(Supplier<? extends CompletableFuture<?>> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static void await(List<CompletableFuture<?>> futures, Duration grace) {
        if (futures.isEmpty()) {
            return;
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(futures.stream()
                .map(f -> f.handle((v, e) -> {
                    if (e != null) {
                        LOG.warn("Clean-up on stop failed: {}", Failures.unwrap(e).getMessage());
                    }
                    return null;
                }))
                .toArray(CompletableFuture[]::new));
        try {
            all.get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("Clean-up on stop did not finish within {} ms: {} still pending", grace.toMillis(),
                    futures.stream().filter(f -> !f.isDone()).count());
        }
    }
}
