package dev.lakeroute.camel.databricks.error;

/** HTTP 503, after the retries allowed by maxRetries and retryTimeout were used up. */
public class DatabricksUnavailableException extends DatabricksServerException {

    public DatabricksUnavailableException(int httpStatus, String errorCode, String detail, String operation, String requestId) {
        super(httpStatus, errorCode, detail, operation, requestId);
    }
}
