package dev.lakeroute.dblocal.execution;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.service.compute.CreateCluster;
import com.databricks.sdk.service.compute.State;
import dev.lakeroute.dblocal.DatabricksLocal;
import dev.lakeroute.dblocal.driver.DriverSettings;
import dev.lakeroute.dblocal.testing.QuickWaits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drivers are real processes and must not outlive their cluster or their server. This class has a
 * Spark server of its own, so that it can close it and check that nothing was left behind.
 */
class DriverProcessLifecycleTest {
    private static DatabricksLocal local;
    private static WorkspaceClient w;
    private static String clusterId;

    @BeforeAll
    static void startServer() {
        local = DatabricksLocal.builder().clusterStartDelay(Duration.ZERO).clusterStopDelay(Duration.ZERO)
                .spark(DriverSettings.defaults().withHeap("768m").withMaxContexts(2)).start();
        w = SparkTestSupport.sdk(local.url(), local.token());
    }

    @Test
    void terminateStopsTheDriverProcessAndStartBringsANewOne() throws Exception {
        clusterId = QuickWaits.runningCluster(w, new CreateCluster().setClusterName("lifecycle").setSparkVersion("15.4.x-scala2.12")
                .setNodeTypeId("i3.xlarge").setNumWorkers(0L));
        List<ProcessHandle> drivers = SparkTestSupport.driverProcesses(clusterId);
        assertThat(drivers).as("driver of RUNNING cluster " + clusterId).hasSize(1);

        w.clusters().delete(clusterId);
        QuickWaits.cluster(w, clusterId, State.TERMINATED);

        assertThat(w.clusters().get(clusterId).getState()).isEqualTo(State.TERMINATED);
        assertThat(drivers.get(0).isAlive()).as("the terminated cluster's driver").isFalse();
        assertThat(SparkTestSupport.driverProcesses(clusterId)).isEmpty();

        w.clusters().start(clusterId);
        QuickWaits.cluster(w, clusterId, State.RUNNING);
        List<ProcessHandle> restarted = SparkTestSupport.driverProcesses(clusterId);
        assertThat(restarted).hasSize(1);
        assertThat(restarted.get(0).pid()).isNotEqualTo(drivers.get(0).pid());
    }

    /** The cluster was left RUNNING on purpose: closing the server must take its driver down. */
    @AfterAll
    static void closingTheServerLeavesNoDriverBehind() {
        List<ProcessHandle> before = clusterId == null ? List.of() : SparkTestSupport.driverProcesses(clusterId);
        local.close();
        assertThat(before).allSatisfy(driver -> assertThat(driver.isAlive()).isFalse());
        if (clusterId != null) {
            assertThat(SparkTestSupport.driverProcesses(clusterId)).isEmpty();
        }
    }
}
