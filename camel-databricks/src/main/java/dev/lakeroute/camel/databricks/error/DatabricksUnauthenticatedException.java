package dev.lakeroute.camel.databricks.error;

/** HTTP 401: the credentials were missing, wrong or expired. */
public class DatabricksUnauthenticatedException extends DatabricksException {

    public DatabricksUnauthenticatedException(int httpStatus, String errorCode, String detail, String operation, String requestId) {
        super(httpStatus, errorCode, detail, operation, requestId);
    }
}
