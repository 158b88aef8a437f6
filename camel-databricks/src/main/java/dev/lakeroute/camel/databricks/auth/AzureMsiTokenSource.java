package dev.lakeroute.camel.databricks.auth;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Azure managed identity: a GET to the instance metadata service (IMDS) with {@code Metadata: true}, for the
 * Azure Databricks resource, answered with an access token and its {@code expires_on} (epoch seconds).
 */
final class AzureMsiTokenSource implements Supplier<CompletableFuture<AccessToken>> {

    static final String IMDS_ENDPOINT = "http://169.254.169.254/metadata/identity/oauth2/token";

    private final TokenHttp http;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final URI uri;
    private final Duration timeout;

    AzureMsiTokenSource(TokenHttp http, ObjectMapper mapper, Clock clock, String endpoint, String resource, String clientId,
                        Duration timeout) {
        this.http = http;
        this.mapper = mapper;
        this.clock = clock;
        this.timeout = timeout;
        String query = "api-version=2018-02-01&resource=" + URLEncoder.encode(resource, StandardCharsets.UTF_8)
                       + (clientId == null ? "" : "&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8));
        this.uri = URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + query);
    }

    @Override
    public CompletableFuture<AccessToken> get() {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Metadata", "true")
                .header("Accept", "application/json").GET().build();
        return TokenResponses.send(http, request)
                .thenApply(r -> TokenResponses.accessToken(r, mapper, clock, "the managed identity at " + uri.getAuthority()));
    }
}
