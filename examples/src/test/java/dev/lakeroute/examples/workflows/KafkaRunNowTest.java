package dev.lakeroute.examples.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;

/**
 * kafka-run-now: one run per Kafka message, with the message's parameters, its outcome on the reply topic;
 * a redelivered message (the whole topic read again by a new consumer group) starts no second run.
 */
class KafkaRunNowTest extends WorkflowTestSupport {

    @RegisterExtension
    static final DatabricksLocalExtension LOCAL = DatabricksLocalExtension.perJvm();

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void broker() throws Exception {
        kafka = EmbeddedKafka.start();
    }

    @AfterAll
    static void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Override
    protected DatabricksLocalExtension local() {
        return LOCAL;
    }

    @ParameterizedTest
    @EnumSource(Dsl.class)
    @SuppressWarnings("unchecked")
    void eachMessageStartsExactlyOneRunEvenWhenRedelivered(Dsl dsl) throws Exception {
        long jobId = ((Number) call("databricks:jobs/create", Map.of("name", "kafka-run-now-" + dsl,
                "parameters", List.of(Map.of("name", "day", "default", "none")),
                "tasks", List.of(Map.of("task_key", "check",
                        "condition_task", Map.of("op", "EQUAL_TO", "left", "{{job.parameters.day}}", "right", "{{job.parameters.day}}")))))
                .get("job_id")).longValue();
        String requests = "run-requests-" + dsl;
        String replies = "run-replies-" + dsl;
        Map<String, String> props = new HashMap<>(Map.of("kafka.brokers", kafka.bootstrapServers(),
                "kafka.poll-timeout-ms", "500", "kafka-run-now.job-id", String.valueOf(jobId),
                "kafka-run-now.topic", requests, "kafka-run-now.reply-topic", replies,
                "kafka-run-now.group-id", "first-" + dsl));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kafka:" + replies + "?brokers=" + kafka.bootstrapServers() + "&groupId=test-" + dsl
                     + "&autoOffsetReset=earliest&pollTimeoutMs=500").routeId("replies").to("mock:replies");
            }
        });
        MockEndpoint replyMock = getMockEndpoint("mock:replies");
        for (int day = 1; day <= 3; day++) {
            template.sendBody("kafka:" + requests + "?brokers=" + kafka.bootstrapServers(), "{\"day\": \"2025-01-0" + day + "\"}");
        }
        start(dsl, "kafka-run-now.yaml", new KafkaRunNowRoutes(), props);
        await().atMost(Duration.ofSeconds(60)).until(() -> replyMock.getReceivedCounter() == 3);

        // Redelivery: a new consumer group reads the same messages (same topic/partition/offset) again.
        context.getRouteController().stopRoute("kafka-run-now");
        context.removeRoute("kafka-run-now");
        props.put("kafka-run-now.group-id", "second-" + dsl);
        start(dsl, "kafka-run-now.yaml", new KafkaRunNowRoutes(), props);
        await().atMost(Duration.ofSeconds(60)).until(() -> replyMock.getReceivedCounter() == 6);

        List<String> bodies = replyMock.getExchanges().stream().map(x -> x.getMessage().getBody(String.class)).toList();
        assertThat(bodies).allSatisfy(b -> assertThat(b).contains("\"result_state\": \"SUCCESS\""));
        Set<String> runIds = bodies.stream().map(b -> b.replaceAll(".*\"run_id\": (\\d+).*", "$1")).collect(Collectors.toSet());
        assertThat(runIds).hasSize(3);

        List<Map<String, Object>> runs = (List<Map<String, Object>>) (List<?>) template.requestBody(
                "databricks:jobs/runs/list?paginate=true&jobId=" + jobId, null, List.class);
        assertThat(runs).hasSize(3);
        Set<Object> days = runs.stream().map(r -> ((List<Map<String, Object>>) r.get("job_parameters")).stream()
                .filter(p -> "day".equals(p.get("name"))).findFirst().orElseThrow().get("value")).collect(Collectors.toSet());
        assertThat(days).containsExactlyInAnyOrder("2025-01-01", "2025-01-02", "2025-01-03");
    }
}
