package dev.lakeroute.examples.workflows;

import org.apache.camel.builder.RouteBuilder;

import dev.lakeroute.camel.databricks.workflow.DatabricksWorkflow;

/**
 * routes/task-group.yaml: three dependent python tasks declared with {@link DatabricksWorkflow}, kept as one job,
 * run and repaired once → a file with each task's result.
 */
public class TaskGroupRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:task-group?period={{task-group.period:86400000}}").routeId("task-group")
                .process(e -> {
                    String cluster = e.getContext().resolvePropertyPlaceholders("{{databricks.cluster-id}}");
                    String scripts = e.getContext().resolvePropertyPlaceholders("{{task-group.scripts:dbfs:/FileStore/task-group}}");
                    e.getMessage().setBody(DatabricksWorkflow
                            .named(e.getContext().resolvePropertyPlaceholders("{{task-group.job-name:camel-task-group}}"))
                            .existingCluster(cluster).maxConcurrentRuns(1)
                            .task("extract").pythonFile(scripts + "/extract.py")
                            .task("transform").pythonFile(scripts + "/transform.py").dependsOn("extract")
                            .task("report").pythonFile(scripts + "/report.py").dependsOn("transform").runIf("ALL_SUCCESS")
                            .build());
                })
                .to("databricks:workflow?repairAttempts={{task-group.repair-attempts:1}}&cancelPreviousRuns=true")
                .log("Workflow run ${header.CamelDatabricksRunId} of job ${header.CamelDatabricksJobId} succeeded: ${header.CamelDatabricksRunPageUrl}")
                .setBody(simple("job ${header.CamelDatabricksJobId} run ${header.CamelDatabricksRunId}\n"
                                + "extract ${body[extract][result_state]}\ntransform ${body[transform][result_state]}\n"
                                + "report ${body[report][result_state]}\n"))
                .to("file:{{task-group.out-dir:target/task-group}}?fileName=run-${header.CamelDatabricksRunId}.txt");
    }
}
