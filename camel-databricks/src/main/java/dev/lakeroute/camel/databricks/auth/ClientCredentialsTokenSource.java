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
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.net.ssl.SSLException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lakeroute.camel.databricks.error.DatabricksTransportException;
import dev.lakeroute.camel.databricks.error.DatabricksUnauthenticatedException;
import dev.lakeroute.camel.databricks.support.Redactor;

/**
 * OAuth 2.0 client-credentials grant. Databricks M2M discovers its token endpoint from
 * {@code /oidc/.well-known/oauth-authorization-server} and authenticates the client with HTTP Basic;
 * Azure AD takes the client credentials in the form. Each fetch is one POST.
 */
public final class ClientCredentialsTokenSource implements Supplier<CompletableFuture<AccessToken>> {

    private static final String OPERATION = "oauth/token";

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
        Discovery discovery = new Discovery(http, mapper, discoveryUrl, timeout);
        return new ClientCredentialsTokenSource(http, mapper, clock, discovery::tokenEndpoint, clientId, clientSecret,
                "all-apis", true, timeout);
    }

    /** Azure AD service principal with a client secret, scoped to the Azure Databricks resource. */
    public static ClientCredentialsTokenSource azure(TokenHttp http, ObjectMapper mapper, Clock clock, String loginHost,
                                                     String tenantId, String clientId, String clientSecret, Duration timeout) {
        URI endpoint = URI.create(stripSlash(loginHost) + "/" + URLEncoder.encode(tenantId, StandardCharsets.UTF_8)
                                  + "/oauth2/v2.0/token");
        return new ClientCredentialsTokenSource(http, mapper, clock, () -> CompletableFuture.completedFuture(endpoint),
                clientId, clientSecret, AzureResource.DATABRICKS_SCOPE, false, timeout);
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
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(http, request.POST(HttpRequest.BodyPublishers.ofString(body)).build()).thenApply(this::parse);
    }

    private AccessToken parse(HttpResponse<byte[]> response) {
        if (response.statusCode() / 100 != 2) {
            throw new DatabricksUnauthenticatedException(response.statusCode(), "OAUTH_TOKEN_REQUEST_FAILED",
                    "the token endpoint refused client " + clientId + " (HTTP " + response.statusCode() + ")", OPERATION,
                    null);
        }
        try {
            JsonNode json = mapper.readTree(response.body());
            String token = json.path("access_token").asText(null);
            if (token == null || token.isEmpty()) {
                throw new DatabricksUnauthenticatedException(response.statusCode(), "OAUTH_TOKEN_REQUEST_FAILED",
                        "the token endpoint answered without access_token", OPERATION, null);
            }
            long expiresIn = json.path("expires_in").asLong(3600);
            return new AccessToken(token, json.path("token_type").asText("Bearer"),
                    clock.instant().plusSeconds(expiresIn));
        } catch (java.io.IOException e) {
            throw new DatabricksUnauthenticatedException(response.statusCode(), "OAUTH_TOKEN_REQUEST_FAILED",
                    "the token endpoint answered with invalid JSON", OPERATION, null);
        }
    }

    /**
     * Sends {@code request}; a TLS refusal becomes a {@link DatabricksTransportException} naming the URL, because
     * the token endpoint may be another host than the workspace the API call is for (Azure AD), and because it is
     * permanent: the call it serves is not retried. Other transport failures stay as they are, for the API call's
     * retry policy to judge.
     */
    private static CompletableFuture<HttpResponse<byte[]>> send(TokenHttp http, HttpRequest request) {
        return http.send(request).handle((response, failure) -> {
            if (failure == null) {
                return response;
            }
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof SSLException tls) {
                    throw new DatabricksTransportException("TLS with " + request.uri().getScheme() + "://"
                            + request.uri().getAuthority() + request.uri().getRawPath() + " failed: " + tls.getMessage(),
                            OPERATION, 1, tls);
                }
            }
            throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
        });
    }

    Redactor redactor() {
        return redactor;
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** Looks the token endpoint up once and remembers it; a failed lookup is retried on the next fetch. */
    private static final class Discovery {
        private final TokenHttp http;
        private final ObjectMapper mapper;
        private final URI discoveryUrl;
        private final Duration timeout;
        private CompletableFuture<URI> endpoint;

        Discovery(TokenHttp http, ObjectMapper mapper, URI discoveryUrl, Duration timeout) {
            this.http = http;
            this.mapper = mapper;
            this.discoveryUrl = discoveryUrl;
            this.timeout = timeout;
        }

        synchronized CompletableFuture<URI> tokenEndpoint() {
            if (endpoint == null || endpoint.isCompletedExceptionally()) {
                endpoint = send(http, HttpRequest.newBuilder(discoveryUrl).timeout(timeout).header("Accept", "application/json")
                        .GET().build()).thenApply(this::parse);
            }
            return endpoint;
        }

        private URI parse(HttpResponse<byte[]> response) {
            if (response.statusCode() / 100 == 2) {
                try {
                    String url = mapper.readTree(response.body()).path("token_endpoint").asText(null);
                    if (url != null && !url.isBlank()) {
                        return URI.create(url);
                    }
                } catch (java.io.IOException | IllegalArgumentException e) {
                    // Falls through to the error below: the document is unusable either way.
                }
            }
            throw new DatabricksUnauthenticatedException(response.statusCode(), "OAUTH_DISCOVERY_FAILED",
                    "no token_endpoint at " + discoveryUrl + " (HTTP " + response.statusCode() + ")", OPERATION, null);
        }
    }
}
