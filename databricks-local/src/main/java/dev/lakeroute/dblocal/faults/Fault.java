package dev.lakeroute.dblocal.faults;

/**
 * A fault for the next {@code count} calls whose operation (the path below {@code /api/<version>/})
 * equals or starts with {@code operation + "/"}.
 */
public record Fault(String operation, FaultKind kind, int count, int retryAfterSeconds, long delayMillis) {
    public Fault {
        if (operation == null || operation.isBlank()) {
            throw new IllegalArgumentException("operation is required, e.g. clusters/get");
        }
        operation = operation.startsWith("/") ? operation.substring(1) : operation;
        if (kind == null) {
            throw new IllegalArgumentException("kind is required, one of " + java.util.Arrays.toString(FaultKind.values()));
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        if (retryAfterSeconds < 0 || delayMillis < 0) {
            throw new IllegalArgumentException("retry_after_seconds and delay_ms must not be negative");
        }
    }

    public static Fault of(String operation, FaultKind kind) {
        return new Fault(operation, kind, 1, kind == FaultKind.RATE_LIMIT ? 1 : 0, kind == FaultKind.DELAY ? 1000 : 0);
    }

    public Fault times(int newCount) {
        return new Fault(operation, kind, newCount, retryAfterSeconds, delayMillis);
    }

    public Fault retryAfterSeconds(int seconds) {
        return new Fault(operation, kind, count, seconds, delayMillis);
    }

    public Fault delayMillis(long millis) {
        return new Fault(operation, kind, count, retryAfterSeconds, millis);
    }

    boolean matches(String calledOperation) {
        return calledOperation.equals(operation) || calledOperation.startsWith(operation + "/");
    }
}
