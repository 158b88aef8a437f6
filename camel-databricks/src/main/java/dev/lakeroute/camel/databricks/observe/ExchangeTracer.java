package dev.lakeroute.camel.databricks.observe;

import org.apache.camel.Exchange;

/**
 * Traces each exchange's Databricks step as one span, when the application traces (see {@link TracingBinding}).
 * Without tracing the component uses {@link #NONE}, which costs nothing per message.
 */
public interface ExchangeTracer {

    ExchangeTracer NONE = (exchange, operation, host) -> TracedStep.NONE;

    /**
     * @param operation the catalogue name or composite step ({@code jobs/run-now}, {@code command})
     * @param host      the workspace or accounts host the step calls (no credential in it)
     */
    TracedStep start(Exchange exchange, String operation, String host);

    /** One step being traced; {@link #end} is called exactly once, after the outcome is on the exchange. */
    interface TracedStep {
        TracedStep NONE = exchange -> {
        };

        void end(Exchange exchange);
    }
}
