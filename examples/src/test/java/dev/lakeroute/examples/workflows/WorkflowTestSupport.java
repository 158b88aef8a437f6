package dev.lakeroute.examples.workflows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;

import dev.lakeroute.camel.databricks.DatabricksComponent;
import dev.lakeroute.camel.databricks.auth.DatabricksEnvironment;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;

/**
 * A workflow test: a CamelContext whose databricks component points at the JVM's databricks-local, with the
 * workflow's properties, running either the real YAML file from ../routes or the Java DSL class.
 */
abstract class WorkflowTestSupport extends CamelTestSupport {

    /** Where the YAML workflows live, relative to this module. */
    static final Path ROUTES = Path.of("..", "routes").toAbsolutePath().normalize();

    enum Dsl { YAML, JAVA }

    /** The server this test runs against. */
    protected abstract DatabricksLocalExtension local();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        DatabricksComponent databricks = new DatabricksComponent();
        databricks.getConfiguration().setHost(local().url());
        databricks.getConfiguration().setToken(local().token());
        databricks.getConfiguration().setPollInterval(200);
        databricks.getConfiguration().setMaxPollInterval(1000);
        databricks.setEnvironment(DatabricksEnvironment.of(Map.of("HOME", Files.createTempDirectory("home").toString())));
        context.addComponent("databricks", databricks);
        return context;
    }

    /** Starts the workflow: the YAML file as it is in routes/, or its Java DSL twin. */
    protected void start(Dsl dsl, String yamlFile, RoutesBuilder java, Map<String, String> properties) throws Exception {
        Properties props = new Properties();
        props.putAll(properties);
        context.getPropertiesComponent().setOverrideProperties(props);
        if (dsl == Dsl.YAML) {
            PluginHelper.getRoutesLoader(context).loadRoutes(
                    ResourceHelper.resolveMandatoryResource(context, "file:" + ROUTES.resolve(yamlFile)));
        } else {
            context.addRoutes(java);
        }
    }

    @SuppressWarnings("unchecked")
    protected Map<String, Object> call(String uri, Object body) {
        return template.requestBody(uri, body, Map.class);
    }
}
