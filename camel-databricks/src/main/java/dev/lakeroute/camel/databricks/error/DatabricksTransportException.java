package dev.lakeroute.camel.databricks.error;

/** No HTTP answer: connection refused or dropped, TLS failure, timeout. */
public class DatabricksTransportException extends DatabricksException {

    private final int attempts;
    private final boolean transientFailure;
    private volatile TransportFailure kind = TransportFailure.OTHER;
    private volatile boolean mayHaveReachedServer = true;

    public DatabricksTransportException(String detail, String operation, int attempts, Throwable cause) {
        this(detail, operation, attempts, cause, true);
    }

    /** @param transientFailure false when trying again cannot help (a certificate that is not trusted) */
    public DatabricksTransportException(String detail, String operation, int attempts, Throwable cause,
                                        boolean transientFailure) {
        super(0, null, detail + " after " + attempts + (attempts == 1 ? " attempt" : " attempts"), operation, null, cause);
        this.attempts = attempts;
        this.transientFailure = transientFailure;
    }

    /** Whether the network may let a later attempt through (refused, reset, timed out), as opposed to a TLS failure. */
    public boolean isTransient() {
        return transientFailure;
    }

    /** Records why the last attempt got no answer; returns this exception. */
    public DatabricksTransportException kind(TransportFailure kind) {
        this.kind = kind;
        return this;
    }

    /** Why the last attempt got no answer: DNS, refused, TLS, timeout ... */
    public TransportFailure getKind() {
        return kind;
    }

    /** Records whether any attempt may have reached the server; returns this exception. */
    public DatabricksTransportException mayHaveReachedServer(boolean maybe) {
        this.mayHaveReachedServer = maybe;
        return this;
    }

    /**
     * False only when no attempt can have reached the server (every connection was refused or never made):
     * then the call certainly did nothing there.
     */
    public boolean mayHaveReachedServer() {
        return mayHaveReachedServer;
    }

    public int getAttempts() {
        return attempts;
    }
}
