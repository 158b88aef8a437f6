package dev.lakeroute.camel.databricks.tracing;

import java.util.Map;
import java.util.Set;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.observe.ExchangeTracer;

/**
 * A CLIENT span per Databricks step, through the OpenTelemetry API: the application's {@link OpenTelemetry}
 * bean from the Camel registry, else {@link GlobalOpenTelemetry} (the Java agent's or the SDK's
 * autoconfiguration; a no-op until one is installed). The parent is the span current on the calling thread,
 * else the one a W3C {@code traceparent} header on the message names, so a trace that came in over Kafka or
 * HTTP goes on through Databricks. The ids the step produced become attributes when it ends.
 */
public final class OpenTelemetryTracer implements ExchangeTracer {

    static final String INSTRUMENTATION = "dev.lakeroute.camel-databricks";
    static final AttributeKey<String> OPERATION = AttributeKey.stringKey("databricks.operation");
    static final AttributeKey<String> SERVER = AttributeKey.stringKey("server.address");
    static final AttributeKey<String> EXCHANGE = AttributeKey.stringKey("camel.exchange.id");
    /** Header → attribute: what a step tells about the work it started or touched. */
    static final Map<String, AttributeKey<String>> IDS = Map.of(
            DatabricksConstants.RUN_ID, AttributeKey.stringKey("databricks.run_id"),
            DatabricksConstants.JOB_ID, AttributeKey.stringKey("databricks.job_id"),
            DatabricksConstants.STATEMENT_ID, AttributeKey.stringKey("databricks.statement_id"),
            DatabricksConstants.COMMAND_ID, AttributeKey.stringKey("databricks.command_id"),
            DatabricksConstants.CONTEXT_ID, AttributeKey.stringKey("databricks.context_id"),
            DatabricksConstants.CLUSTER_ID, AttributeKey.stringKey("databricks.cluster_id"),
            DatabricksConstants.REQUEST_ID, AttributeKey.stringKey("databricks.request_id"),
            DatabricksConstants.RUN_RESULT_STATE, AttributeKey.stringKey("databricks.run.result_state"));

    private static final TextMapGetter<Message> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Message message) {
            return message.getHeaders().keySet();
        }

        @Override
        public String get(Message message, String key) {
            return message == null ? null : message.getHeader(key, String.class);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    OpenTelemetryTracer(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer(INSTRUMENTATION);
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    public static ExchangeTracer bind(CamelContext context) {
        Set<OpenTelemetry> beans = context.getRegistry().findByType(OpenTelemetry.class);
        return new OpenTelemetryTracer(beans.size() == 1 ? beans.iterator().next() : GlobalOpenTelemetry.get());
    }

    @Override
    public TracedStep start(Exchange exchange, String operation, String host) {
        Context parent = Context.current();
        if (!Span.fromContext(parent).getSpanContext().isValid()) {
            parent = propagator.extract(parent, exchange.getMessage(), HEADERS);
        }
        Span span = tracer.spanBuilder("databricks " + operation).setParent(parent).setSpanKind(SpanKind.CLIENT)
                .setAttribute(OPERATION, operation).setAttribute(SERVER, host)
                .setAttribute(EXCHANGE, exchange.getExchangeId()).startSpan();
        return done -> end(span, done);
    }

    private static void end(Span span, Exchange exchange) {
        Message message = exchange.getMessage();
        IDS.forEach((header, attribute) -> {
            Object value = message.getHeader(header);
            if (value != null) {
                span.setAttribute(attribute, String.valueOf(value));
            }
        });
        Exception failure = exchange.getException();
        if (failure != null) {
            // The component's exceptions carry no credential (see "Secrets and logs"), so the message may go.
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
        }
        span.end();
    }
}
