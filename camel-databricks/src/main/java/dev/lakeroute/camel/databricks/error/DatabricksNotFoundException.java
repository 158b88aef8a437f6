package dev.lakeroute.camel.databricks.error;

/** HTTP 404, or any status with error code RESOURCE_DOES_NOT_EXIST. */
public class DatabricksNotFoundException extends DatabricksException {

    public DatabricksNotFoundException(int httpStatus, String errorCode, String detail, String operation, String requestId) {
        super(httpStatus, errorCode, detail, operation, requestId);
    }
}
