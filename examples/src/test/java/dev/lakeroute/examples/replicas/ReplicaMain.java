package dev.lakeroute.examples.replicas;

import java.util.Properties;

import javax.sql.DataSource;

import org.apache.camel.spi.CamelEvent;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.support.EventNotifierSupport;
import org.postgresql.ds.PGSimpleDataSource;

import dev.lakeroute.camel.databricks.DatabricksComponent;
import dev.lakeroute.camel.databricks.zookeeper.ZooKeeperClusterService;
import dev.lakeroute.examples.workflows.KafkaRunNowRoutes;

/**
 * One Camel replica in a JVM of its own, as a deployment would run it: the kafka-run-now workflow on every
 * replica (one Kafka consumer group), and the runs sensor on the ZooKeeper leader only (ClusteredRoutePolicy),
 * remembering what it alerted in PostgreSQL. A failed exchange is written to PostgreSQL, where the test counts it.
 * Arguments: replica id, then the settings as {@code key=value} (see {@link ReplicasFailoverTest#replicaArgs}).
 */
public final class ReplicaMain {

    static final String SENSOR_NAMESPACE = "run-sensor";

    private ReplicaMain() {
    }

    public static void main(String[] args) throws Exception {
        String id = args[0];
        Properties settings = new Properties();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            settings.setProperty(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        DataSource database = dataSource(settings.getProperty("jdbc.url"));

        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(id);
        context.getPropertiesComponent().setInitialProperties(settings);

        DatabricksComponent databricks = new DatabricksComponent();
        databricks.getConfiguration().setHost(settings.getProperty("databricks.host"));
        databricks.getConfiguration().setToken(settings.getProperty("databricks.token"));
        // How often a replica polls each run it waits for (the bulk of its jobs API calls).
        long pollMs = Long.parseLong(settings.getProperty("databricks.poll-ms", "250"));
        databricks.getConfiguration().setPollInterval(pollMs);
        databricks.getConfiguration().setMaxPollInterval(pollMs * 2);
        context.addComponent("databricks", databricks);

        // Settings every kafka: endpoint of the replica inherits (the workflow's URI names only its own).
        KafkaComponent kafka = new KafkaComponent();
        kafka.getConfiguration().setConsumersCount(Integer.parseInt(settings.getProperty("kafka.consumers", "4")));
        kafka.getConfiguration().setMaxPollRecords(2);
        kafka.getConfiguration().setSessionTimeoutMs(6000);
        kafka.getConfiguration().setHeartbeatIntervalMs(1000);
        context.addComponent("kafka", kafka);

        ZooKeeperClusterService cluster = new ZooKeeperClusterService(id, settings.getProperty("zookeeper"));
        cluster.setSessionTimeoutMs(Integer.parseInt(settings.getProperty("zookeeper.session-ms", "2000")));
        cluster.setConnectionTimeoutMs(1500);
        context.addService(cluster);

        context.getRegistry().bind("runAlerts", new JdbcMessageIdRepository(database, SENSOR_NAMESPACE));
        context.getManagementStrategy().addEventNotifier(new FailedExchanges(database, id));

        context.addRoutes(new KafkaRunNowRoutes());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                ClusteredRoutePolicy onTheLeader = ClusteredRoutePolicy.forNamespace(SENSOR_NAMESPACE);
                from("databricks:jobs/runs/list?jobId={{kafka-run-now.job-id}}&resultState=FAILED&delay=1000"
                     + "&idempotentRepository=#runAlerts").routeId("run-sensor").routePolicy(onTheLeader)
                        .setBody(simple("${header.CamelDatabricksRunId} ${camelId}"))
                        .to("kafka:{{alerts.topic}}?brokers={{kafka.brokers}}");
            }
        });
        context.start();
        System.out.println("replica " + id + " started");
        Thread.sleep(Long.MAX_VALUE);
    }

    private static DataSource dataSource(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        return dataSource;
    }

    /** Each failed exchange as a row of failed_exchanges (created by the test), so the test sees those of every replica. */
    private static final class FailedExchanges extends EventNotifierSupport {
        private final DataSource database;
        private final String replica;

        FailedExchanges(DataSource database, String replica) {
            this.database = database;
            this.replica = replica;
        }

        @Override
        public boolean isEnabled(CamelEvent event) {
            return event instanceof CamelEvent.ExchangeFailedEvent;
        }

        @Override
        public void notify(CamelEvent event) throws Exception {
            CamelEvent.ExchangeFailedEvent failed = (CamelEvent.ExchangeFailedEvent) event;
            try (var connection = database.getConnection();
                 var insert = connection.prepareStatement("INSERT INTO failed_exchanges (replica, route, failure) VALUES (?, ?, ?)")) {
                insert.setString(1, replica);
                insert.setString(2, failed.getExchange().getFromRouteId());
                insert.setString(3, String.valueOf(failed.getExchange().getException()));
                insert.executeUpdate();
            }
        }
    }
}
