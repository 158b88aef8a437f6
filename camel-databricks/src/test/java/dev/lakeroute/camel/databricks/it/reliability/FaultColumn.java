package dev.lakeroute.camel.databricks.it.reliability;

import java.util.List;

import dev.lakeroute.dblocal.faults.Fault;
import dev.lakeroute.dblocal.faults.FaultKind;

/**
 * The faults of the matrix, one column each. The first six are injected through databricks-local's fault
 * injection on one operation path; the last two kill a process with SIGKILL ({@code Process.destroyForcibly()}).
 */
enum FaultColumn {
    ONE_500("one 500", "INTERNAL_ERROR × 1 on the probe"),
    RATE_LIMIT_STORM("429 storm", "RATE_LIMIT × 4 with Retry-After: " + FaultColumn.RETRY_AFTER_SECONDS + " on the probe"),
    UNAVAILABLE("503", "UNAVAILABLE × 1 on the probe"),
    LATENCY("2 s latency", "DELAY 2000 ms × 1 on the probe"),
    DROP("dropped connection", "DROP × 1 (connection closed before the call is handled) on the probe"),
    DROP_AFTER_RESPONSE("dropped after response", "DROP_AFTER_RESPONSE × 1 on the call that does the work (submit, run-now, "
            + "execute, dbfs/close, the Files PUT, clusters/start; clusters/get itself): the server acted, the client cannot know"),
    SERVER_KILL("databricks-local kill -9", "a child databricks-local is killed (SIGKILL, with its drivers) mid-operation and "
            + "restarted on the same port and data directory"),
    COMPONENT_KILL("component JVM kill -9", "a child JVM running a file → databricks route is killed (SIGKILL) mid-operation "
            + "and started again: the file is redelivered with the same idempotency token (its name)");

    /** Retry-After of the storm; four of them are longer than the component's three retries allow a plain call. */
    static final int RETRY_AFTER_SECONDS = 1;

    private final String label;
    private final String description;

    FaultColumn(String label, String description) {
        this.label = label;
        this.description = description;
    }

    String label() {
        return label;
    }

    String description() {
        return description;
    }

    /**
     * Whether the column runs in a plain test run: one injected fault that makes the server act without the client
     * knowing (the hardest case for "never a second run"), a plain retried 500, and both kills. The others run with
     * {@code -Dreliability.fullMatrix=true} (and always with {@code -Dreliability.write=true}, so that the committed
     * RELIABILITY.md has every column): they exercise the same retry path with other status codes.
     */
    boolean inEveryRun() {
        return this == ONE_500 || this == DROP_AFTER_RESPONSE || this == SERVER_KILL || this == COMPONENT_KILL;
    }

    /** {@code -Dreliability.fullMatrix=true}, or a run that writes the committed report. */
    static boolean fullMatrix() {
        return Boolean.getBoolean("reliability.fullMatrix") || Boolean.getBoolean("reliability.write");
    }

    boolean runs() {
        return inEveryRun() || fullMatrix();
    }

    boolean injected() {
        return this != SERVER_KILL && this != COMPONENT_KILL;
    }

    /** The fault itself, for the next calls of {@code operation}. */
    Fault on(String operation) {
        return switch (this) {
            case ONE_500 -> Fault.of(operation, FaultKind.INTERNAL_ERROR);
            case RATE_LIMIT_STORM -> Fault.of(operation, FaultKind.RATE_LIMIT).times(4).retryAfterSeconds(RETRY_AFTER_SECONDS);
            case UNAVAILABLE -> Fault.of(operation, FaultKind.UNAVAILABLE);
            case LATENCY -> Fault.of(operation, FaultKind.DELAY).delayMillis(2000);
            case DROP -> Fault.of(operation, FaultKind.DROP);
            case DROP_AFTER_RESPONSE -> Fault.of(operation, FaultKind.DROP_AFTER_RESPONSE);
            default -> throw new IllegalStateException(label + " is not injected through /local/faults");
        };
    }

    static List<FaultColumn> all() {
        return List.of(values());
    }
}
