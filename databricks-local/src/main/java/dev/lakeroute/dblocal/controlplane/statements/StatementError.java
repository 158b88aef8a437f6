package dev.lakeroute.dblocal.controlplane.statements;


/**
 * {@code status.error} of a FAILED (or CANCELED) statement.
 *
 * @param errorCode one of the SDK's {@code ServiceErrorCode} values (BAD_REQUEST for SQL errors, as Databricks)
 */
record StatementError(String errorCode, String message) {
    static StatementError badRequest(String message) {
        return new StatementError("BAD_REQUEST", message);
    }

    static StatementError internal(String message) {
        return new StatementError("INTERNAL_ERROR", message);
    }
}
