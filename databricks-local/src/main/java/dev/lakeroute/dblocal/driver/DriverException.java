package dev.lakeroute.dblocal.driver;

/**
 * A driver refused or failed a request. {@link #status()} and {@link #errorCode()} are what the API
 * answers (the driver speaks Databricks' codes already); 0 status means the driver could not be reached.
 */
public final class DriverException extends RuntimeException {
    private final int status;
    private final String errorCode;

    public DriverException(int status, String errorCode, String message) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }

    public DriverException(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
        this.errorCode = "INTERNAL_ERROR";
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }

    public boolean unreachable() {
        return status == 0;
    }
}
