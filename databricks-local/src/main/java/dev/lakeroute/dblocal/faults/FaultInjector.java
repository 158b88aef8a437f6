package dev.lakeroute.dblocal.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The faults waiting for their calls. Each matching call consumes one count of the first matching fault. */
public final class FaultInjector {
    private final List<Fault> pending = new ArrayList<>();

    public synchronized void inject(Fault fault) {
        pending.add(fault);
    }

    public synchronized void clear() {
        pending.clear();
    }

    public synchronized List<Fault> pending() {
        return List.copyOf(pending);
    }

    /** The fault that applies to this call, if any, consuming one of its counts. */
    public synchronized Optional<Fault> take(String operation) {
        for (int i = 0; i < pending.size(); i++) {
            Fault fault = pending.get(i);
            if (fault.matches(operation)) {
                if (fault.count() <= 1) {
                    pending.remove(i);
                } else {
                    pending.set(i, fault.times(fault.count() - 1));
                }
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    public synchronized boolean isEmpty() {
        return pending.isEmpty();
    }
}
