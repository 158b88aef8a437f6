package dev.lakeroute.dblocal.controlplane.clusters;

import dev.lakeroute.dblocal.runtime.ClusterLoad;

import java.util.OptionalInt;

/**
 * When an {@code autoscale} cluster changes size, after Databricks' standard autoscaling: it grows while
 * tasks wait that the current executors have no free slot for (enough workers for the waiting tasks at
 * once, up to {@code max_workers}), and shrinks by its idle workers (no task for the idle timeout) while
 * nothing waits, never below {@code min_workers}. A cluster outside its range is brought back into it.
 */
record AutoscalePolicy(int minWorkers, int maxWorkers) {

    AutoscalePolicy {
        if (minWorkers < 0 || maxWorkers < minWorkers) {
            throw new IllegalArgumentException("autoscale needs 0 <= min_workers <= max_workers, was " + minWorkers + ".." + maxWorkers);
        }
    }

    /** The new number of workers, or empty when the cluster keeps its size. */
    OptionalInt target(ClusterLoad load) {
        int current = load.workers();
        if (current < minWorkers || current > maxWorkers) {
            return OptionalInt.of(Math.max(minWorkers, Math.min(maxWorkers, current)));
        }
        if (load.backlogged() && current < maxWorkers) {
            int slots = Math.max(1, load.coresPerWorker());
            int wanted = (load.pendingTasks() + slots - 1) / slots;
            return OptionalInt.of(Math.min(maxWorkers, current + Math.max(1, wanted)));
        }
        if (load.pendingTasks() == 0 && load.idleWorkers() > 0 && current > minWorkers) {
            return OptionalInt.of(Math.max(minWorkers, current - load.idleWorkers()));
        }
        return OptionalInt.empty();
    }
}
