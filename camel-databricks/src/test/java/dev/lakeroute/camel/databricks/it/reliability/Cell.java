package dev.lakeroute.camel.databricks.it.reliability;

import java.util.Map;

/**
 * One operation under one fault: what the exchange reported, how many calls the faulted operation
 * received, and what the server shows afterwards.
 *
 * @param faultedPath the operation path the fault was injected on (null for the kill columns)
 * @param faultsHit   how many calls the injected fault answered (0 for the kill columns)
 * @param calls       calls the server received per counted operation path during the cell
 * @param note        for the kill columns: where the exchange was when the process died
 */
record Cell(String operation, FaultColumn column, String faultedPath, Outcome outcome, int faultsHit, Map<String, Integer> calls,
            Check check, long millis, String note) {

    static final String NOT_RUN = "NotRun";

    static Cell notRun(String operation, FaultColumn column, String reason) {
        return new Cell(operation, column, null, new Outcome(false, NOT_RUN, reason, Map.of(), null), 0, Map.of(),
                new Check(null, null, null, true, reason), 0, null);
    }

    boolean notRun() {
        return NOT_RUN.equals(outcome.exceptionType());
    }

    /** Retries the fault forced: each faulted call of a wait or call that then succeeded was made again. */
    int retries() {
        if (!column.injected()) {
            Integer attempts = outcome.attempts();
            return attempts == null ? 0 : attempts - 1;
        }
        if (column == FaultColumn.LATENCY) {
            return 0;
        }
        // A call the fault answered was made again only if the path saw calls after it (a lost dbfs/close is checked, not repeated).
        Integer onPath = faultedPath == null ? null : calls.get(faultedPath);
        if (onPath != null && onPath <= faultsHit) {
            return 0;
        }
        return outcome.ok() ? faultsHit : Math.max(0, faultsHit - 1);
    }

    boolean holds() {
        return check.holds();
    }

    /** The table cell: "✔ ok, 1 retry" or "✘ HTTP 500 — run 12 went on (SUCCESS) ⚠ NOT truthful". */
    String summary() {
        if (notRun()) {
            return "— not run";
        }
        String violations = check.violations();
        String text;
        if (outcome.ok()) {
            int retries = retries();
            text = "✔ ok" + (retries == 0 ? "" : ", " + retries + (retries == 1 ? " retry" : " retries"));
            // Shown even when the cell holds: what the kill left behind that is not the component's.
            if (!check.holds() || check.serverState().contains("↻") || check.serverState().contains("orphaned")) {
                text += " — " + check.serverState();
            }
        } else {
            text = "✘ " + outcome.shortReason() + " — " + check.serverState();
        }
        return violations.isEmpty() ? text : text + " " + violations;
    }

    /** Everything about the cell, for the raw details below the table. */
    String details() {
        StringBuilder sb = new StringBuilder();
        sb.append("**").append(operation).append(" × ").append(column.label()).append("** (").append(millis).append(" ms): ");
        if (notRun()) {
            return sb.append(outcome.message()).toString();
        }
        if (note != null) {
            sb.append(note).append("; ");
        }
        sb.append(outcome.ok() ? "success" : outcome.exceptionType() + ": " + Outcome.abbreviate(String.valueOf(outcome.message()), 400));
        if (faultedPath != null) {
            sb.append("; fault on `").append(faultedPath).append("` answered ").append(faultsHit).append(" call(s)");
        }
        if (!calls.isEmpty()) {
            sb.append("; calls ").append(calls);
        }
        if (!outcome.headers().isEmpty()) {
            sb.append("; headers ").append(outcome.headers());
        }
        sb.append("; server: ").append(check.serverState());
        sb.append("; invariants: duplicate run ").append(mark(check.noDuplicateRun())).append(", leaked context ")
                .append(mark(check.noLeakedContext())).append(", partial file ").append(mark(check.noPartialFile()))
                .append(", truthful ").append(check.truthful() ? "yes" : "NO");
        return sb.toString();
    }

    private static String mark(Boolean holds) {
        return holds == null ? "n/a" : holds ? "none" : "YES";
    }
}
