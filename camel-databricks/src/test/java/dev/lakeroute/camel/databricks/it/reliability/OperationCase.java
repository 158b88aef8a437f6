package dev.lakeroute.camel.databricks.it.reliability;

import java.util.List;
import java.util.Map;

/**
 * One row of the matrix: how to send the operation, where its faults go, and how to read the server's
 * state afterwards. {@code tag} is unique per cell (run names, file names, SQL text carry it).
 */
abstract class OperationCase {

    /** The row label, e.g. {@code jobs/runs/submit + wait}. */
    abstract String operation();

    abstract Request request(Target target, String tag);

    /** Where the in-flight faults go: the probe of a wait (after the work started), else the call itself. */
    abstract String probePath(Target target, String tag);

    /** Where "dropped after response" goes: the call that does the work. */
    abstract String workPath(Target target, String tag);

    /** Calls on the fault's path to let through before it applies (the statement's own POST shares the probe's prefix). */
    int callsBeforeFault(FaultColumn column) {
        return 0;
    }

    /** Further operation paths whose calls the cell counts (commands/execute: did a command run?). */
    List<String> countedPaths(Target target, String tag) {
        return List.of();
    }

    /** Whether the row runs on the control-plane server (no Spark drivers needed). */
    boolean controlPlane() {
        return false;
    }

    /** Whether a server without Spark can serve the row (the server-kill column's child has none). */
    boolean needsSpark() {
        return false;
    }

    /** For the kill columns: how long after sending the process is killed; negative kills before sending. */
    long killAfterMillis() {
        return 1000;
    }

    /** Puts the server back in the state the cell starts from (a cluster RUNNING, another TERMINATED). */
    void reset(Target target) {
    }

    /** What the checks compare with, read before the exchange. */
    Object before(Target target, String tag) {
        return null;
    }

    abstract Check verify(Target target, Run run);

    /** One cell's facts for the checks. */
    record Run(String tag, long startMillis, Object before, Outcome outcome, Map<String, Integer> calls) {
    }
}
