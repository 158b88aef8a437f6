package dev.lakeroute.camel.databricks.zookeeper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.impl.cluster.ClusteredRoutePolicyFactory;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Replicas elect one leader per namespace on a real ZooKeeper server; a clustered route runs on the leader only. */
class ZooKeeperClusterServiceTest {

    /** ZooKeeper bounds session timeouts to 2–20 ticks: 200 ms ticks let a 1.5 s session expire soon after a kill. */
    private static final int TICK_MS = 200;
    private static final int SESSION_MS = 1500;
    private static TestingServer zookeeper;

    private final List<CamelContext> replicas = new ArrayList<>();

    @BeforeAll
    static void startZooKeeper() throws Exception {
        zookeeper = new TestingServer(new InstanceSpec(null, -1, -1, -1, true, -1, TICK_MS, -1), true);
    }

    @AfterAll
    static void stopZooKeeper() throws IOException {
        zookeeper.close();
    }

    @AfterEach
    void stopReplicas() {
        replicas.forEach(CamelContext::stop);
    }

    @Test
    void aClusteredRouteRunsOnTheLeaderOnlyAndMovesWhenTheLeaderStops() throws Exception {
        for (String id : List.of("a", "b", "c")) {
            replicas.add(replica(id, "sensors"));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> running("sensors").size() == 1);
        CamelContext leader = running("sensors").get(0);
        ZooKeeperClusterView view = (ZooKeeperClusterView) service(leader).getView("sensors");
        assertThat(view.getLeader()).hasValueSatisfying(m -> assertThat(m.isLocal()).isTrue());
        assertThat(view.getMembers()).hasSize(3).filteredOn(m -> m.isLeader()).hasSize(1);
        for (CamelContext other : replicas) {
            if (other != leader) {
                ZooKeeperClusterView follower = (ZooKeeperClusterView) service(other).getView("sensors");
                assertThat(follower.getLeader()).hasValueSatisfying(m -> assertThat(m.getId()).isEqualTo(leader.getName()));
                assertThat(follower.getLocalMember().isLeader()).isFalse();
            }
        }

        leader.stop();
        replicas.remove(leader);
        await().atMost(Duration.ofSeconds(10)).until(() -> running("sensors").size() == 1);
        assertThat(running("sensors").get(0)).isNotSameAs(leader);
        assertThat(service(running("sensors").get(0)).isLeader("sensors")).isTrue();
    }

    @Test
    void leadershipMovesWhenTheLeaderProcessIsKilled() throws Exception {
        Path ready = Files.createTempFile("leader", ".ready");
        Files.delete(ready);
        Process other = new ProcessBuilder(List.of(javaBin(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                LeaderProcess.class.getName(), zookeeper.getConnectString(), "killed", "jobs-sensor", ready.toString(),
                String.valueOf(SESSION_MS)))
                .redirectErrorStream(true).redirectOutput(File.createTempFile("leader", ".log")).start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(ready));
            CamelContext survivor = replica("survivor", "jobs-sensor");
            replicas.add(survivor);
            ZooKeeperClusterView view = (ZooKeeperClusterView) service(survivor).getView("jobs-sensor");
            await().atMost(Duration.ofSeconds(5)).until(() -> view.getMembers().size() == 2);
            assertThat(view.getLeader()).hasValueSatisfying(m -> assertThat(m.getId()).isEqualTo("killed"));
            assertThat(routeStatus(survivor)).isNotEqualTo(ServiceStatus.Started);

            long killedAt = System.nanoTime();
            other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).until(() -> routeStatus(survivor) == ServiceStatus.Started);
            long failoverMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
            // The killed replica never closed its latch: ZooKeeper frees it only when the session expires.
            assertThat(failoverMs).isGreaterThanOrEqualTo(SESSION_MS / 2);
            assertThat(view.getMembers()).extracting(m -> m.getId()).containsExactly("survivor");
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void aRoutePolicyFactoryClustersEveryRouteOfTheContext() throws Exception {
        for (String id : List.of("x", "y")) {
            DefaultCamelContext context = new DefaultCamelContext();
            context.getCamelContextExtension().setName(id);
            context.addService(newService(id, zookeeper.getConnectString(), SESSION_MS));
            ClusteredRoutePolicyFactory factory = ClusteredRoutePolicyFactory.forNamespace("all-routes");
            context.addRoutePolicyFactory(factory);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("timer:first?period=200").routeId("first").log("first on ${camelId}");
                    from("timer:second?period=200").routeId("second").log("second on ${camelId}");
                }
            });
            context.start();
            replicas.add(context);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> running("first").size() == 1 && running("second").size() == 1);
        assertThat(running("first")).isEqualTo(running("second"));
    }

    private CamelContext replica(String id, String namespace) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(id);
        context.addService(newService(id, zookeeper.getConnectString(), SESSION_MS));
        context.addRoutes(clusteredRoute(namespace));
        context.start();
        return context;
    }

    static ZooKeeperClusterService newService(String id, String connectString, int sessionMs) {
        ZooKeeperClusterService service = new ZooKeeperClusterService(id, connectString);
        service.setSessionTimeoutMs(sessionMs);
        service.setBasePath("/test/cluster");
        return service;
    }

    static RouteBuilder clusteredRoute(String namespace) {
        return new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                ClusteredRoutePolicy policy = ClusteredRoutePolicy.forNamespace(namespace);
                from("timer:" + namespace + "?period=200").routeId(namespace).routePolicy(policy).log("tick on ${camelId}");
            }
        };
    }

    private List<CamelContext> running(String routeId) {
        return replicas.stream().filter(c -> c.getRouteController().getRouteStatus(routeId) == ServiceStatus.Started).toList();
    }

    private static ServiceStatus routeStatus(CamelContext context) {
        return context.getRouteController().getRouteStatus("jobs-sensor");
    }

    private static ZooKeeperClusterService service(CamelContext context) {
        return context.hasService(ZooKeeperClusterService.class);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
