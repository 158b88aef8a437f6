package dev.lakeroute.camel.databricks;

import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.auth.DatabricksEnvironment;
import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.camel.databricks.error.DatabricksServerException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pagination in all three styles, output types, streamList with split, non-JSON errors and the OAuth
 * refresh on 401, over real HTTP against a stub that answers like Databricks does.
 */
class ResponseShapingTest extends CamelTestSupport {

    private static StubServer stub;
    private static final AtomicInteger TOKENS_ISSUED = new AtomicInteger();

    @BeforeAll
    static void startStub() throws Exception {
        stub = new StubServer();
        stub.handle("/api/2.1/clusters/list", e -> {
            String q = StubServer.query(e);
            String body = q.contains("page_token=p3") ? "{\"clusters\":[{\"cluster_id\":\"c5\"}]}"
                    : q.contains("page_token=p2") ? "{\"clusters\":[{\"cluster_id\":\"c3\"},{\"cluster_id\":\"c4\"}],\"next_page_token\":\"p3\"}"
                    : "{\"clusters\":[{\"cluster_id\":\"c1\"},{\"cluster_id\":\"c2\"}],\"next_page_token\":\"p2\"}";
            StubServer.reply(e, 200, "application/json", body);
        });
        stub.handle("/api/2.2/jobs/list", e -> {
            String q = StubServer.query(e);
            String body = q.contains("offset=2") ? "{\"jobs\":[{\"job_id\":3}],\"has_more\":false}"
                    : "{\"jobs\":[{\"job_id\":1},{\"job_id\":2}],\"has_more\":true}";
            StubServer.reply(e, 200, "application/json", body);
        });
        stub.handle("/api/2.0/preview/scim/v2/Users", e -> {
            String q = StubServer.query(e);
            String body = q.contains("startIndex=3")
                    ? "{\"totalResults\":3,\"startIndex\":3,\"itemsPerPage\":1,\"Resources\":[{\"id\":\"u3\"}]}"
                    : "{\"totalResults\":3,\"startIndex\":1,\"itemsPerPage\":2,\"Resources\":[{\"id\":\"u1\"},{\"id\":\"u2\"}]}";
            StubServer.reply(e, 200, "application/scim+json", body);
        });
        stub.handle("/api/2.1/clusters/get", e -> StubServer.reply(e, 502, "text/html",
                "<html><head><title>502 Bad Gateway</title></head><body><h1>upstream down</h1></body></html>"));
        stub.handle("/oidc/.well-known/oauth-authorization-server", e -> StubServer.reply(e, 200, "application/json",
                "{\"token_endpoint\":\"" + stub.url() + "/oidc/v1/token\"}"));
        stub.handle("/oidc/v1/token", e -> StubServer.reply(e, 200, "application/json",
                "{\"access_token\":\"oauth-" + TOKENS_ISSUED.incrementAndGet() + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}"));
        stub.handle("/api/2.0/token/list", e -> {
            // The first token is "revoked" server-side: the client must fetch a new one and try again.
            boolean stale = "Bearer oauth-1".equals(e.getRequestHeaders().getFirst("Authorization"));
            StubServer.reply(e, stale ? 401 : 200, "application/json", stale
                    ? "{\"error_code\":\"UNAUTHENTICATED\",\"message\":\"token expired\"}" : "{\"token_infos\":[]}");
        });
        stub.handle("/tenant-1/oauth2/v2.0/token", e -> StubServer.reply(e, 200, "application/json",
                "{\"access_token\":\"azure-aad-token\",\"token_type\":\"Bearer\",\"expires_in\":\"3599\"}"));
        stub.handle("/api/2.0/secrets/scopes/list", e -> StubServer.reply(e, 200, "application/json",
                "{\"scopes\":[{\"name\":\"a\"}]}"));
        stub.handle("/api/2.0/fs/files/Volumes/x/y.txt", e -> StubServer.reply(e, 200, "application/octet-stream", "raw-bytes"));
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        DatabricksComponent component = new DatabricksComponent();
        component.getConfiguration().setHost(stub.url());
        component.getConfiguration().setToken("dapi-stub");
        component.setEnvironment(DatabricksEnvironment.of(Map.of("HOME", Files.createTempDirectory("home").toString())));
        context.addComponent("databricks", component);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").recipientList(header("databricksUri"));
                from("direct:split").to("databricks:clusters/list?paginate=true&streamList=true")
                        .split(body()).streaming().to("mock:cluster");
            }
        };
    }

    private Exchange call(String uri) {
        return template.request("direct:call", e -> e.getMessage().setHeader("databricksUri", uri));
    }

    @Test
    void paginateFollowsNextPageTokens() {
        Exchange e = call("databricks:clusters/list?paginate=true");
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getBody(List.class)).extracting(c -> ((Map<?, ?>) c).get("cluster_id"))
                .containsExactly("c1", "c2", "c3", "c4", "c5");
        assertThat(e.getMessage().getHeader(DatabricksConstants.PAGE_COUNT)).isEqualTo(3);
    }

    @Test
    void onePageWithoutPaginateExposesTheNextToken() {
        Exchange e = call("databricks:clusters/list");
        assertThat(e.getMessage().getBody(Map.class)).containsKey("clusters");
        assertThat(e.getMessage().getHeader(DatabricksConstants.NEXT_PAGE_TOKEN)).isEqualTo("p2");
        assertThat(e.getMessage().getHeader(DatabricksConstants.REQUEST_ID)).isEqualTo("stub-req");
    }

    @Test
    void paginateFollowsHasMoreWithOffsetAndScimStartIndex() {
        assertThat(call("databricks:jobs/list?paginate=true").getMessage().getBody(List.class)).hasSize(3);
        assertThat(call("databricks:preview/scim/v2/Users/list?paginate=true").getMessage().getBody(List.class))
                .extracting(u -> ((Map<?, ?>) u).get("id")).containsExactly("u1", "u2", "u3");
    }

    @Test
    void streamListFeedsSplitPageByPage() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:cluster");
        mock.expectedMessageCount(5);
        template.sendBody("direct:split", null);
        mock.assertIsSatisfied();
        assertThat(mock.getExchanges().get(4).getMessage().getBody(Map.class)).containsEntry("cluster_id", "c5");
    }

    @Test
    void streamListWithoutPaginateIteratesOnePage() {
        Object body = call("databricks:clusters/list?streamList=true").getMessage().getBody();
        assertThat(body).isInstanceOf(Iterator.class);
    }

    @Test
    void outputClassShapesTheBody() {
        assertThat(call("databricks:secrets/scopes/list?outputClass=String").getMessage().getBody())
                .isEqualTo("{\"scopes\":[{\"name\":\"a\"}]}");
        assertThat(call("databricks:secrets/scopes/list?outputClass=JsonNode").getMessage().getBody(JsonNode.class)
                .at("/scopes/0/name").asText()).isEqualTo("a");
        assertThat(call("databricks:secrets/scopes/list?outputClass=" + Scopes.class.getName()).getMessage().getBody())
                .isEqualTo(new Scopes(List.of(new Scope("a"))));
    }

    public record Scopes(List<Scope> scopes) {
    }

    public record Scope(String name) {
    }

    @Test
    void rawContentComesBackAsBytes() {
        Object body = call("databricks:fs/files/download?param.file_path=/Volumes/x/y.txt").getMessage().getBody();
        assertThat(body).isEqualTo("raw-bytes".getBytes());
    }

    @Test
    void htmlErrorFromAProxyBecomesAServerException() {
        Exchange e = call("databricks:clusters/get?clusterId=x");
        assertThat(e.getException()).isInstanceOf(DatabricksServerException.class)
                .hasMessageContaining("HTTP 502").hasMessageContaining("502 Bad Gateway upstream down")
                .hasMessageContaining("request id stub-req");
        assertThat(((DatabricksException) e.getException()).getRequestId()).isEqualTo("stub-req");
    }

    @Test
    void oauthTokenIsRefreshedOnceAfter401AndCachedAfterwards() {
        String uri = "databricks:token/list?token=&clientId=sp&clientSecret=RAW(sp-secret)";
        TOKENS_ISSUED.set(0);
        stub.requests.clear();
        Exchange first = call(uri);
        assertThat(first.getException()).isNull();
        Exchange second = call(uri);
        assertThat(second.getException()).isNull();
        assertThat(TOKENS_ISSUED.get()).as("one refresh, then the cached token").isEqualTo(2);
        assertThat(stub.requests).filteredOn(r -> r.startsWith("GET /api/2.0/token/list"))
                .extracting(r -> r.substring(r.indexOf("auth=")))
                .containsExactly("auth=Bearer oauth-1", "auth=Bearer oauth-2", "auth=Bearer oauth-2");
    }

    @Test
    void azureServicePrincipalGetsAnAadToken() {
        stub.requests.clear();
        Exchange e = call("databricks:secrets/scopes/list?token=&azureTenantId=tenant-1&azureClientId=app"
                          + "&azureClientSecret=RAW(app-secret)&azureLoginHost=" + stub.url());
        assertThat(e.getException()).isNull();
        assertThat(stub.requests).anyMatch(r -> r.startsWith("POST /tenant-1/oauth2/v2.0/token"))
                .anyMatch(r -> r.startsWith("GET /api/2.0/secrets/scopes/list") && r.endsWith("Bearer azure-aad-token"));
    }

    @Test
    void operationHeaderOverridesTheEndpointOperation() {
        Exchange e = template.request("direct:call", x -> {
            x.getMessage().setHeader("databricksUri", "databricks:clusters/list");
            x.getMessage().setHeader(DatabricksConstants.OPERATION, "secrets/scopes/list");
        });
        assertThat(e.getMessage().getBody(Map.class)).containsKey("scopes");
    }

    @Test
    void rateLimitSpacesCallsOfOneFamily() {
        long start = System.nanoTime();
        for (int i = 0; i < 4; i++) {
            assertThat(call("databricks:secrets/scopes/list?rateLimit=2").getException()).isNull();
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(elapsedMs).as("4 calls at 2/s with a burst of 2").isGreaterThanOrEqualTo(900);
    }
}
