package dev.lakeroute.dblocal.sparkdriver;

/** A refused internal request: HTTP status plus a Databricks error code the control plane passes on. */
public final class DriverError extends RuntimeException {
    private final int status;
    private final String errorCode;

    public DriverError(int status, String errorCode, String message) {
        super(message, null, false, false);
        this.status = status;
        this.errorCode = errorCode;
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }

    public static DriverError invalidParameter(String message) {
        return new DriverError(400, "INVALID_PARAMETER_VALUE", message);
    }

    public static DriverError notFound(String message) {
        return new DriverError(404, "RESOURCE_DOES_NOT_EXIST", message);
    }

    public static DriverError invalidState(String message) {
        return new DriverError(400, "INVALID_STATE", message);
    }

    public static DriverError limitExceeded(String message) {
        return new DriverError(400, "RESOURCE_LIMIT_EXCEEDED", message);
    }

    public static DriverError unavailable(String message) {
        return new DriverError(400, "FEATURE_DISABLED", message);
    }
}
