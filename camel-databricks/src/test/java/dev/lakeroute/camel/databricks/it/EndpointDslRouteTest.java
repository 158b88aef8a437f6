package dev.lakeroute.camel.databricks.it;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.dsl.DatabricksEndpointBuilderFactory.DatabricksBuilders;

import static dev.lakeroute.camel.databricks.dsl.DatabricksOperations.JOBS_RUN_NOW;
import static org.assertj.core.api.Assertions.assertThat;

/** A route written with the endpoint DSL runs a job on databricks-local and waits for it. */
class EndpointDslRouteTest extends DatabricksLocalTestSupport {

    @Test
    void routeBuiltWithTheEndpointDslRunsTheJobAndWaitsForIt() throws Exception {
        String cluster = sharedCluster();
        call("databricks:dbfs/put?overwrite=true&path=/FileStore/it-dsl/hello.py", "print('hello from the dsl')\n");
        Map<String, Object> job = map("databricks:jobs/create", Map.of("name", "it-dsl", "tasks", List.of(Map.of(
                "task_key", "main", "existing_cluster_id", cluster,
                "spark_python_task", Map.of("python_file", "dbfs:/FileStore/it-dsl/hello.py")))));
        long jobId = ((Number) job.get("job_id")).longValue();

        class DslRoutes extends EndpointRouteBuilder implements DatabricksBuilders {
            @Override
            public void configure() {
                from(direct("run-job")).routeId("dsl-run")
                        .to(databricks(JOBS_RUN_NOW).jobId(jobId).waitForCompletion(true).fetchOutput(true));
            }
        }
        context.addRoutes(new DslRoutes());

        Exchange run = template.request("direct:run-job", e -> e.getMessage().setBody(null));
        assertThat(run.getException()).isNull();
        assertThat(run.getMessage().getHeader(DatabricksConstants.RUN_RESULT_STATE)).isEqualTo("SUCCESS");
        assertThat(String.valueOf(run.getMessage().getBody(Map.class).get("logs"))).contains("hello from the dsl");
        assertThat(context.getRoute("dsl-run").getEndpoint().getEndpointUri()).isEqualTo("direct://run-job");
        assertThat(context.hasEndpoint("databricks://jobs/run-now?fetchOutput=true&jobId=" + jobId + "&waitForCompletion=true"))
                .isNotNull();
    }
}
