package dev.lakeroute.examples.replicas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lakeroute.camel.databricks.DatabricksComponent;
import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.auth.DatabricksEnvironment;
import dev.lakeroute.camel.databricks.zookeeper.ZooKeeperClusterService;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;

/**
 * The runs, files and cluster-events sensors of two replicas, under one ClusteredRoutePolicy on ZooKeeper, with
 * their idempotent repositories in PostgreSQL (camel-sql's JdbcMessageIdRepository): only the leader polls, and
 * when it stops the other one carries on from the shared repositories — nothing emitted twice, nothing skipped.
 */
class SensorsOnOneLeaderTest {

    @RegisterExtension
    static final DatabricksLocalExtension LOCAL = DatabricksLocalExtension.perJvm();

    private static TestingServer zookeeper;
    private static EmbeddedPostgres postgres;
    private final Queue<String> emitted = new ConcurrentLinkedQueue<>();

    @BeforeAll
    static void startServers() throws Exception {
        zookeeper = new TestingServer(new InstanceSpec(null, -1, -1, -1, true, -1, 200, -1), true);
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServers() throws IOException {
        postgres.close();
        zookeeper.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSensorsRunOnTheLeaderAndTheFollowerCarriesOnWithoutDuplicates() throws Exception {
        CamelContext a = replica("a");
        CamelContext b = replica("b");
        List<CamelContext> both = new ArrayList<>(List.of(a, b));
        try {
            ProducerTemplate template = a.createProducerTemplate();
            template.sendBody("databricks:dbfs/put?path=/sensors/fail.py", "import sys\nsys.exit(2)\n".getBytes(StandardCharsets.UTF_8));
            String cluster = (String) template.requestBody("databricks:clusters/create",
                    Map.of("cluster_name", "sensed", "spark_version", "15.4.x-scala2.12", "node_type_id", "i3.xlarge", "num_workers", 0), Map.class)
                    .get("cluster_id");
            for (CamelContext replica : both) {
                replica.getPropertiesComponent().setOverrideProperties(props(cluster));
                replica.addRoutes(sensors());
            }
            failedRun(template);
            template.sendBody("databricks:dbfs/put?path=/sensors/in/one.csv", "1");
            await().atMost(Duration.ofSeconds(20)).until(() -> count("jobs/runs/list") == 1 && count("dbfs/list") == 1 && count("clusters/events") >= 1);
            CamelContext leader = leaderOf(both);
            assertThat(emitted).allSatisfy(e -> assertThat(e).startsWith(leader.getName() + " "));

            leader.stop();
            both.remove(leader);
            CamelContext follower = both.get(0);
            failedRun(follower.createProducerTemplate());
            follower.createProducerTemplate().sendBody("databricks:dbfs/put?path=/sensors/in/two.csv", "2");
            follower.createProducerTemplate().sendBody("databricks:clusters/delete", Map.of("cluster_id", cluster));
            await().atMost(Duration.ofSeconds(20)).until(() -> count("jobs/runs/list") == 2 && count("dbfs/list") == 2
                                                              && emitted.stream().anyMatch(e -> e.startsWith(follower.getName() + " clusters/events")));
            Thread.sleep(1500); // more polls: a second emission of anything would show now

            Map<String, Long> perItem = emitted.stream().map(e -> e.substring(e.indexOf(' ') + 1))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(perItem).as("each run, file and event emitted once across both replicas").allSatisfy((item, n) -> assertThat(n).isEqualTo(1));
            assertThat(emitted).anySatisfy(e -> assertThat(e).startsWith(follower.getName() + " jobs/runs/list"));
        } finally {
            both.forEach(CamelContext::stop);
        }
    }

    private CamelContext replica(String id) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(id);
        DatabricksComponent databricks = new DatabricksComponent();
        databricks.getConfiguration().setHost(LOCAL.url());
        databricks.getConfiguration().setToken(LOCAL.token());
        databricks.getConfiguration().setPollInterval(200);
        databricks.setEnvironment(DatabricksEnvironment.of(Map.of("HOME", Files.createTempDirectory("home").toString())));
        context.addComponent("databricks", databricks);
        ZooKeeperClusterService cluster = new ZooKeeperClusterService(id, zookeeper.getConnectString());
        cluster.setSessionTimeoutMs(2000);
        cluster.setConnectionTimeoutMs(1500);
        context.addService(cluster);
        for (String sensor : List.of("runs", "files", "events")) {
            context.getRegistry().bind(sensor + "Repository", new JdbcMessageIdRepository(postgres.getPostgresDatabase(), "sensor-" + sensor));
        }
        context.start();
        return context;
    }

    private static java.util.Properties props(String cluster) {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("cluster", cluster);
        return props;
    }

    private RouteBuilder sensors() {
        return new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                ClusteredRoutePolicy policy = ClusteredRoutePolicy.forNamespace("sensors");
                from("databricks:jobs/runs/list?resultState=FAILED&delay=300&idempotentRepository=#runsRepository")
                        .routeId("runs-sensor").routePolicy(policy).to("direct:emitted");
                from("databricks:dbfs/list?path=/sensors/in&delay=300&idempotentRepository=#filesRepository")
                        .routeId("files-sensor").routePolicy(policy).to("direct:emitted");
                from("databricks:clusters/events?clusterId={{cluster}}&delay=300&idempotentRepository=#eventsRepository")
                        .routeId("events-sensor").routePolicy(policy).to("direct:emitted");
                from("direct:emitted").process(e -> emitted.add(e.getContext().getName() + " " + e.getMessage().getHeader(DatabricksConstants.SENSOR_KEY)));
            }
        };
    }

    private static void failedRun(ProducerTemplate template) {
        template.sendBody("databricks:jobs/runs/submit?waitForCompletion=false", Map.of("run_name", "sensed",
                "tasks", List.of(Map.of("task_key", "t", "spark_python_task", Map.of("python_file", "dbfs:/sensors/fail.py")))));
    }

    private long count(String sensor) {
        return emitted.stream().filter(e -> e.contains(" " + sensor + ":") || e.contains(" " + sensor)).count();
    }

    private static CamelContext leaderOf(List<CamelContext> replicas) {
        return replicas.stream().filter(c -> c.hasService(ZooKeeperClusterService.class).isLeader("sensors")).findFirst().orElseThrow();
    }
}
