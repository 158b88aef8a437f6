package dev.lakeroute.examples.workflows;

import java.io.File;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;

/**
 * routes/run-sensor.yaml: the jobs/runs/list consumer emits each FAILED, TIMEDOUT or INTERNAL_ERROR run once
 * (remembered in a file, so a restart does not alert twice) → an ERROR log line and an alert file.
 */
public class RunSensorRoutes extends RouteBuilder {

    @Override
    public void configure() {
        String store = getContext().resolvePropertyPlaceholders("{{run-sensor.store:target/run-sensor.dat}}");
        bindToRegistry("runSensorRepository", FileIdempotentRepository.fileIdempotentRepository(new File(store), 10000));

        from("databricks:jobs/runs/list?resultState=FAILED,TIMEDOUT,INTERNAL_ERROR&since={{run-sensor.since:24h}}"
             + "&delay={{run-sensor.delay:30000}}&idempotentRepository=#runSensorRepository").routeId("run-sensor")
                .to("direct:run-alert");

        from("direct:run-alert").routeId("run-sensor-alert")
                .log(LoggingLevel.ERROR, "Run ${header.CamelDatabricksRunId} of job ${header.CamelDatabricksJobId} (${body[run_name]}) "
                                         + "ended ${header.CamelDatabricksRunResultState}: ${body[state][state_message]} - "
                                         + "${header.CamelDatabricksRunPageUrl}")
                .setBody(simple("run ${header.CamelDatabricksRunId} job ${header.CamelDatabricksJobId} ${header.CamelDatabricksRunResultState}\n"
                                + "${body[state][state_message]}\n${header.CamelDatabricksRunPageUrl}\n"))
                .to("file:{{run-sensor.alert-dir:target/alerts}}?fileName=run-${header.CamelDatabricksRunId}.txt");
    }
}
