package dev.lakeroute.dblocal.http;

/**
 * An error answered the way Databricks answers it: an HTTP status and {@code {"error_code", "message"}}.
 * The factory names follow Databricks' error codes so call sites read like the API reference.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String errorCode;

    public ApiException(int status, String errorCode, String message) {
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

    public static ApiException invalidParameter(String message) {
        return new ApiException(400, "INVALID_PARAMETER_VALUE", message);
    }

    public static ApiException missingField(String field) {
        return invalidParameter("Missing required field: " + field);
    }

    public static ApiException malformedRequest(String message) {
        return new ApiException(400, "MALFORMED_REQUEST", message);
    }

    public static ApiException invalidState(String message) {
        return new ApiException(400, "INVALID_STATE", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "RESOURCE_DOES_NOT_EXIST", message);
    }

    public static ApiException alreadyExists(String message) {
        return new ApiException(400, "RESOURCE_ALREADY_EXISTS", message);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "BAD_REQUEST", message);
    }

    public static ApiException limitExceeded(String message) {
        return new ApiException(400, "RESOURCE_LIMIT_EXCEEDED", message);
    }

    public static ApiException permissionDenied(String message) {
        return new ApiException(403, "PERMISSION_DENIED", message);
    }

    public static ApiException notImplemented(String message) {
        return new ApiException(501, "NOT_IMPLEMENTED", message);
    }

    public static ApiException internal(String message) {
        return new ApiException(500, "INTERNAL_ERROR", message);
    }
}
