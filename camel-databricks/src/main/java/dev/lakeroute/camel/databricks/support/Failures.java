package dev.lakeroute.camel.databricks.support;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** What went wrong behind the wrappers a future adds around it. */
public final class Failures {

    private Failures() {
    }

    /** The failure inside any {@link CompletionException} and {@link ExecutionException} layers. */
    public static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof CompletionException || current instanceof ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
