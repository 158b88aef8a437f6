package dev.lakeroute.camel.databricks.error;

/**
 * Base of every failure the component reports. Fields instead of strings to parse: routes can
 * {@code onException(DatabricksNotFoundException.class)} or read {@link #getErrorCode()}.
 * Messages never contain credentials or request bodies.
 */
public class DatabricksException extends RuntimeException {

    private final int httpStatus;
    private final String errorCode;
    private final String detail;
    private final String operation;
    private final String requestId;
    /** Set once by the wait that failed with this exception; exceptions are created where the call fails, before the wait knows. */
    private volatile WaitedFor waitedFor;
    private volatile boolean waitInMessage;
    private volatile java.time.Duration retryAfter;

    public DatabricksException(int httpStatus, String errorCode, String detail, String operation, String requestId) {
        this(httpStatus, errorCode, detail, operation, requestId, null);
    }

    public DatabricksException(int httpStatus, String errorCode, String detail, String operation, String requestId,
                               Throwable cause) {
        super(describe(httpStatus, errorCode, detail, operation, requestId), cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.detail = detail;
        this.operation = operation;
        this.requestId = requestId;
    }

    /** For failures found before any HTTP call: the message is the whole story. */
    protected DatabricksException(String message, String operation, Throwable cause) {
        super(message, cause);
        this.httpStatus = 0;
        this.errorCode = null;
        this.detail = message;
        this.operation = operation;
        this.requestId = null;
    }

    private static String describe(int httpStatus, String errorCode, String detail, String operation, String requestId) {
        StringBuilder sb = new StringBuilder();
        sb.append(operation == null ? "Databricks call" : operation).append(" failed");
        if (httpStatus > 0) {
            sb.append(": HTTP ").append(httpStatus);
        }
        if (errorCode != null && !errorCode.isEmpty()) {
            sb.append(' ').append(errorCode);
        }
        if (detail != null && !detail.isEmpty()) {
            sb.append(": ").append(detail);
        }
        if (requestId != null) {
            sb.append(" (request id ").append(requestId).append(')');
        }
        return sb.toString();
    }

    /**
     * Records what the failing wait was waiting for (first call wins). With {@code inMessage} the message
     * ends with it ("… — run 12 is still running"), for failures that did not name it themselves.
     */
    public DatabricksException waitedFor(WaitedFor what, boolean inMessage) {
        if (waitedFor == null && what != null) {
            waitedFor = what;
            waitInMessage = inMessage;
        }
        return this;
    }

    /** What the failed wait was waiting for and what became of it; null when this failure did not end a wait. */
    public WaitedFor getWaitedFor() {
        return waitedFor;
    }

    /** Records the server's {@code Retry-After} (429, 503). */
    public DatabricksException retryAfter(java.time.Duration delay) {
        this.retryAfter = delay;
        return this;
    }

    /** The delay the server asked for before a new attempt ({@code Retry-After}), null when it gave none. */
    public java.time.Duration getRetryAfter() {
        return retryAfter;
    }

    @Override
    public String getMessage() {
        WaitedFor what = waitedFor;
        String base = super.getMessage();
        return what == null || !waitInMessage ? base : base + " — " + what.describe();
    }

    /** HTTP status of the answer, 0 when there was none (validation, transport failure). */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** Databricks' {@code error_code}, e.g. {@code RESOURCE_DOES_NOT_EXIST}; null when the answer had none. */
    public String getErrorCode() {
        return errorCode;
    }

    /** The server's message (or the client-side reason), without the framing of {@link #getMessage()}. */
    public String getDetail() {
        return detail;
    }

    public String getOperation() {
        return operation;
    }

    public String getRequestId() {
        return requestId;
    }
}
