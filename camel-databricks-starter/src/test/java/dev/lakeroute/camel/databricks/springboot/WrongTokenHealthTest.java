package dev.lakeroute.camel.databricks.springboot;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same application with a token the workspace refuses: {@code /actuator/health} is DOWN (503) because the
 * workspace's check is, says why, and shows neither the wrong token nor the right one.
 */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.endpoints.web.exposure.include=health",
        "management.endpoint.health.show-details=always",
        "camel.component.databricks.token=" + WrongTokenHealthTest.WRONG_TOKEN
})
class WrongTokenHealthTest {

    static final String WRONG_TOKEN = "dapi-wrong-token-for-the-starter-0123456789";

    @RegisterExtension
    static final DatabricksLocalExtension LOCAL = DatabricksLocalExtension.perJvm();

    @DynamicPropertySource
    static void workspace(DynamicPropertyRegistry registry) {
        registry.add("camel.component.databricks.host", LOCAL::url);
    }

    @LocalServerPort
    int port;

    @Test
    void actuatorHealthIsDownWithTheReasonAndNoToken() throws Exception {
        ActuatorHealth health = ActuatorHealth.of(port);

        assertThat(health.status()).as(health.body()).isEqualTo(503);
        assertThat(health.json().path("status").asText()).isEqualTo("DOWN");
        String check = "databricks:" + DatabricksStarterTest.authority(LOCAL.url());
        JsonNode camelHealth = health.camel();
        assertThat(camelHealth.path(check).asText()).as(health.body()).isEqualTo("DOWN");
        assertThat(camelHealth.path(check + ".data").path("databricks.failure").asText()).isEqualTo("permission_denied");
        assertThat(health.body()).doesNotContain(WRONG_TOKEN).doesNotContain(LOCAL.token());
    }
}
