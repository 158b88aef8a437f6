package dev.lakeroute.examples;

import org.apache.camel.builder.RouteBuilder;

/**
 * Databricks' Command Execution API (1.2) as one route: get a RUNNING cluster (an existing one from {@code databricks.cluster-id},
 * or a new one), run {@code sc.parallelize(1 to 10).collect} in a Scala context and a Spark SQL query in
 * a SQL context through {@code databricks:command}, print the results, and terminate the cluster if this
 * route created it.
 */
public class Api12ExampleRoutes extends RouteBuilder {
    private final Runnable whenDone;

    /** @param whenDone what to do once the example has run, e.g. stop the application */
    public Api12ExampleRoutes(Runnable whenDone) {
        this.whenDone = whenDone;
    }

    static final String SCALA = "sc.parallelize(1 to 10).collect";
    static final String SQL = "SELECT id, id * id AS square FROM range(1, 6) ORDER BY id";

    @Override
    public void configure() {
        onException(Exception.class).handled(true)
                .log(org.apache.camel.LoggingLevel.ERROR, "The example failed: ${exception.message}")
                .process(exchange -> whenDone.run());

        from("timer:api-1.2-example?repeatCount=1").routeId("api-1.2-example")
                .choice()
                    .when(simple("${properties:databricks.cluster-id:} != ''"))
                        .setHeader("CamelDatabricksClusterId", simple("${properties:databricks.cluster-id}"))
                        .log("Using cluster ${header.CamelDatabricksClusterId}; starting it if it is terminated")
                    .otherwise()
                        .log("Creating a cluster and waiting until it is RUNNING (the Spark driver starts; ~10-20 s locally)")
                        .setBody(simple("{\"cluster_name\": \"camel-databricks-example\", \"num_workers\": 0, "
                                // Single node, as Databricks spells it: no worker machines to wait for.
                                + "\"spark_conf\": {\"spark.databricks.cluster.profile\": \"singleNode\", \"spark.master\": \"local[*]\"}, "
                                + "\"custom_tags\": {\"ResourceClass\": \"SingleNode\"}, "
                                + "\"node_type_id\": \"{{databricks.node-type:i3.xlarge}}\", \"autotermination_minutes\": 30}"))
                        .to("databricks:clusters/create?sparkVersion=latest-lts&waitForState=RUNNING")
                        .setProperty("createdCluster", header("CamelDatabricksClusterId"))
                        .log("Cluster ${header.CamelDatabricksClusterId} is RUNNING")
                .end()
                .setProperty("cluster", header("CamelDatabricksClusterId"))

                .setBody(constant(SCALA))
                .log("scala> ${body}")
                .toD("databricks:command?lang=scala&autoStart=true&contextPolicy=perExchange&clusterId=${exchangeProperty.cluster}")
                .log("${body}")

                .setBody(constant(SQL))
                .log("sql> ${body}")
                .toD("databricks:command?lang=sql&contextPolicy=perExchange&clusterId=${exchangeProperty.cluster}")
                .split(body())
                    .log("  ${body}")
                .end()

                .filter(exchangeProperty("createdCluster").isNotNull())
                    .setBody(constant("{}"))
                    .log("Terminating cluster ${exchangeProperty.createdCluster}")
                    .toD("databricks:clusters/delete?waitForState=TERMINATED&clusterId=${exchangeProperty.createdCluster}")
                .end()
                .log("Done: Scala and SQL ran on cluster ${exchangeProperty.cluster} through the Command Execution API (1.2).")
                .process(exchange -> whenDone.run());
    }
}
