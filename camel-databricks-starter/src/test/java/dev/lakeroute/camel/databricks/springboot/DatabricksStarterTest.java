package dev.lakeroute.camel.databricks.springboot;

import java.net.URI;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.lakeroute.camel.databricks.DatabricksComponent;
import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot application with the starter, configured by {@code camel.component.databricks.*} properties only,
 * against databricks-local: the properties reach the component, its routes call the workspace, and
 * {@code /actuator/health} lists the workspace's readiness check UP, without the token.
 */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.endpoints.web.exposure.include=health",
        "management.endpoint.health.show-details=always",
        // Camel lists UP checks only at exposure level full; at its default, only the DOWN ones.
        "camel.health.exposure-level=full",
        "camel.component.databricks.wait-timeout=90s",
        "camel.component.databricks.max-retries=1",
        "camel.component.databricks.rate-limit=50",
        "camel.component.databricks.context-policy=per_exchange",
        "camel.component.databricks.health-check-interval=1000"
})
class DatabricksStarterTest {

    @RegisterExtension
    static final DatabricksLocalExtension LOCAL = DatabricksLocalExtension.perJvm();

    @DynamicPropertySource
    static void workspace(DynamicPropertyRegistry registry) {
        registry.add("camel.component.databricks.host", LOCAL::url);
        registry.add("camel.component.databricks.token", LOCAL::token);
    }

    @LocalServerPort
    int port;
    @Autowired
    CamelContext camel;
    @Autowired
    ProducerTemplate template;

    @Test
    void propertiesConfigureTheComponent() {
        DatabricksConfiguration configuration = camel.getComponent("databricks", DatabricksComponent.class).getConfiguration();
        assertThat(configuration.getHost()).isEqualTo(LOCAL.url());
        assertThat(configuration.getWaitTimeout()).as("90s in milliseconds").isEqualTo(90_000);
        assertThat(configuration.getMaxRetries()).isEqualTo(1);
        assertThat(configuration.getRateLimit()).isEqualTo(50.0);
        assertThat(configuration.getContextPolicy()).as("the component's own spelling").isEqualTo("perExchange");
        assertThat(configuration.getPollInterval()).as("unset: the component's default").isEqualTo(1000);
        assertThat(camel.getComponent("databricks", DatabricksComponent.class).getHealthCheckInterval()).isEqualTo(1000);
    }

    @Test
    void routesCallTheWorkspace() {
        Map<?, ?> created = template.requestBody("direct:createJob", Map.of("name", "starter-job"), Map.class);
        Object jobId = created.get("job_id");
        assertThat(jobId).isNotNull();

        Map<?, ?> job = template.requestBody("direct:getJob", Map.of("job_id", jobId), Map.class);
        assertThat(job.get("job_id")).isEqualTo(jobId);
        assertThat(((Map<?, ?>) job.get("settings")).get("name")).isEqualTo("starter-job");
    }

    @Test
    void actuatorHealthListsTheWorkspaceCheckUp() throws Exception {
        ActuatorHealth health = ActuatorHealth.of(port);

        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        JsonNode camelHealth = health.camel();
        String check = "databricks:" + authority(LOCAL.url());
        assertThat(camelHealth.path(check).asText()).as(health.body()).isEqualTo("UP");
        assertThat(health.body()).doesNotContain(LOCAL.token());
    }

    static String authority(String url) {
        URI uri = URI.create(url);
        return uri.getHost() + ":" + uri.getPort();
    }
}
