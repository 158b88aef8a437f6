package dev.lakeroute.dblocal.controlplane.clusters;

import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.store.StateStore;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One instance of a service per running server, shared by every family that asks for it (clusters are
 * used by libraries, jobs and API 1.2). The server core hands families only a {@link ServerContext}, so
 * the instance is keyed by that server's {@link StateStore}; instances of closed servers (scheduler shut
 * down) are dropped on the next lookup so tests that start many servers do not accumulate them.
 */
public final class ServerScoped<T> {
    private record Entry<T>(ServerContext context, T instance) {
    }

    private final Function<ServerContext, T> factory;
    private final Map<StateStore, Entry<T>> instances = new IdentityHashMap<>();

    public ServerScoped(Function<ServerContext, T> factory) {
        this.factory = factory;
    }

    public T of(ServerContext context) {
        synchronized (instances) {
            instances.values().removeIf(entry -> entry.context().scheduler().isShutdown());
            Entry<T> entry = instances.get(context.store());
            if (entry == null) {
                entry = new Entry<>(context, factory.apply(context));
                instances.put(context.store(), entry);
            }
            return entry.instance();
        }
    }

    /** Whether the server of {@code context} has been closed: late callbacks must not write its state any more. */
    public static boolean closed(ServerContext context) {
        return context.scheduler().isShutdown();
    }
}
