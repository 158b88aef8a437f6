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

    /**
     * For the kill columns: the path whose first call shows the work exists (the run submitted, the first block
     * sent, the PUT under way); the kill lands soon after every row's.
     */
    String startedPath(Target target, String tag) {
        return workPath(target, tag);
    }

    /** The exchange as the child component JVM sends it (by default the same as in this JVM). */
    Request redeliveredRequest(Target target, String tag) {
        return request(target, tag);
    }

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

    /** For the server-kill column: whether the exchange is sent only once the server is down. */
    boolean sentWhileDown() {
        return false;
    }

    /** Puts the server back in the state the cell starts from (a cluster RUNNING, another TERMINATED). */
    void reset(Target target) {
    }

    /** What the checks compare with, read before the exchange. */
    Object before(Target target, String tag) {
        return null;
    }

    abstract Check verify(Target target, Run run);

    /**
     * One cell's facts for the checks.
     *
     * @param callsAtKill for the component-kill column: the calls per counted path when the JVM died (else empty)
     */
    record Run(String tag, long startMillis, Object before, Outcome outcome, Map<String, Integer> calls,
               Map<String, Integer> callsAtKill) {
    }
}
