package dev.lakeroute.camel.databricks.error;

/**
 * An upload whose last call got no definite answer, checked afterwards through the API: the target does
 * not hold the upload, so it did not complete. {@link #getFound()} says what the target holds instead.
 */
public class DatabricksUploadIncompleteException extends DatabricksException {

    private final String path;
    private final long bytes;
    private final String found;

    /**
     * @param bytes bytes the upload sent before its last call
     * @param found what was checked and found, e.g. "dbfs/close got no answer, the file is absent afterwards and a
     *              second dbfs/close failed: …"
     */
    public DatabricksUploadIncompleteException(String operation, String path, long bytes, String found, Throwable cause) {
        super(operation + " of " + path + " did not complete (" + bytes + " bytes sent): " + found, operation, cause);
        this.path = path;
        this.bytes = bytes;
        this.found = found;
    }

    public String getPath() {
        return path;
    }

    public long getBytes() {
        return bytes;
    }

    public String getFound() {
        return found;
    }
}
