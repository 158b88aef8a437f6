package dev.lakeroute.dblocal.controlplane.clusters;

import dev.lakeroute.dblocal.runtime.ClusterLoad;
import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AutoscalePolicyTest {
    private final AutoscalePolicy oneToFour = new AutoscalePolicy(1, 4);

    /** workers, cores per worker, running, pending, idle workers */
    private static ClusterLoad load(int workers, int cores, int running, int pending, int idle) {
        return new ClusterLoad(workers, cores, running, pending, idle);
    }

    @Test
    void waitingTasksWithEverySlotTakenAddEnoughWorkersForThemUpToMax() {
        assertThat(oneToFour.target(load(1, 1, 1, 1, 0))).hasValue(2);
        assertThat(oneToFour.target(load(1, 2, 2, 3, 0))).as("3 waiting tasks, 2 slots a worker").hasValue(3);
        assertThat(oneToFour.target(load(2, 1, 2, 50, 0))).hasValue(4);
        assertThat(oneToFour.target(load(4, 1, 4, 50, 0))).as("at max").isEqualTo(OptionalInt.empty());
    }

    @Test
    void waitingTasksWithFreeSlotsAddNoWorker() {
        // Spark is about to run them (a locality wait, a task just ending): more workers would not help.
        assertThat(oneToFour.target(load(2, 2, 3, 1, 0))).isEqualTo(OptionalInt.empty());
    }

    @Test
    void idleWorkersGoWhileNothingWaitsButNeverBelowMin() {
        assertThat(oneToFour.target(load(3, 1, 1, 0, 1))).hasValue(2);
        assertThat(oneToFour.target(load(3, 1, 0, 0, 3))).as("all idle: down to min").hasValue(1);
        assertThat(oneToFour.target(load(1, 1, 0, 0, 1))).as("at min").isEqualTo(OptionalInt.empty());
        assertThat(oneToFour.target(load(3, 1, 2, 1, 1))).as("tasks wait: keep the idle one").isEqualTo(OptionalInt.empty());
    }

    @Test
    void aClusterOutsideItsRangeIsBroughtBackIntoIt() {
        assertThat(new AutoscalePolicy(2, 4).target(load(1, 1, 0, 0, 0))).hasValue(2);
        assertThat(oneToFour.target(load(6, 1, 0, 0, 0))).hasValue(4);
    }

    @Test
    void aRangeWithMinAboveMaxIsRefused() {
        assertThatThrownBy(() -> new AutoscalePolicy(3, 2)).hasMessageContaining("min_workers <= max_workers");
    }
}
