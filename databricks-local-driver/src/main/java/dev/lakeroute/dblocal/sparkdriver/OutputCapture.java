package dev.lakeroute.dblocal.sparkdriver;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Installed as {@code System.out} before Scala's {@code Console} first reads it, so that {@code println}
 * from Scala and Java user code, and the REPL's own echo, land in the output of the command running on
 * the current thread. Threads that run no command (Spark's task threads, as on a real cluster's
 * executors) write to the driver's log instead.
 */
public final class OutputCapture {
    private static final ThreadLocal<ByteArrayOutputStream> TARGET = new ThreadLocal<>();

    private OutputCapture() {
    }

    /** Replaces {@code System.out}; returns the original stream for the driver's own log lines. */
    public static PrintStream install() {
        PrintStream original = System.out;
        System.setOut(new PrintStream(new RoutingStream(original), true, StandardCharsets.UTF_8));
        return original;
    }

    /** Runs {@code body} with this thread's output collected; returns the value and the text. */
    public static <T> Captured<T> capture(Supplier<T> body) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ByteArrayOutputStream previous = TARGET.get();
        TARGET.set(buffer);
        try {
            T value = body.get();
            System.out.flush();
            return new Captured<>(value, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            TARGET.set(previous);
        }
    }

    public record Captured<T>(T value, String output) {
    }

    private static final class RoutingStream extends OutputStream {
        private final OutputStream fallback;

        RoutingStream(OutputStream fallback) {
            this.fallback = fallback;
        }

        private OutputStream target() {
            ByteArrayOutputStream buffer = TARGET.get();
            return buffer == null ? fallback : buffer;
        }

        @Override
        public void write(int b) {
            try {
                target().write(b);
            } catch (java.io.IOException ignored) {
                // The driver log is gone (parent died); nothing left to report to.
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            try {
                target().write(b, off, len);
            } catch (java.io.IOException ignored) {
                // As above.
            }
        }

        @Override
        public void flush() {
            try {
                target().flush();
            } catch (java.io.IOException ignored) {
                // As above.
            }
        }
    }
}
