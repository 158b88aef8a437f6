package dev.lakeroute.camel.databricks.error;

/** One message cannot become a request (missing path parameter, body of the wrong type...); no HTTP call was made. */
public class DatabricksInvalidRequestException extends DatabricksException {

    private final String field;
    private final String allowed;

    public DatabricksInvalidRequestException(String operation, String field, String problem, String allowed) {
        this(operation, field, problem, allowed, null);
    }

    public DatabricksInvalidRequestException(String operation, String field, String problem, String allowed, Throwable cause) {
        super((operation == null ? "Request" : operation) + " cannot be sent: " + field + " " + problem
              + "; allowed: " + allowed, operation, cause);
        this.field = field;
        this.allowed = allowed;
    }

    /** The field, option, header or "message body" at fault. */
    public String getField() {
        return field;
    }

    public String getAllowed() {
        return allowed;
    }
}
