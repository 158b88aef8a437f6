package dev.lakeroute.camel.databricks;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.camel.databricks.error.DatabricksServerException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The only answers the component is tested against a {@link StubServer} for, because databricks-local
 * cannot give them (everything else runs against databricks-local in the {@code it} package):
 * <ul>
 * <li>an HTML error page: it is what a reverse proxy or load balancer in front of a workspace sends, not
 * Databricks itself; databricks-local always answers JSON and its faults (429, 500, 503) are JSON too;</li>
 * <li>an OAuth token that the server stops accepting before it expires (401, then one refresh): databricks-local
 * issues its OAuth tokens for a fixed hour and has no way to revoke one, so the 401-and-refresh path cannot be
 * forced there;</li>
 * <li>an Azure AD (Entra ID) token endpoint: that is Microsoft's login host, not part of a workspace;
 * databricks-local serves only the workspace's own {@code /oidc} endpoints.</li>
 * </ul>
 */
class StubbedAnswersTest extends CamelTestSupport {

    private static StubServer stub;
    private static final AtomicInteger TOKENS_ISSUED = new AtomicInteger();

    @BeforeAll
    static void startStub() throws Exception {
        stub = new StubServer();
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
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("databricks", TestComponents.pointedAt(stub.url(), "dapi-stub"));
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").recipientList(header("databricksUri"));
            }
        };
    }

    private Exchange call(String uri) {
        return template.request("direct:call", e -> e.getMessage().setHeader("databricksUri", uri));
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
}
