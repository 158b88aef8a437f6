package dev.lakeroute.dblocal.controlplane.resources.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Moves a stored resource from one state to the next after a delay, on the server's scheduler. A
 * step only applies if the resource is still in the state it was scheduled from, so a stop that
 * overtakes a pending start simply wins.
 */
public final class TimedTransitions {
    private static final Logger LOG = LoggerFactory.getLogger(TimedTransitions.class);
    private final ScheduledExecutorService scheduler;

    /** Where the resource lives: a {@link ResourceStore} or a bare collection ({@code DocumentCollection::update}). */
    @FunctionalInterface
    public interface Documents {
        Optional<ObjectNode> change(String id, UnaryOperator<ObjectNode> change);
    }

    public TimedTransitions(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * After {@code delay}, sets {@code field} of {@code id} from {@code from} to {@code to}, then runs
     * {@code then} with the changed document (for the next step), unless the state moved on meanwhile.
     */
    public void after(Duration delay, Documents documents, String id, String field, String from, String to, Consumer<ObjectNode> then) {
        run(delay, () -> {
            boolean[] moved = {false};
            documents.change(id, document -> {
                if (from.equals(document.path(field).asText())) {
                    document.put(field, to);
                    moved[0] = true;
                }
                return document;
            }).filter(document -> moved[0]).ifPresent(then);
        });
    }

    /** Runs {@code step} after {@code delay}; failures are logged, as nobody waits for the step. */
    public void run(Duration delay, Runnable step) {
        try {
            scheduler.schedule(() -> {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    LOG.warn("A timed state transition failed", e);
                }
            }, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // The server is stopping; the state stays as stored and is picked up again on restart.
        }
    }
}
