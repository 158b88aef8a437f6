package dev.lakeroute.camel.databricks.error;

/** HTTP 5xx from the server; 500, 502 and 504 are not retried because the call may have had effects. */
public class DatabricksServerException extends DatabricksException {

    public DatabricksServerException(int httpStatus, String errorCode, String detail, String operation, String requestId) {
        super(httpStatus, errorCode, detail, operation, requestId);
    }
}
