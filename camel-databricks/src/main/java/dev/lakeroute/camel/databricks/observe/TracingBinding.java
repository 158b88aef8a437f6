package dev.lakeroute.camel.databricks.observe;

import org.apache.camel.CamelContext;

/**
 * Finds the application's tracing, if it has any: the OpenTelemetry API on the classpath. It is an optional
 * dependency, so its presence is checked by name first and the tracing package (the only code that refers to
 * OpenTelemetry's types) is loaded only after that.
 */
public final class TracingBinding {

    static final String OPEN_TELEMETRY = "io.opentelemetry.api.OpenTelemetry";

    private TracingBinding() {
    }

    /** The tracer for {@code context}: OpenTelemetry's when its API is there, else {@link ExchangeTracer#NONE}. */
    public static ExchangeTracer find(CamelContext context) {
        try {
            Class.forName(OPEN_TELEMETRY, false, TracingBinding.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError absent) {
            return ExchangeTracer.NONE;
        }
        return dev.lakeroute.camel.databricks.tracing.OpenTelemetryTracer.bind(context);
    }
}
