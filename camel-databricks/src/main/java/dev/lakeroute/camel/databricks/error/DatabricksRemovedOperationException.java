package dev.lakeroute.camel.databricks.error;

/**
 * The operation name was in an earlier catalogue, but the Databricks SDK dropped its call; the message
 * names the call so a route that still needs it can make it with {@code databricks:raw}.
 */
public class DatabricksRemovedOperationException extends DatabricksConfigurationException {

    private final String operation;
    private final String sdkVersion;

    public DatabricksRemovedOperationException(String operation, String sdkVersion, String httpMethod, String path) {
        super("operation", "operation '" + operation + "' (" + httpMethod + " " + path
                           + ") is no longer in the catalogue: databricks-sdk-java " + sdkVersion + " dropped it",
                "another catalogue operation, or raw?httpMethod=" + httpMethod + "&path=" + path
                + " (placeholders filled) if the workspace still serves it");
        this.operation = operation;
        this.sdkVersion = sdkVersion;
    }

    public String getOperation() {
        return operation;
    }

    /** The databricks-sdk-java version whose catalogue no longer has the operation. */
    public String getSdkVersion() {
        return sdkVersion;
    }
}
