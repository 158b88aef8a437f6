package dev.lakeroute.dblocal.controlplane.clusters;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.service.compute.ClusterDetails;
import com.databricks.sdk.service.compute.CreateCluster;
import com.databricks.sdk.service.compute.State;
import com.databricks.sdk.service.compute.TerminationReasonCode;
import com.databricks.sdk.service.compute.TerminationReasonType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.DatabricksLocal;
import dev.lakeroute.dblocal.LocalSettings;
import dev.lakeroute.dblocal.auth.TokenRegistry;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.runtime.ClusterLaunch;
import dev.lakeroute.dblocal.runtime.ClusterRuntime;
import dev.lakeroute.dblocal.runtime.NoSparkRuntime;
import dev.lakeroute.dblocal.store.StateStore;
import dev.lakeroute.dblocal.testing.QuickWaits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Cluster behaviour that needs a server of its own: restarts, driver failures, auto-termination. */
class ClusterLifecycleTest {

    private static CreateCluster cluster(String name) {
        return new CreateCluster().setClusterName(name).setSparkVersion("15.4.x-scala2.12").setNodeTypeId("i3.xlarge").setNumWorkers(0L);
    }

    private static WorkspaceClient client(DatabricksLocal local) {
        return new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(local.token()));
    }

    private static DatabricksLocal.Builder server(Path dir) {
        return DatabricksLocal.builder().dataDir(dir).token("dapi-lifecycle").clusterStartDelay(Duration.ofMillis(50))
                .clusterStopDelay(Duration.ofMillis(50));
    }

    @Test
    void clustersThatWereUpComeBackTerminatedAfterARestart(@TempDir Path dir) throws Exception {
        String running;
        String stopped;
        try (DatabricksLocal local = server(dir).start()) {
            WorkspaceClient w = client(local);
            running = QuickWaits.runningCluster(w, cluster("survivor"));
            stopped = QuickWaits.runningCluster(w, cluster("stopped"));
            w.clusters().delete(stopped);
            QuickWaits.cluster(w, stopped, State.TERMINATED);
        }
        try (DatabricksLocal local = server(dir).start()) {
            WorkspaceClient w = client(local);
            ClusterDetails after = w.clusters().get(running);
            assertThat(after.getState()).isEqualTo(State.TERMINATED);
            assertThat(after.getClusterName()).isEqualTo("survivor");
            assertThat(after.getStateMessage()).contains("databricks-local restarted");
            assertThat(after.getTerminationReason().getType()).isEqualTo(TerminationReasonType.SERVICE_FAULT);
            assertThat(after.getDriver()).isNull();
            assertThat(w.clusters().get(stopped).getTerminationReason().getCode()).isEqualTo(TerminationReasonCode.USER_REQUEST);
            w.clusters().start(running);
            assertThat(QuickWaits.cluster(w, running, State.RUNNING).getState()).isEqualTo(State.RUNNING);
        }
    }

    @Test
    void aDriverThatFailsToStartTerminatesTheClusterWithTheReason(@TempDir Path dir) {
        ClusterRuntime failing = new ClusterRuntime() {
            @Override
            public CompletableFuture<Void> start(ClusterLaunch launch) {
                return CompletableFuture.failedFuture(new IllegalStateException("driver JVM exited with code 1"));
            }

            @Override
            public CompletableFuture<Void> stop(String clusterId) {
                return CompletableFuture.completedFuture(null);
            }
        };
        try (DatabricksLocal local = server(dir).clusterRuntime((settings, store) -> failing).start()) {
            WorkspaceClient w = client(local);
            assertThatThrownBy(() -> w.clusters().create(cluster("doomed")).get(Duration.ofSeconds(30)))
                    .hasMessageContaining("TERMINATED")
                    .hasMessageContaining("driver JVM exited with code 1");
        }
    }

    @Test
    void runtimeIsStartedWithTheClusterConfigurationAndStoppedOnDelete(@TempDir Path dir) throws Exception {
        List<Object> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        ClusterRuntime recording = new ClusterRuntime() {
            @Override
            public CompletableFuture<Void> start(ClusterLaunch launch) {
                calls.add(launch);
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public CompletableFuture<Void> stop(String clusterId) {
                calls.add("stop " + clusterId);
                return CompletableFuture.completedFuture(null);
            }
        };
        try (DatabricksLocal local = server(dir).clusterRuntime((settings, store) -> recording).start()) {
            WorkspaceClient w = client(local);
            String id = QuickWaits.runningCluster(w, cluster("recorded").setNumWorkers(2L).setSparkConf(Map.of("spark.master", "local[2]")));
            w.clusters().delete(id);
            QuickWaits.cluster(w, id, State.TERMINATED);
            assertThat(calls).hasSize(2);
            ClusterLaunch launch = (ClusterLaunch) calls.get(0);
            assertThat(launch.clusterId()).isEqualTo(id);
            assertThat(launch.numWorkers()).isEqualTo(2);
            assertThat(launch.sparkConf()).containsEntry("spark.master", "local[2]");
            assertThat(calls.get(1)).isEqualTo("stop " + id);
        }
    }

    @Test
    void idleClustersAutoTerminateUnlessTouched(@TempDir Path dir) {
        MutableClock clock = new MutableClock();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            StateStore store = new StateStore(dir);
            LocalSettings settings = new LocalSettings("127.0.0.1", 0, dir, "t", List.of(), Duration.ZERO, Duration.ZERO,
                    Duration.ofMinutes(10), 1, dir.resolve("m2"));
            ServerContext context = new ServerContext(settings, store, new TokenRegistry(store.collection("tokens"), clock), clock,
                    scheduler, new NoSparkRuntime(), () -> "http://localhost");
            ClusterRegistry registry = new ClusterRegistry(context);
            ObjectNode spec = ClusterSpecs.validated(Json.object().put("spark_version", "15.4.x-scala2.12")
                    .put("node_type_id", "i3.xlarge").put("autotermination_minutes", 10));
            String idle = registry.create(spec, "me", ClusterSource.API, Map.of()).clusterId();
            String used = registry.create(spec, "me", ClusterSource.API, Map.of()).clusterId();
            await().atMost(Duration.ofSeconds(5)).until(() -> registry.require(idle).isRunning() && registry.require(used).isRunning());

            clock.advance(Duration.ofMinutes(9));
            registry.touch(used);
            clock.advance(Duration.ofMinutes(2));
            registry.lifecycle().sweepIdle();

            await().atMost(Duration.ofSeconds(5)).until(() -> registry.require(idle).state() == ClusterState.TERMINATED);
            assertThat(registry.require(idle).details().path("termination_reason").path("code").asText()).isEqualTo("INACTIVITY");
            assertThat(registry.require(used).state()).isEqualTo(ClusterState.RUNNING);
        } finally {
            scheduler.shutdownNow();
        }
    }

    private static final class MutableClock extends Clock {
        private volatile Instant now = Instant.now();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
