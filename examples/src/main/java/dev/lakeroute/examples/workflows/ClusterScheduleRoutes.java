package dev.lakeroute.examples.workflows;

import org.apache.camel.builder.RouteBuilder;

/** routes/cluster-schedule.yaml: cluster up with N workers at 07:00 (start if terminated, then resize), terminated at 20:00. */
public class ClusterScheduleRoutes extends RouteBuilder {

    static final String CLUSTER = "{{databricks.cluster-id}}";
    static final String WORKERS = "{{cluster-schedule.workers:2}}";

    @Override
    public void configure() {
        from("quartz:cluster-schedule/start?cron={{cluster-schedule.start-cron:0+0+7+*+*+?}}").routeId("cluster-schedule-start")
                .to("databricks:clusters/get?clusterId=" + CLUSTER)
                .choice()
                    .when(simple("${body[state]} == 'TERMINATED'"))
                        .log("Starting cluster " + CLUSTER + " and waiting until it is RUNNING")
                        .setBody(constant("{}"))
                        .to("databricks:clusters/start?waitForState=RUNNING&clusterId=" + CLUSTER)
                .end()
                .log("Resizing cluster " + CLUSTER + " to " + WORKERS + " workers")
                .setBody(simple("{\"num_workers\": " + WORKERS + "}"))
                .to("databricks:clusters/resize?waitForState=RUNNING&clusterId=" + CLUSTER)
                .log("Cluster " + CLUSTER + " is ${header.CamelDatabricksClusterState} with " + WORKERS + " workers");

        from("quartz:cluster-schedule/stop?cron={{cluster-schedule.stop-cron:0+0+20+*+*+?}}").routeId("cluster-schedule-stop")
                .log("Terminating cluster " + CLUSTER)
                .setBody(constant("{}"))
                .to("databricks:clusters/delete?waitForState=TERMINATED&clusterId=" + CLUSTER)
                .log("Cluster " + CLUSTER + " is ${header.CamelDatabricksClusterState}");
    }
}
