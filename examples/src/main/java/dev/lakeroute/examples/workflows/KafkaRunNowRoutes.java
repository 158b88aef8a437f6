package dev.lakeroute.examples.workflows;

import org.apache.camel.builder.RouteBuilder;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksRunFailedException;

/**
 * routes/kafka-run-now.yaml: a Kafka message (JSON job parameters) → jobs/run-now exactly once per message
 * (idempotency token = topic/partition/offset) → the outcome on a reply topic.
 */
public class KafkaRunNowRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("kafka:{{kafka-run-now.topic:databricks-run-requests}}?brokers={{kafka.brokers}}"
             + "&groupId={{kafka-run-now.group-id:camel-databricks-run-now}}&autoOffsetReset=earliest"
             + "&pollTimeoutMs={{kafka.poll-timeout-ms:5000}}").routeId("kafka-run-now")
                .setHeader(DatabricksConstants.IDEMPOTENCY_TOKEN,
                        simple("kafka:${header.CamelKafkaTopic}:${header.CamelKafkaPartition}:${header.CamelKafkaOffset}"))
                .setBody(simple("{\"job_parameters\": ${body}}"))
                .doTry()
                    .to("databricks:jobs/run-now?jobId={{kafka-run-now.job-id}}")
                    .setBody(simple("{\"request_offset\": ${header.CamelKafkaOffset}, \"run_id\": ${header.CamelDatabricksRunId}, "
                                    + "\"result_state\": \"${header.CamelDatabricksRunResultState}\", "
                                    + "\"run_page_url\": \"${header.CamelDatabricksRunPageUrl}\"}"))
                .doCatch(DatabricksRunFailedException.class)
                    .setBody(simple("{\"request_offset\": ${header.CamelKafkaOffset}, \"run_id\": ${exception.runId}, "
                                    + "\"result_state\": \"${exception.resultState}\", \"run_page_url\": \"${exception.runPageUrl}\"}"))
                .end()
                .log("offset ${header.CamelKafkaOffset} -> ${body}")
                .to("kafka:{{kafka-run-now.reply-topic:databricks-run-results}}?brokers={{kafka.brokers}}");
    }
}
