package dev.lakeroute.camel.databricks.observe;

import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.camel.databricks.error.DatabricksRateLimitQueueFullException;
import dev.lakeroute.camel.databricks.error.DatabricksStoppedException;
import dev.lakeroute.camel.databricks.error.DatabricksTimeoutException;
import dev.lakeroute.camel.databricks.error.DatabricksTransportException;

import static dev.lakeroute.camel.databricks.support.Failures.unwrap;

/**
 * How a call or a wait ended, as a short fixed word for the {@code outcome} tag of metrics: a handful of
 * values, never a message, so the number of series stays small.
 */
public enum CallOutcome {
    SUCCESS("success"),
    /** 4xx other than 401, 403 and 429: the request was wrong. */
    CLIENT_ERROR("client_error"),
    UNAUTHENTICATED("unauthenticated"),
    PERMISSION_DENIED("permission_denied"),
    RATE_LIMITED("rate_limited"),
    SERVER_ERROR("server_error"),
    /** No HTTP answer: refused, dropped, TLS, timed out. */
    TRANSPORT_ERROR("transport_error"),
    /** A wait ran out of time. */
    TIMEOUT("timeout"),
    /** The route or the component stopped first. */
    STOPPED("stopped"),
    /** The component's own rate-limit queue was full. */
    QUEUE_FULL("queue_full"),
    /** Anything else: a run that ended FAILED, a command that raised, an answer that could not be read. */
    FAILED("failed");

    private final String tag;

    CallOutcome(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public static CallOutcome of(Throwable failure) {
        if (failure == null) {
            return SUCCESS;
        }
        Throwable t = unwrap(failure);
        if (t instanceof DatabricksTimeoutException) {
            return TIMEOUT;
        }
        if (t instanceof DatabricksStoppedException) {
            return STOPPED;
        }
        if (t instanceof DatabricksRateLimitQueueFullException) {
            return QUEUE_FULL;
        }
        if (t instanceof DatabricksTransportException) {
            return TRANSPORT_ERROR;
        }
        if (t instanceof DatabricksException e && e.getHttpStatus() > 0) {
            int status = e.getHttpStatus();
            return status == 401 ? UNAUTHENTICATED : status == 403 ? PERMISSION_DENIED : status == 429 ? RATE_LIMITED
                    : status >= 500 ? SERVER_ERROR : status >= 400 ? CLIENT_ERROR : FAILED;
        }
        return FAILED;
    }
}
