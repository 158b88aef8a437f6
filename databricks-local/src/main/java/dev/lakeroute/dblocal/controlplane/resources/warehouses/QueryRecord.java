package dev.lakeroute.dblocal.controlplane.resources.warehouses;


/**
 * One query as the query history shows it. Recording the same {@code queryId} again replaces the
 * entry, so a statement can be recorded when it starts and again when it ends.
 *
 * @param status       QUEUED, RUNNING, FINISHED, FAILED or CANCELED
 * @param endTimeMillis null while the query runs
 * @param errorMessage null unless it failed
 */
public record QueryRecord(String queryId, String warehouseId, String queryText, String status, String userName,
                          long startTimeMillis, Long endTimeMillis, Long rowsProduced, String statementType,
                          String errorMessage) {
    public QueryRecord {
        if (queryId == null || queryId.isEmpty()) {
            throw new IllegalArgumentException("queryId must not be empty");
        }
        if (!java.util.Set.of("QUEUED", "RUNNING", "FINISHED", "FAILED", "CANCELED", "COMPILING", "COMPILED", "STARTED").contains(status)) {
            throw new IllegalArgumentException("Unknown query status " + status);
        }
    }
}
