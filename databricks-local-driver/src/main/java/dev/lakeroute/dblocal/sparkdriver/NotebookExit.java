package dev.lakeroute.dblocal.sparkdriver;

/**
 * Thrown by {@code dbutils.notebook.exit(value)} to stop the running cell, as Databricks does; the
 * command then finishes with the value as its text result and as the notebook's exit value.
 */
public final class NotebookExit extends RuntimeException {
    private final String value;

    public NotebookExit(String value) {
        super("Notebook exited: " + value, null, false, false);
        this.value = value;
    }

    public String value() {
        return value;
    }
}
