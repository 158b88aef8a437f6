package dev.lakeroute.examples;

import dev.lakeroute.camel.databricks.DatabricksComponent;
import dev.lakeroute.dblocal.DatabricksLocal;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.main.Main;

import java.util.Map;

/**
 * What the YAML workflows expect to exist, made on a fresh databricks-local with the component itself:
 * a RUNNING cluster ({@code databricks.cluster-id}) and, for the SQL report, a SQL warehouse
 * ({@code databricks.warehouse-id}). Values the user gave as system properties are kept.
 */
final class LocalWorkspaceSetup {
    private final DatabricksLocal local;

    LocalWorkspaceSetup(DatabricksLocal local) {
        this.local = local;
    }

    /** @param routes the workflows asked for: a warehouse (a Spark driver of its own) only when one needs it */
    void provide(Main main, String routes) throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            DatabricksComponent databricks = new DatabricksComponent();
            databricks.getConfiguration().setHost(local.url());
            databricks.getConfiguration().setToken(local.token());
            camel.addComponent("databricks", databricks);
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            if (System.getProperty("databricks.cluster-id") == null) {
                System.out.println("Creating a cluster for the workflows and waiting until it is RUNNING…");
                Map<?, ?> cluster = template.requestBody("databricks:clusters/create?sparkVersion=latest-lts&waitForState=RUNNING",
                        "{\"cluster_name\": \"workflows\", \"node_type_id\": \"i3.xlarge\", \"num_workers\": 0}", Map.class);
                main.addInitialProperty("databricks.cluster-id", String.valueOf(cluster.get("cluster_id")));
            }
            if (System.getProperty("databricks.warehouse-id") == null && routes.contains("sql-report")) {
                Map<?, ?> warehouse = template.requestBody("databricks:sql/warehouses/create",
                        "{\"name\": \"workflows\", \"cluster_size\": \"2X-Small\", \"auto_stop_mins\": 10}", Map.class);
                main.addInitialProperty("databricks.warehouse-id", String.valueOf(warehouse.get("id")));
            }
        }
    }
}
