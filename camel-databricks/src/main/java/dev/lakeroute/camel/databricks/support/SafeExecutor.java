package dev.lakeroute.camel.databricks.support;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks on a pool, or in the caller's thread once the pool refuses them (during shutdown),
 * so a completion that must call Camel's callback is never dropped.
 */
public final class SafeExecutor implements Executor {

    private final Executor delegate;

    public SafeExecutor(Executor delegate) {
        this.delegate = delegate;
    }

    @Override
    public void execute(Runnable command) {
        try {
            delegate.execute(command);
        } catch (RejectedExecutionException shuttingDown) {
            command.run();
        }
    }
}
