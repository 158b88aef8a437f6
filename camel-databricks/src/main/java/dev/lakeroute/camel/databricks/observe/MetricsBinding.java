package dev.lakeroute.camel.databricks.observe;

import org.apache.camel.CamelContext;

/**
 * Finds the application's metrics, if it has any: Micrometer on the classpath and a MeterRegistry in the
 * Camel registry. Micrometer is an optional dependency, so its presence is checked by name first and the
 * metrics package (the only code that refers to Micrometer's types) is loaded only after that.
 */
public final class MetricsBinding {

    static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";

    private MetricsBinding() {
    }

    /** The metrics observer for {@code context}, or null without Micrometer or without a MeterRegistry. */
    public static DatabricksObserver find(CamelContext context) {
        if (!micrometerPresent()) {
            return null;
        }
        return dev.lakeroute.camel.databricks.metrics.MicrometerObserver.bind(context);
    }

    static boolean micrometerPresent() {
        try {
            Class.forName(METER_REGISTRY, false, MetricsBinding.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
