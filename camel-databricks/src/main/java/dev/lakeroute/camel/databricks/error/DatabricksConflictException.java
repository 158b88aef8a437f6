package dev.lakeroute.camel.databricks.error;

/** HTTP 409, or any status with error code RESOURCE_ALREADY_EXISTS. */
public class DatabricksConflictException extends DatabricksException {

    public DatabricksConflictException(int httpStatus, String errorCode, String detail, String operation, String requestId) {
        super(httpStatus, errorCode, detail, operation, requestId);
    }
}
