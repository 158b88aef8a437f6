package dev.lakeroute.camel.databricks.error;

import java.time.Duration;

/** A wait (command, run, cluster state, statement, library) did not end in time; what was running has been cancelled where the API allows it. */
public class DatabricksTimeoutException extends DatabricksException {

    private final String id;
    private final Duration timeout;
    private final String lastState;

    /** @param what the kind of thing waited for: run, command, cluster, statement, context */
    /** @param lastProbeFailure why the last probes failed, when the deadline passed while the server did not answer */
    public DatabricksTimeoutException(String operation, String what, String id, Duration timeout, String lastState,
                                      Throwable lastProbeFailure) {
        super(what + " " + id + " (" + operation + ") did not finish within "
              + (timeout == null ? "the allowed time" : timeout.toMillis() + " ms")
              + (lastState == null ? "" : " (last state " + lastState + ")")
              + (lastProbeFailure == null ? "" : "; the last probe failed: " + lastProbeFailure.getMessage()),
                operation, lastProbeFailure);
        this.id = id;
        this.timeout = timeout;
        this.lastState = lastState;
    }

    /** The id of what was waited for (run id, command id, cluster id, statement id ...). */
    public String getId() {
        return id;
    }

    public Duration getTimeout() {
        return timeout;
    }

    /** The last state seen, null when none was seen. */
    public String getLastState() {
        return lastState;
    }
}
