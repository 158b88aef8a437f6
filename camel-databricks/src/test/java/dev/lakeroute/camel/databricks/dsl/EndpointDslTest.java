package dev.lakeroute.camel.databricks.dsl;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.EndpointProducerBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksEndpoint;
import dev.lakeroute.camel.databricks.TestComponents;

import static dev.lakeroute.camel.databricks.dsl.DatabricksEndpointBuilderFactory.databricks;
import static dev.lakeroute.camel.databricks.dsl.DatabricksOperations.COMMAND;
import static dev.lakeroute.camel.databricks.dsl.DatabricksOperations.JOBS_RUN_NOW;
import static dev.lakeroute.camel.databricks.dsl.DatabricksOperations.SQL_STATEMENTS_EXECUTE;
import static dev.lakeroute.camel.databricks.dsl.DatabricksOperations.UNITY_CATALOG_TABLES_LIST;
import static org.assertj.core.api.Assertions.assertThat;

/** The builder renders the URIs one would write by hand; no call is made. */
class EndpointDslTest {

    private CamelContext context;

    @BeforeEach
    void context() {
        context = new DefaultCamelContext();
        context.addComponent("databricks", TestComponents.pointedAt("https://adb-1.2.azuredatabricks.net", "dapi-component"));
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    private String handWritten(String uri) {
        return context.getEndpoint(uri).getEndpointUri();
    }

    private String built(EndpointProducerBuilder builder) {
        return builder.resolve(context).getEndpointUri();
    }

    @Test
    void runNowWithJobIdAndWaitIsTheHandWrittenUri() {
        assertThat(built(databricks(JOBS_RUN_NOW).jobId(42).waitForCompletion(true)))
                .isEqualTo(handWritten("databricks:jobs/run-now?jobId=42&waitForCompletion=true"))
                .isEqualTo("databricks://jobs/run-now?jobId=42&waitForCompletion=true");
    }

    @Test
    void typedOptionsOfEveryKindRenderLikeTheirText() {
        assertThat(built(databricks(SQL_STATEMENTS_EXECUTE).warehouseId("wh-1").statementWaitTimeout("5s")
                .advanced().requestTimeout(30000).maxRetries(5).rateLimit(2.5)))
                .isEqualTo(handWritten("databricks:sql/statements/execute?warehouseId=wh-1&statementWaitTimeout=5s"
                                       + "&requestTimeout=30000&maxRetries=5&rateLimit=2.5"));
        assertThat(built(databricks(COMMAND).clusterId("0101-abc").language("python").contextPolicy("perExchange")
                .commandTimeout(60000)))
                .isEqualTo(handWritten("databricks:command?clusterId=0101-abc&language=python&contextPolicy=perExchange"
                                       + "&commandTimeout=60000"));
    }

    @Test
    void paramsRenderAsParamPrefixedFields() {
        assertThat(built(databricks(UNITY_CATALOG_TABLES_LIST).catalogName("main").schemaName("sales")
                .params("max_results", 10).params(Map.of("include_browse", true)).paginate(true)))
                .isEqualTo(handWritten("databricks:unity-catalog/tables/list?catalogName=main&schemaName=sales"
                                       + "&param.max_results=10&param.include_browse=true&paginate=true"));
    }

    @Test
    void secretsGoThroughRawSoEveryCharacterArrivesAndLogsMaskThem() {
        String token = "dapi+a/b=c&d%20e";
        DatabricksEndpoint endpoint = databricks(JOBS_RUN_NOW).jobId(7).token(token).resolve(context, DatabricksEndpoint.class);
        assertThat(endpoint.getConfiguration().getToken()).isEqualTo(token);
        assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain("dapi");
        assertThat(databricks(JOBS_RUN_NOW).token(token).toString()).contains("token=RAW(");

        String withParenthesis = "secret)&x";
        DatabricksEndpoint oauth = databricks(JOBS_RUN_NOW).clientId("app").clientSecret(withParenthesis)
                .resolve(context, DatabricksEndpoint.class);
        assertThat(oauth.getConfiguration().getClientSecret()).isEqualTo(withParenthesis);
    }

    @Test
    void placeholdersAreResolvedLikeInATextUri() {
        context.getPropertiesComponent().addInitialProperty("job.id", "42");
        context.getPropertiesComponent().addInitialProperty("databricks.token", "dapi+from/properties");
        DatabricksEndpoint endpoint = databricks(JOBS_RUN_NOW).jobId("{{job.id}}").token("{{databricks.token}}")
                .resolve(context, DatabricksEndpoint.class);
        assertThat(endpoint.getConfiguration().getJobId()).isEqualTo(42L);
        assertThat(endpoint.getConfiguration().getToken()).isEqualTo("dapi+from/properties");
    }
}
