package dev.lakeroute.camel.databricks.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.DatabricksEndpoint;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code toD} with per-message ids shares one endpoint (the component's SendDynamicAware), against databricks-local
 * over HTTP: each message still reaches its own job, and options that cannot move off the URI keep their errors.
 */
class DynamicUriTest extends DatabricksLocalTestSupport {

    @BeforeEach
    void routes() throws Exception {
        if (context.getRoute("jobById") != null) {
            return;
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:jobById").routeId("jobById").toD("databricks:jobs/get?jobId=${header.job}");
                from("direct:wrongField").routeId("wrongField").toD("databricks:clusters/get?jobId=${header.job}");
            }
        });
    }

    @Test
    void oneEndpointServesEveryJobIdAndEachMessageGetsItsOwnJob() {
        List<Long> jobs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> created = map("databricks:jobs/create", Map.of("name", "dynamic-" + i));
            jobs.add(((Number) created.get("job_id")).longValue());
        }
        long before = jobsGetEndpoints();

        for (int i = 0; i < jobs.size(); i++) {
            long job = jobs.get(i);
            Exchange answer = template.request("direct:jobById", e -> e.getMessage().setHeader("job", job));

            assertThat(answer.getException()).isNull();
            Map<?, ?> body = answer.getMessage().getBody(Map.class);
            assertThat(((Number) body.get("job_id")).longValue()).isEqualTo(job);
            assertThat(((Map<?, ?>) body.get("settings")).get("name")).isEqualTo("dynamic-" + i);
            assertThat(answer.getMessage().getHeaders()).doesNotContainKey(DatabricksConstants.REQUEST_FIELDS);
        }

        assertThat(jobsGetEndpoints() - before).as("databricks:jobs/get endpoints created for three job ids").isEqualTo(1);
    }

    @Test
    void aPerMessageValueOfTheWrongTypeNamesTheOptionAndTheTypeItNeeds() {
        Exchange answer = template.request("direct:jobById", e -> e.getMessage().setHeader("job", "forty-two"));

        assertThat(answer.getException()).isInstanceOf(DatabricksConfigurationException.class)
                .hasMessageContaining("jobId").hasMessageContaining("forty-two").hasMessageContaining("Long");
    }

    @Test
    void anOptionThatIsNotAFieldOfTheOperationStaysOnTheUriAndIsReportedThere() {
        Exchange answer = template.request("direct:wrongField", e -> e.getMessage().setHeader("job", 7));

        assertThat(answer.getException()).hasMessageContaining("jobId").hasMessageContaining("is not a field of clusters/get");
    }

    @Test
    void theHeaderCanBeSetByTheRouteItself() {
        Map<String, Object> created = map("databricks:jobs/create", Map.of("name", "by-header"));
        Object job = created.get("job_id");

        Exchange answer = template.request("direct:call", e -> {
            e.getMessage().setHeader("databricksUri", "databricks:jobs/get");
            e.getMessage().setHeader(DatabricksConstants.REQUEST_FIELDS, Map.of("jobId", String.valueOf(job)));
        });

        assertThat(answer.getException()).isNull();
        assertThat(((Map<?, ?>) answer.getMessage().getBody(Map.class).get("settings")).get("name")).isEqualTo("by-header");
    }

    private long jobsGetEndpoints() {
        return context.getEndpoints().stream().filter(DatabricksEndpoint.class::isInstance).map(Endpoint::getEndpointUri)
                .filter(uri -> uri.startsWith("databricks://jobs/get") || uri.startsWith("databricks:jobs/get")).count();
    }
}
