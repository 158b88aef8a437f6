package dev.lakeroute.dblocal.controlplane;

import dev.lakeroute.dblocal.LocalSettings;
import dev.lakeroute.dblocal.auth.TokenRegistry;
import dev.lakeroute.dblocal.runtime.ClusterRuntime;
import dev.lakeroute.dblocal.store.StateStore;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * What every API family may use: settings, persistent state, credentials, the clock, a scheduler for
 * timed transitions (never block on it), the cluster runtime and the server's public base URL. The
 * services families share (clusters, libraries, …) are not here: they are built once in the
 * {@link ControlPlane} and handed to the families that need them.
 */
public record ServerContext(LocalSettings settings, StateStore store, TokenRegistry tokens, Clock clock,
                            ScheduledExecutorService scheduler, ClusterRuntime runtime, Supplier<String> baseUrl) {

    /** Whether the server has been closed: late callbacks must not write its state any more. */
    public boolean closed() {
        return scheduler.isShutdown();
    }
}
