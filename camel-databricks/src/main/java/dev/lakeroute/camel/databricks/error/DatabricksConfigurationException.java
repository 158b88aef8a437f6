package dev.lakeroute.camel.databricks.error;

/** An endpoint or component option is wrong; raised when the endpoint is created, before any call. */
public class DatabricksConfigurationException extends DatabricksException {

    private final String option;
    private final String allowed;

    public DatabricksConfigurationException(String option, String problem, String allowed) {
        super("Invalid option " + option + ": " + problem + "; allowed: " + allowed, null, null);
        this.option = option;
        this.allowed = allowed;
    }

    /** The option (or header, or message body) at fault. */
    public String getOption() {
        return option;
    }

    /** What would have been accepted. */
    public String getAllowed() {
        return allowed;
    }
}
