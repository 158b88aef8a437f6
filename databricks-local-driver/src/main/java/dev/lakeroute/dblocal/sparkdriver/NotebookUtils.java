package dev.lakeroute.dblocal.sparkdriver;

/** {@code dbutils.notebook}: only {@code exit}, which notebook jobs read back as {@code notebook_output.result}. */
public final class NotebookUtils {

    public void exit(String value) {
        throw new NotebookExit(value);
    }
}
