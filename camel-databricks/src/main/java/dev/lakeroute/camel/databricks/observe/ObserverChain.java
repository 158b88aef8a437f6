package dev.lakeroute.camel.databricks.observe;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.lakeroute.camel.databricks.poll.WaitProgress;

/**
 * The component's observers as one: each event goes to every observer in turn. An observer that throws
 * is logged and skipped, so metrics can never fail a call or a wait.
 */
public final class ObserverChain implements DatabricksObserver {

    private static final Logger LOG = LoggerFactory.getLogger(ObserverChain.class);

    private volatile DatabricksObserver[] observers;

    public ObserverChain(DatabricksObserver... observers) {
        this.observers = observers.clone();
    }

    /** Adds an observer for the events from now on (metrics, bound when the component starts). */
    public synchronized void add(DatabricksObserver observer) {
        DatabricksObserver[] grown = Arrays.copyOf(observers, observers.length + 1);
        grown[observers.length] = observer;
        observers = grown;
    }

    public synchronized void remove(DatabricksObserver observer) {
        observers = Arrays.stream(observers).filter(o -> o != observer).toArray(DatabricksObserver[]::new);
    }

    private void each(Consumer<DatabricksObserver> event) {
        for (DatabricksObserver observer : observers) {
            try {
                event.accept(observer);
            } catch (RuntimeException e) {
                LOG.debug("Observer {} failed; the event is skipped for it", observer.getClass().getName(), e);
            }
        }
    }

    @Override
    public void callFinished(String operation, Throwable failure, Duration elapsed, int attempts) {
        each(o -> o.callFinished(operation, failure, elapsed, attempts));
    }

    @Override
    public void retryScheduled(String operation, String cause, Duration delay) {
        each(o -> o.retryScheduled(operation, cause, delay));
    }

    @Override
    public void rateLimitedByServer(String operation) {
        each(o -> o.rateLimitedByServer(operation));
    }

    @Override
    public void rateLimitWaited(String operation, String family, Duration waited) {
        each(o -> o.rateLimitWaited(operation, family, waited));
    }

    @Override
    public void waitStarted(WaitProgress wait) {
        each(o -> o.waitStarted(wait));
    }

    @Override
    public void waitEnded(WaitProgress wait, Throwable failure) {
        each(o -> o.waitEnded(wait, failure));
    }

    @Override
    public void sharedContextOpened(SharedContextInfo context) {
        each(o -> o.sharedContextOpened(context));
    }

    @Override
    public void sharedContextClosed(SharedContextInfo context) {
        each(o -> o.sharedContextClosed(context));
    }
}
