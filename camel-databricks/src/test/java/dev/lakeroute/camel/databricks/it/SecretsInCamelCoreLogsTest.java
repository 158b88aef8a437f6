package dev.lakeroute.camel.databricks.it;

import java.util.List;
import java.util.Map;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksComponent;
import dev.lakeroute.camel.databricks.auth.DatabricksEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Camel itself logs of a token, depending on where the token is configured; the README's security section
 * says the same. The component never logs credentials (SecretsNeverLeakTest), but Camel core logs endpoint URIs
 * raw at TRACE and resolved property values at DEBUG. If a Camel upgrade makes one of the "Camel logs it" tests
 * fail, Camel has started masking there: update the README.
 */
class SecretsInCamelCoreLogsTest extends DatabricksLocalTestSupport {

    @Test
    void tokenInTheEndpointUriIsLoggedRawByCamelCoreAtTraceOnly() {
        try (LogCapture capture = LogCapture.everything(Level.TRACE)) {
            call("databricks:clusters/list?token=" + LOCAL.token(), null);
            call("databricks:jobs/list?token=RAW(" + LOCAL.token() + ")", null);

            List<String> leaks = capture.linesContaining(LOCAL.token());
            assertThat(leaks).as("Camel core logs the raw URI (RAW() included) when it creates the endpoint")
                    .anyMatch(line -> line.startsWith("TRACE org.apache.camel.impl.engine.AbstractCamelContext Getting endpoint with uri"))
                    .allMatch(line -> line.startsWith("TRACE org.apache.camel."));
        }
    }

    @Test
    void placeholderValueIsLoggedByCamelsPropertiesComponentAtDebug() {
        context.getPropertiesComponent().addInitialProperty("databricks.token", LOCAL.token());
        try (LogCapture capture = LogCapture.everything(Level.TRACE)) {
            call("databricks:clusters/list?token={{databricks.token}}", null);

            List<String> leaks = capture.linesContaining(LOCAL.token());
            assertThat(leaks).as("Camel logs what a placeholder resolved to")
                    .anyMatch(line -> line.startsWith("DEBUG org.apache.camel.component.properties.DefaultPropertiesParser Found property"))
                    .allMatch(line -> line.startsWith("TRACE org.apache.camel.") || line.startsWith("DEBUG org.apache.camel."));
        }
    }

    @Test
    void camelMainLogsComponentPropertiesAtDebugAndMasksThemAtInfo() throws Exception {
        try (LogCapture capture = LogCapture.everything(Level.TRACE)) {
            Main main = new Main();
            main.configure().addRoutesBuilder(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:list").to("databricks:clusters/list");
                }
            });
            main.addInitialProperty("camel.component.databricks.host", LOCAL.url());
            main.addInitialProperty("camel.component.databricks.token", LOCAL.token());
            main.start();
            try {
                Object clusters = main.getCamelContext().createProducerTemplate().requestBody("direct:list", (Object) null);
                assertThat(clusters).isInstanceOf(Map.class);
            } finally {
                main.stop();
            }

            List<String> leaks = capture.linesContaining(LOCAL.token());
            assertThat(leaks).as("camel-main lists the properties it applies at DEBUG")
                    .anyMatch(line -> line.startsWith("DEBUG org.apache.camel.main.MainHelper Configured property: camel.component.databricks.token="))
                    .allMatch(line -> line.startsWith("TRACE org.apache.camel.") || line.startsWith("DEBUG org.apache.camel."));
            assertThat(capture.linesContaining("camel.component.databricks.token = xxxxxx")).as("its summary masks the value")
                    .isNotEmpty();
        }
    }

    @Test
    void tokenFromTheEnvironmentOrSetInJavaNeverReachesAnyLogLine() {
        try (LogCapture capture = LogCapture.everything(Level.TRACE)) {
            // Set in Java (DatabricksLocalTestSupport: component.getConfiguration().setToken(...)).
            call("databricks:clusters/list", null);

            // DATABRICKS_HOST / DATABRICKS_TOKEN, read by the component's own credential chain, not by Camel.
            DatabricksComponent fromEnvironment = new DatabricksComponent();
            fromEnvironment.setEnvironment(DatabricksEnvironment.of(Map.of("DATABRICKS_HOST", LOCAL.url(),
                    "DATABRICKS_TOKEN", LOCAL.token(), "HOME", emptyHome().toString())));
            context.addComponent("databricks-env", fromEnvironment);
            call("databricks-env:clusters/list", null);

            assertThat(capture.lines).as("TRACE logging happened").hasSizeGreaterThan(50);
            assertThat(capture.linesContaining(LOCAL.token())).isEmpty();
        }
    }
}
