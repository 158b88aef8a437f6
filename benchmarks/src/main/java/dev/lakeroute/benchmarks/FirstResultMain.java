package dev.lakeroute.benchmarks;

import dev.lakeroute.camel.databricks.DatabricksComponent;
import dev.lakeroute.dblocal.DatabricksLocal;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import java.time.Duration;
import java.util.Locale;

/**
 * B5's child JVM: what the examples' embedded flow does before its first result — start databricks-local
 * with Spark, create a cluster and wait for RUNNING, run {@code sc.parallelize(1 to 10).collect} through
 * {@code databricks:command} — then prints the result and exits. The argument is the cluster's
 * {@code num_workers} (default 0, single node).
 */
public final class FirstResultMain {
    private FirstResultMain() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        try (DatabricksLocal local = DatabricksLocal.builder().clusterStartDelay(Duration.ZERO).spark().start()) {
            RawClient raw = new RawClient(local.url(), local.token());
            // B5: single node (the README example); B9: "2", a cluster with two small workers.
            int workers = args.length > 0 ? Integer.parseInt(args[0]) : 0;
            long creating = System.nanoTime();
            String clusterId = CommandBenchmarks.createRunningCluster(raw, "b5", workers, workers > 0 ? "m5d.large" : "i3.xlarge");
            System.out.println(String.format(Locale.ROOT, "RUNNING_S %.2f", (System.nanoTime() - creating) / 1e9));
            try (CamelContext camel = new DefaultCamelContext()) {
                DatabricksComponent component = new DatabricksComponent();
                component.getConfiguration().setHost(local.url());
                component.getConfiguration().setToken(local.token());
                camel.addComponent("databricks", component);
                camel.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:first").to("databricks:command?lang=scala&clusterId=" + clusterId);
                    }
                });
                camel.start();
                String result = camel.createProducerTemplate().requestBody("direct:first", "sc.parallelize(1 to 10).collect", String.class);
                System.out.println("FIRST_RESULT " + result);
                System.out.println(String.format(Locale.ROOT, "IN_PROCESS_S %.2f", (System.nanoTime() - start) / 1e9));
                System.out.flush();
            }
        }
        System.exit(0);
    }
}
