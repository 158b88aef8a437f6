package dev.lakeroute.examples.workflows;

import org.apache.camel.builder.RouteBuilder;

/** routes/command.yaml: timer → Scala code on a cluster (databricks:command) → log and a result file. */
public class CommandRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:command?period={{command.period:60000}}").routeId("command")
                .setBody(constant("{{command.code:sc.parallelize(1 to 10).collect}}"))
                .to("databricks:command?clusterId={{databricks.cluster-id}}&lang=scala&autoStart=true&commandTimeout=5m")
                .log("${body}")
                .to("file:{{command.out-dir:target/command-results}}?fileName=result-${date:now:yyyyMMdd-HHmmss-SSS}.txt");
    }
}
