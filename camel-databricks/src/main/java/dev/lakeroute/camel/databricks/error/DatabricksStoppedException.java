package dev.lakeroute.camel.databricks.error;

/** The producer or component stopped while the exchange was still waiting; what it started has been cancelled. */
public class DatabricksStoppedException extends DatabricksException {

    public DatabricksStoppedException(String what, String operation) {
        super(what, operation, null);
    }
}
