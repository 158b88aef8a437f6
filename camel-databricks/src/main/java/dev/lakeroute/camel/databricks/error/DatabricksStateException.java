package dev.lakeroute.camel.databricks.error;

import java.util.List;

/**
 * What was waited for reached a state it cannot come back from: a cluster in ERROR or TERMINATED
 * while waiting for RUNNING, a library FAILED, a SQL statement FAILED or CANCELED, an execution
 * context in Error.
 */
public class DatabricksStateException extends DatabricksException {

    private final String id;
    private final String state;
    private final List<String> messages;

    public DatabricksStateException(String operation, String id, String state, List<String> messages) {
        super(operation + " " + id + " is " + state + (messages.isEmpty() ? "" : ": " + String.join("; ", messages)),
                operation, null);
        this.id = id;
        this.state = state;
        this.messages = List.copyOf(messages);
    }

    public String getId() {
        return id;
    }

    public String getState() {
        return state;
    }

    /** The server's explanation (state_message, library messages, error.message); may be empty. */
    public List<String> getMessages() {
        return messages;
    }
}
