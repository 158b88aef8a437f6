package dev.lakeroute.camel.databricks.error;

/** HTTP 400 Bad Request, e.g. INVALID_PARAMETER_VALUE (classic APIs also answer a missing cluster or job this way). */
public class DatabricksBadRequestException extends DatabricksException {

    public DatabricksBadRequestException(int httpStatus, String errorCode, String detail, String operation, String requestId) {
        super(httpStatus, errorCode, detail, operation, requestId);
    }
}
