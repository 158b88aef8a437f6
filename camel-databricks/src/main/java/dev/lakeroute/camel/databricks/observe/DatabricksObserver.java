package dev.lakeroute.camel.databricks.observe;

import java.time.Duration;

import dev.lakeroute.camel.databricks.poll.WaitProgress;

/**
 * What the component tells about its own work, at the few points where it happens: a call ended, a
 * retry was scheduled, a 429 came back, a call waited for the client-side rate limit, a wait (run,
 * command, cluster, statement, context) started or ended. Every method does nothing by default; the
 * component always has its {@link Activity} (for the dev console) and, when Micrometer is there, a
 * metrics observer. Implementations are called on the component's threads and must not block.
 * No argument carries a credential: operations are catalogue names, causes are status codes or
 * exception kinds.
 */
public interface DatabricksObserver {

    DatabricksObserver NONE = new DatabricksObserver() {
    };

    /**
     * One API call ended, after all its attempts.
     *
     * @param failure null when the call succeeded
     */
    default void callFinished(String operation, Throwable failure, Duration elapsed, int attempts) {
    }

    /**
     * A failed attempt is tried again after {@code delay}.
     *
     * @param cause "HTTP 503", "HTTP 429" or the transport failure's kind, for the reason tag
     */
    default void retryScheduled(String operation, String cause, Duration delay) {
    }

    /** The server answered 429 (whether or not the call is retried). */
    default void rateLimitedByServer(String operation) {
    }

    /** A call waited {@code waited} for a permit of the component's own rate limiter of {@code family}. */
    default void rateLimitWaited(String operation, String family, Duration waited) {
    }

    default void waitStarted(WaitProgress wait) {
    }

    /** @param failure null when the wait ended with what it waited for */
    default void waitEnded(WaitProgress wait, Throwable failure) {
    }

    /** A command endpoint created the execution context it shares between its messages. */
    default void sharedContextOpened(SharedContextInfo context) {
    }

    default void sharedContextClosed(SharedContextInfo context) {
    }

    /** What the dev console shows of a shared execution context. */
    record SharedContextInfo(String clusterId, String language, String contextId) {
    }
}
