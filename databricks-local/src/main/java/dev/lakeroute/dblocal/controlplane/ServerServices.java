package dev.lakeroute.dblocal.controlplane;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The services one server's families share (the cluster registry used by libraries, jobs and API 1.2,
 * …): one instance per server, created on first use. A plain lock, not a ConcurrentHashMap, because a
 * service's factory may itself ask for another service.
 */
public final class ServerServices {
    private final Map<Object, Object> services = new HashMap<>();

    @SuppressWarnings("unchecked")
    public synchronized <T> T get(Object key, Supplier<T> factory) {
        Object service = services.get(key);
        if (service == null) {
            service = factory.get();
            services.put(key, service);
        }
        return (T) service;
    }
}
