package dev.lakeroute.camel.databricks.zookeeper;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.impl.DefaultCamelContext;

/** A replica in a JVM of its own, so a test can kill it (-9) while it leads: args are zookeeper, id, namespace, ready file, session ms. */
public final class LeaderProcess {

    private LeaderProcess() {
    }

    public static void main(String[] args) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(args[1]);
        ZooKeeperClusterService service = ZooKeeperClusterServiceTest.newService(args[1], args[0], Integer.parseInt(args[4]));
        context.addService(service);
        context.addRoutes(ZooKeeperClusterServiceTest.clusteredRoute(args[2]));
        context.start();
        while (!service.isLeader(args[2])) {
            Thread.sleep(50);
        }
        Files.writeString(Path.of(args[3]), "leader");
        Thread.sleep(Long.MAX_VALUE);
    }
}
