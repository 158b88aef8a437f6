package dev.lakeroute.camel.databricks.poll;

import java.time.Duration;

import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.camel.databricks.error.DatabricksRateLimitedException;
import dev.lakeroute.camel.databricks.error.DatabricksServerException;
import dev.lakeroute.camel.databricks.error.DatabricksTransportException;
import dev.lakeroute.camel.databricks.error.DatabricksUnavailableException;

/**
 * Whether a failed probe of a wait says something about the work waited for. A 5xx, a 429, a refused or
 * dropped connection says nothing — the run goes on while the server or the network hiccups — so the
 * wait probes again until its own deadline. A 400, 403 or 404 is a definite answer and ends the wait.
 */
final class ProbeFailure {

    private ProbeFailure() {
    }

    static boolean isTransient(Throwable failure) {
        if (failure instanceof DatabricksTransportException transport) {
            return transport.isTransient();
        }
        return failure instanceof DatabricksServerException || failure instanceof DatabricksUnavailableException
               || failure instanceof DatabricksRateLimitedException
               || failure instanceof DatabricksException e && e.getHttpStatus() >= 500;
    }

    /** The server's Retry-After when it gave one, else null. */
    static Duration retryAfter(Throwable failure) {
        return failure instanceof DatabricksException e ? e.getRetryAfter() : null;
    }
}
