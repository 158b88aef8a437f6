package dev.lakeroute.camel.databricks.poll;

/** What one poll says about a wait: finished with a value, failed, or still in some state. */
public sealed interface Verdict<R> permits Verdict.Done, Verdict.Failed, Verdict.Pending {

    record Done<R>(R value) implements Verdict<R> {
    }

    record Failed<R>(RuntimeException error) implements Verdict<R> {
    }

    record Pending<R>(String state) implements Verdict<R> {
    }

    static <R> Verdict<R> done(R value) {
        return new Done<>(value);
    }

    static <R> Verdict<R> failed(RuntimeException error) {
        return new Failed<>(error);
    }

    static <R> Verdict<R> pending(String state) {
        return new Pending<>(state);
    }
}
