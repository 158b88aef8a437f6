package dev.lakeroute.camel.databricks.auth;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lakeroute.camel.databricks.support.Redactor;

/**
 * OAuth 2.0 client-credentials grant. Databricks M2M discovers its token endpoint from
 * {@code /oidc/.well-known/oauth-authorization-server} and authenticates the client with HTTP Basic;
 * Azure AD takes the client credentials in the form. Each fetch is one POST.
 */
public final class ClientCredentialsTokenSource implements Supplier<CompletableFuture<AccessToken>> {

    private final TokenHttp http;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Supplier<CompletableFuture<URI>> tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final String scope;
    private final boolean basicClientAuth;
    private final Duration timeout;
    private final Redactor redactor;

    private ClientCredentialsTokenSource(TokenHttp http, ObjectMapper mapper, Clock clock,
                                         Supplier<CompletableFuture<URI>> tokenEndpoint, String clientId, String clientSecret,
                                         String scope, boolean basicClientAuth, Duration timeout) {
        this.http = http;
        this.mapper = mapper;
        this.clock = clock;
        this.tokenEndpoint = tokenEndpoint;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.scope = scope;
        this.basicClientAuth = basicClientAuth;
        this.timeout = timeout;
        this.redactor = Redactor.of(java.util.List.of(clientSecret));
    }

    /** Databricks OAuth M2M: token endpoint found through the discovery document at {@code discoveryUrl}. */
    public static ClientCredentialsTokenSource databricks(TokenHttp http, ObjectMapper mapper, Clock clock, URI discoveryUrl,
                                                          String clientId, String clientSecret, Duration timeout) {
        OidcDiscovery discovery = new OidcDiscovery(http, mapper, discoveryUrl, timeout);
        return new ClientCredentialsTokenSource(http, mapper, clock, discovery::tokenEndpoint, clientId, clientSecret,
                "all-apis", true, timeout);
    }

    /** Azure AD service principal with a client secret, for {@code scope} (Azure Databricks, or Resource Manager). */
    public static ClientCredentialsTokenSource azure(TokenHttp http, ObjectMapper mapper, Clock clock, String loginHost,
                                                     String tenantId, String clientId, String clientSecret, String scope,
                                                     Duration timeout) {
        URI endpoint = URI.create(stripSlash(loginHost) + "/" + URLEncoder.encode(tenantId, StandardCharsets.UTF_8)
                                  + "/oauth2/v2.0/token");
        return new ClientCredentialsTokenSource(http, mapper, clock, () -> CompletableFuture.completedFuture(endpoint),
                clientId, clientSecret, scope, false, timeout);
    }

    @Override
    public CompletableFuture<AccessToken> get() {
        return tokenEndpoint.get().thenCompose(this::fetch);
    }

    private CompletableFuture<AccessToken> fetch(URI endpoint) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("scope", scope);
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        if (basicClientAuth) {
            String basic = Base64.getEncoder()
                    .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        } else {
            form.put("client_id", clientId);
            form.put("client_secret", clientSecret);
        }
        return TokenResponses.send(http, request.POST(HttpRequest.BodyPublishers.ofString(TokenResponses.form(form))).build())
                .thenApply(this::parse);
    }

    private AccessToken parse(HttpResponse<byte[]> response) {
        return TokenResponses.accessToken(response, mapper, clock, "client " + clientId);
    }

    Redactor redactor() {
        return redactor;
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
