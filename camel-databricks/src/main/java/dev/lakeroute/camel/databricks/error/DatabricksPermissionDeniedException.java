package dev.lakeroute.camel.databricks.error;

/** HTTP 403: authenticated, but not allowed. */
public class DatabricksPermissionDeniedException extends DatabricksException {

    public DatabricksPermissionDeniedException(int httpStatus, String errorCode, String detail, String operation, String requestId) {
        super(httpStatus, errorCode, detail, operation, requestId);
    }
}
