package dev.lakeroute.camel.databricks.error;

/**
 * An API 1.2 command ended with {@code resultType=error} (the code threw) or status {@code Error} or
 * {@code Cancelled}: {@link #getSummary()} is the one-line error, {@link #getCommandCause()} the
 * driver's stack trace or cause text.
 */
public class DatabricksCommandException extends DatabricksException {

    private final String commandId;
    private final String status;
    private final String summary;
    private final String commandCause;

    public DatabricksCommandException(String commandId, String status, String summary, String commandCause) {
        super(describe(commandId, status, summary), "command", null);
        this.commandId = commandId;
        this.status = status;
        this.summary = summary;
        this.commandCause = commandCause;
    }

    /** "command 7 failed: NameError: …" for code that threw, "command 7 was cancelled" / "… ended in Error: …" otherwise. */
    private static String describe(String commandId, String status, String summary) {
        String text = summary == null || summary.isBlank() ? "" : ": " + summary;
        if ("Finished".equals(status)) {
            return "command " + commandId + " failed" + (text.isEmpty() ? " (resultType error, no summary)" : text);
        }
        if ("Cancelled".equals(status)) {
            return "command " + commandId + " was cancelled" + text;
        }
        return "command " + commandId + " ended in " + status + text;
    }

    public String getCommandId() {
        return commandId;
    }

    /** Finished (with an error result), Error or Cancelled. */
    public String getStatus() {
        return status;
    }

    public String getSummary() {
        return summary;
    }

    public String getCommandCause() {
        return commandCause;
    }
}
