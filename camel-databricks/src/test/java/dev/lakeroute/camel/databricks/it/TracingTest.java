package dev.lakeroute.camel.databricks.it;

import java.util.List;
import java.util.Map;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spans through the OpenTelemetry API, read from an in-memory exporter: one CLIENT span per Databricks step,
 * parented on the caller's span (or the message's traceparent), with the ids the step produced.
 */
class TracingTest extends DatabricksLocalTestSupport {

    private static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();
    private static final OpenTelemetrySdk OTEL = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(SPANS)).build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance())).build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("openTelemetry", OpenTelemetry.class, OTEL);
        return context;
    }

    @BeforeEach
    void clear() {
        SPANS.reset();
    }

    @AfterAll
    static void close() {
        OTEL.close();
    }

    @Test
    void aRunIsOneClientSpanUnderTheCallersSpanWithItsRunId() {
        String cluster = sharedCluster();
        call("databricks:dbfs/put?overwrite=true&path=/FileStore/it-tracing/ok.py", "print('traced')\n");
        Span order = OTEL.getTracer("test").spanBuilder("order 17").startSpan();
        Exchange done;
        try (Scope ignored = order.makeCurrent()) {
            done = exchange("databricks:jobs/runs/submit", Map.of("run_name", "it-tracing", "tasks", List.of(Map.of(
                    "task_key", "main", "existing_cluster_id", cluster,
                    "spark_python_task", Map.of("python_file", "dbfs:/FileStore/it-tracing/ok.py")))));
        } finally {
            order.end();
        }
        assertThat(done.getException()).isNull();

        SpanData span = only("databricks jobs/runs/submit");
        assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(span.getParentSpanId()).isEqualTo(order.getSpanContext().getSpanId());
        assertThat(span.getTraceId()).isEqualTo(order.getSpanContext().getTraceId());
        assertThat(span.getAttributes().get(AttributeKey.stringKey("databricks.operation"))).isEqualTo("jobs/runs/submit");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("server.address"))).isEqualTo(java.net.URI.create(LOCAL.url()).getAuthority());
        assertThat(span.getAttributes().get(AttributeKey.stringKey("databricks.run_id")))
                .isEqualTo(String.valueOf(done.getMessage().getHeader("CamelDatabricksRunId")));
        assertThat(span.getAttributes().get(AttributeKey.stringKey("databricks.run.result_state"))).isEqualTo("SUCCESS");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("databricks.request_id"))).isNotBlank();
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(span.toString()).doesNotContain(LOCAL.token());
    }

    @Test
    void aTraceparentHeaderParentsTheSpanAndAFailureMarksItAsError() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String parentId = "00f067aa0ba902b7";
        Exchange failed = template.request("direct:call", e -> {
            e.getMessage().setHeader("databricksUri", "databricks:clusters/get");
            e.getMessage().setHeader("traceparent", "00-" + traceId + "-" + parentId + "-01");
            e.getMessage().setBody(Map.of("cluster_id", "no-such-cluster"));
        });
        assertThat(failed.getException()).isNotNull();

        SpanData span = only("databricks clusters/get");
        assertThat(span.getTraceId()).isEqualTo(traceId);
        assertThat(span.getParentSpanId()).isEqualTo(parentId);
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(span.getEvents()).anySatisfy(event -> assertThat(event.getName()).isEqualTo("exception"));
    }

    private static SpanData only(String name) {
        List<SpanData> spans = SPANS.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).toList();
        assertThat(spans).as("spans named %s among %s", name, SPANS.getFinishedSpanItems()).hasSize(1);
        return spans.get(0);
    }
}
