package dev.lakeroute.camel.databricks.error;

import java.util.List;

/** The operation is not in the catalogue; the message names the closest ones. */
public class DatabricksUnknownOperationException extends DatabricksConfigurationException {

    private final List<String> suggestions;

    public DatabricksUnknownOperationException(String operation, List<String> suggestions) {
        super("operation", "unknown operation '" + operation + "'",
                "an op_unique name of the catalogue or raw; closest: " + String.join(", ", suggestions));
        this.suggestions = List.copyOf(suggestions);
    }

    public List<String> getSuggestions() {
        return suggestions;
    }
}
