package dev.lakeroute.camel.databricks.it.reliability;

/**
 * The server's state after a cell, read through the REST API, judged against the invariants. A null
 * invariant does not apply to the operation (clusters/get starts no run).
 *
 * @param serverState what the server shows, in a few words: "run 12 SUCCESS", "file complete", "cluster RUNNING"
 */
record Check(Boolean noDuplicateRun, Boolean noLeakedContext, Boolean noPartialFile, boolean truthful, String serverState) {

    /**
     * The rule for "the reported outcome is the true one": a success must mean the work succeeded; a failure
     * must mean it did not, unless the failure says that the server may have acted (a dropped non-idempotent call).
     */
    static boolean truthful(Outcome outcome, boolean workSucceeded) {
        return outcome.ok() ? workSucceeded : !workSucceeded || outcome.admitsUncertainty();
    }

    boolean holds() {
        return truthful && !Boolean.FALSE.equals(noDuplicateRun) && !Boolean.FALSE.equals(noLeakedContext)
               && !Boolean.FALSE.equals(noPartialFile);
    }

    /** The broken invariants, for the cell and the assertion message. */
    String violations() {
        StringBuilder sb = new StringBuilder();
        if (Boolean.FALSE.equals(noDuplicateRun)) {
            sb.append(" ⚠ duplicate");
        }
        if (Boolean.FALSE.equals(noLeakedContext)) {
            sb.append(" ⚠ leaked context");
        }
        if (Boolean.FALSE.equals(noPartialFile)) {
            sb.append(" ⚠ partial file");
        }
        if (!truthful) {
            sb.append(" ⚠ NOT truthful");
        }
        return sb.toString().trim();
    }
}
