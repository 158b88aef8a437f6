package dev.lakeroute.camel.databricks.error;

/** HTTP 429, after the retries allowed by maxRetries and retryTimeout were used up. */
public class DatabricksRateLimitedException extends DatabricksException {

    public DatabricksRateLimitedException(int httpStatus, String errorCode, String detail, String operation, String requestId) {
        super(httpStatus, errorCode, detail, operation, requestId);
    }
}
