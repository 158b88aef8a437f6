package dev.lakeroute.dblocal.support;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The failure a caller should see behind the wrappers that futures add around it. */
public final class Failures {

    private Failures() {
    }

    /** Strips {@link CompletionException} and {@link ExecutionException} layers, keeping the first real cause. */
    public static Throwable cause(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
