package dev.lakeroute.camel.databricks.observe;

import java.time.Duration;

/** Run when a call's rate-limit permit is due: reports how long the call waited for it. */
public final class RateLimitWait implements Runnable {

    private final DatabricksObserver observer;
    private final String operation;
    private final String family;
    private final long startNanos = System.nanoTime();

    public RateLimitWait(DatabricksObserver observer, String operation, String family) {
        this.observer = observer;
        this.operation = operation;
        this.family = family;
    }

    @Override
    public void run() {
        observer.rateLimitWaited(operation, family, Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
