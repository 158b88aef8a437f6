package dev.lakeroute.camel.databricks.error;

/** No HTTP answer: connection refused or dropped, TLS failure, timeout. */
public class DatabricksTransportException extends DatabricksException {

    private final int attempts;

    public DatabricksTransportException(String detail, String operation, int attempts, Throwable cause) {
        super(0, null, detail + " after " + attempts + (attempts == 1 ? " attempt" : " attempts"), operation, null, cause);
        this.attempts = attempts;
    }

    public int getAttempts() {
        return attempts;
    }
}
