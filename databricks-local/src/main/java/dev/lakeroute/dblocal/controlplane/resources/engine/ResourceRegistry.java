package dev.lakeroute.dblocal.controlplane.resources.engine;

import dev.lakeroute.dblocal.store.StateStore;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stores of every resource family by family name, so that parents, children and families that
 * refer to each other (SCIM users and groups, MLflow experiments and runs) find each other.
 * All writes hold {@link #writeLock()}: checks across stores (parent exists, name unique, no
 * children) and the write that depends on them are then atomic.
 */
public final class ResourceRegistry {
    private final StateStore state;
    private final Clock clock;
    private final Map<String, ResourceStore> stores = new ConcurrentHashMap<>();
    private final Object writeLock = new Object();

    public ResourceRegistry(StateStore state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    public ResourceStore add(ResourceSpec spec) {
        ResourceStore store = new ResourceStore(spec, state.collection(spec.collection()), this, clock);
        if (stores.putIfAbsent(spec.family(), store) != null) {
            throw new IllegalStateException("Two resource specs are named " + spec.family());
        }
        return store;
    }

    public ResourceStore store(String family) {
        ResourceStore store = stores.get(family);
        if (store == null) {
            throw new IllegalStateException("No resource family named " + family);
        }
        return store;
    }

    Collection<ResourceStore> all() {
        return List.copyOf(stores.values());
    }

    Object writeLock() {
        return writeLock;
    }

    Clock clock() {
        return clock;
    }
}
