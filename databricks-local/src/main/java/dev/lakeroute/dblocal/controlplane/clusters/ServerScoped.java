package dev.lakeroute.dblocal.controlplane.clusters;

import dev.lakeroute.dblocal.controlplane.ServerContext;

import java.util.function.Function;

/**
 * One instance of a service per running server, shared by every family that asks for it (clusters are
 * used by libraries, jobs and API 1.2); held by the server's {@link ServerContext#services()}.
 */
public final class ServerScoped<T> {
    private final Function<ServerContext, T> factory;

    public ServerScoped(Function<ServerContext, T> factory) {
        this.factory = factory;
    }

    public T of(ServerContext context) {
        return context.services().get(this, () -> factory.apply(context));
    }

    /** Whether the server of {@code context} has been closed: late callbacks must not write its state any more. */
    public static boolean closed(ServerContext context) {
        return context.closed();
    }
}
