package dev.lakeroute.benchmarks;

import dev.lakeroute.camel.databricks.DatabricksComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/** A Camel context named for the benchmark with a {@code databricks} component pointed at the server. */
final class Components {
    private Components() {
    }

    static CamelContext camel(String name, String url, String token) {
        DefaultCamelContext camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName(name);
        DatabricksComponent component = new DatabricksComponent();
        component.getConfiguration().setHost(url);
        component.getConfiguration().setToken(token);
        camel.addComponent("databricks", component);
        return camel;
    }

    /**
     * The component's own threads in a JVM: the Camel context's pools (named {@code Camel (<name>) thread #n - …},
     * the component's {@code DatabricksWorker} and {@code DatabricksScheduler}) and the HTTP clients' I/O threads.
     */
    static boolean isComponentThread(String contextName, String threadName) {
        return threadName.startsWith("Camel (" + contextName + ")") || threadName.contains("Databricks")
                || threadName.startsWith("requester-dispatch")
                || threadName.startsWith("I/O client dispatch") || threadName.startsWith("HttpClient-");
    }
}
