package dev.lakeroute.camel.databricks.it;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import dev.lakeroute.camel.databricks.DatabricksComponent;
import dev.lakeroute.camel.databricks.auth.DatabricksEnvironment;
import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.dblocal.auth.LocalOidcIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The credentials production workloads use, through the component's URI against databricks-local over HTTP:
 * a workload's OIDC token federated at {@code /oidc/v1/token} under a service principal federation policy, a
 * 401 answered by a fresh exchange, a managed identity's metadata endpoint and the CLIs' logins.
 */
class WorkloadIdentityAuthTest extends DatabricksLocalTestSupport {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LocalOidcIssuer issuer;

    private final Path home = emptyHome();

    @BeforeAll
    static void startIssuer() {
        issuer = LocalOidcIssuer.start();
    }

    @AfterAll
    static void stopIssuer() {
        issuer.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        DatabricksComponent component = context.getComponent("databricks", DatabricksComponent.class);
        component.getConfiguration().setToken(null);
        component.getConfiguration().setHost(null);
        return context;
    }

    @Test
    void aKubernetesServiceAccountTokenFileIsFederatedForTheServicePrincipal() throws Exception {
        trust(9001, "system:serviceaccount:etl:runner");
        Path tokenFile = home.resolve("token");
        Files.writeString(tokenFile, issuer.idToken("system:serviceaccount:etl:runner", tokenEndpoint(), Duration.ofMinutes(10)));
        environment(Map.of("DATABRICKS_HOST", LOCAL.url(), "DATABRICKS_CLIENT_ID", "9001",
                "DATABRICKS_OIDC_TOKEN_FILEPATH", tokenFile.toString()));

        assertListsTokens("databricks:token/list");
    }

    @Test
    void anExpiredTokenAnswered401IsReplacedByAFreshExchangeAndTheCallSucceeds() throws Exception {
        trust(9002, "repo:org/app:ref:refs/heads/main");
        String jwt = issuer.idToken("repo:org/app:ref:refs/heads/main", tokenEndpoint(), Duration.ofMinutes(10));
        environment(Map.of("MY_OIDC_JWT", jwt));
        String uri = "databricks:token/list?host=" + LOCAL.url() + "&clientId=9002&oidcTokenEnv=MY_OIDC_JWT&authType=env-oidc";
        assertListsTokens(uri);

        LOCAL.server().expireOAuthTokens();

        assertListsTokens(uri);
    }

    @Test
    void githubActionsIdTokenIsAskedForTheTokenEndpointAndFederated() throws Exception {
        trust(9003, "repo:org/app:environment:prod");
        AtomicInteger asked = new AtomicInteger();
        HttpServer github = server("/_apis/oidc", query -> {
            asked.incrementAndGet();
            String audience = URLDecoder.decode(query.substring(query.indexOf("audience=") + 9), StandardCharsets.UTF_8);
            return "{\"value\":\"" + issuer.idToken("repo:org/app:environment:prod", audience, Duration.ofMinutes(5)) + "\"}";
        });
        try {
            environment(Map.of("DATABRICKS_HOST", LOCAL.url(), "DATABRICKS_CLIENT_ID", "9003",
                    "ACTIONS_ID_TOKEN_REQUEST_URL", "http://127.0.0.1:" + github.getAddress().getPort() + "/_apis/oidc?api-version=2.0",
                    "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "gh-request-token"));
            assertListsTokens("databricks:token/list");
            assertThat(asked).hasValue(1);
        } finally {
            github.stop(0);
        }
    }

    @Test
    void anAccountLevelCallFederatesAtTheAccountsTokenEndpointWithTheAccountAsAudience() throws Exception {
        trust(9004, "svc-account", null);
        environment(Map.of("DATABRICKS_OIDC_TOKEN", issuer.idToken("svc-account", account(), Duration.ofMinutes(5))));

        Exchange exchange = exchange("databricks:accounts/servicePrincipals/federationPolicies/list?host=" + LOCAL.url()
                + "&accountsHost=" + LOCAL.url() + "&accountId=" + account() + "&clientId=9004&param.service_principal_id=9004", null);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(Map.class)).containsKey("policies");
    }

    @Test
    void aTokenNoPolicyTrustsFailsUnauthenticatedWithoutShowingIt() {
        String jwt = issuer.idToken("someone-else", tokenEndpoint(), Duration.ofMinutes(5));
        environment(Map.of("DATABRICKS_OIDC_TOKEN", jwt));
        DatabricksException e = failure("databricks:token/list?host=" + LOCAL.url() + "&clientId=9999", null);
        assertThat(e.getHttpStatus()).isEqualTo(400);
        assertThat(e.getMessage()).contains("invalid_grant").doesNotContain(jwt);
    }

    @Test
    void azureManagedIdentityTokenComesFromTheConfiguredMetadataEndpoint() throws Exception {
        HttpServer imds = server("/metadata/identity/oauth2/token", query -> "{\"access_token\":\"" + LOCAL.token()
                + "\",\"token_type\":\"Bearer\",\"expires_on\":\"" + Instant.now().plusSeconds(3600).getEpochSecond() + "\"}");
        try {
            environment(Map.of());
            assertListsTokens("databricks:token/list?host=" + LOCAL.url() + "&azureUseMsi=true&azureMsiEndpoint=http://127.0.0.1:"
                              + imds.getAddress().getPort() + "/metadata/identity/oauth2/token");
        } finally {
            imds.stop(0);
        }
    }

    @Test
    void theDatabricksAndAzureClisAreRunForTheirTokens() throws Exception {
        Path bin = Files.createDirectories(home.resolve("bin"));
        script(bin.resolve("databricks"), "echo '{\"access_token\":\"" + LOCAL.token()
                + "\",\"token_type\":\"Bearer\",\"expiry\":\"" + Instant.now().plusSeconds(3600) + "\"}'");
        script(bin.resolve("az"), "echo '{\"accessToken\":\"" + LOCAL.token() + "\",\"tokenType\":\"Bearer\",\"expires_on\":"
                + Instant.now().plusSeconds(3600).getEpochSecond() + "}'");
        environment(Map.of("PATH", bin.toString()));

        assertListsTokens("databricks:token/list?host=" + LOCAL.url());
        assertListsTokens("databricks:token/list?host=" + LOCAL.url() + "&authType=azure-cli");
    }

    private void environment(Map<String, String> variables) {
        Map<String, String> all = new HashMap<>(variables);
        all.put("HOME", home.toString());
        component().setEnvironment(DatabricksEnvironment.of(all));
    }

    private void assertListsTokens(String uri) {
        Exchange exchange = exchange(uri, null);
        assertThat(exchange.getException()).as(uri).isNull();
        assertThat(exchange.getMessage().getBody(Map.class)).containsKey("token_infos");
    }

    private static String tokenEndpoint() {
        return LOCAL.url() + "/oidc/v1/token";
    }

    /** A federation policy of service principal {@code id} trusting the local issuer's tokens for {@code subject}. */
    private static void trust(long id, String subject) throws Exception {
        trust(id, subject, tokenEndpoint());
    }

    /** @param audience null for the policy's default, the account id */
    private static void trust(long id, String subject, String audience) throws Exception {
        String policy = "{\"oidc_policy\":{\"issuer\":\"" + issuer.issuer() + "\","
                        + (audience == null ? "" : "\"audiences\":[\"" + audience + "\"],") + "\"subject\":\"" + subject + "\"}}";
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(LOCAL.url() + "/api/2.0/accounts/" + account()
                        + "/servicePrincipals/" + id + "/federationPolicies"))
                .header("Authorization", "Bearer " + LOCAL.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(policy)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    }

    private static HttpServer server(String path, java.util.function.Function<String, String> answer) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(path, exchange -> {
            byte[] body = answer.apply(String.valueOf(exchange.getRequestURI().getRawQuery())).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The shared server's account (made at its first start). */
    private static String account() {
        return LOCAL.server().accountId();
    }
}
