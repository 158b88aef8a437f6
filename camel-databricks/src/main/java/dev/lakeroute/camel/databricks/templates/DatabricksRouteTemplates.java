package dev.lakeroute.camel.databricks.templates;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.Resource;
import org.apache.camel.spi.RoutesLoader;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/**
 * The route templates this jar ships (YAML, under {@code camel-databricks/templates/}), the building blocks
 * Kamelets would be: camel-main finds them with
 * {@code camel.main.routesIncludePattern=classpath:camel-databricks/templates/*.yaml}; Java code adds them with
 * {@link #addTo(CamelContext)} and instantiates one with {@code TemplatedRouteBuilder}. Reading them needs
 * camel-yaml-dsl, as any YAML route does.
 */
public final class DatabricksRouteTemplates {

    /** Triggers a job for every message and waits for its run. */
    public static final String RUN_SINK = "databricks-run-sink";
    /** Runs a SQL statement on a schedule and sends each row on. */
    public static final String SQL_SOURCE = "databricks-sql-source";
    /** Runs the message's code on a cluster (API 1.2) and replies with the result. */
    public static final String COMMAND_ACTION = "databricks-command-action";
    /** Uploads each file of a directory to DBFS and runs a job on it. */
    public static final String FILE_TO_JOB = "databricks-file-to-job";

    public static final List<String> ALL = List.of(RUN_SINK, SQL_SOURCE, COMMAND_ACTION, FILE_TO_JOB);

    private static final String LOCATION = "classpath:camel-databricks/templates/";

    private DatabricksRouteTemplates() {
    }

    /** Adds every template to the context (none is instantiated). */
    public static void addTo(CamelContext context) throws Exception {
        RoutesLoader loader = PluginHelper.getRoutesLoader(context);
        for (String id : ALL) {
            Resource resource = ResourceHelper.resolveMandatoryResource(context, LOCATION + id + ".yaml");
            try {
                loader.loadRoutes(resource);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Cannot read the route template " + id + " (" + resource.getLocation()
                        + "): YAML route templates need camel-yaml-dsl on the classpath", e);
            }
        }
    }
}
