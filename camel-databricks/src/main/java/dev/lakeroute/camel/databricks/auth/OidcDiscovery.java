package dev.lakeroute.camel.databricks.auth;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lakeroute.camel.databricks.error.DatabricksUnauthenticatedException;

/**
 * The token endpoint of a Databricks workspace or account, from its
 * {@code /oidc/.well-known/oauth-authorization-server} document. Looked up once and remembered;
 * a failed lookup is retried on the next fetch.
 */
final class OidcDiscovery {

    private final TokenHttp http;
    private final ObjectMapper mapper;
    private final URI discoveryUrl;
    private final Duration timeout;
    private CompletableFuture<URI> endpoint;

    OidcDiscovery(TokenHttp http, ObjectMapper mapper, URI discoveryUrl, Duration timeout) {
        this.http = http;
        this.mapper = mapper;
        this.discoveryUrl = discoveryUrl;
        this.timeout = timeout;
    }

    URI discoveryUrl() {
        return discoveryUrl;
    }

    synchronized CompletableFuture<URI> tokenEndpoint() {
        if (endpoint == null || endpoint.isCompletedExceptionally()) {
            endpoint = TokenResponses.send(http, HttpRequest.newBuilder(discoveryUrl).timeout(timeout)
                    .header("Accept", "application/json").GET().build()).thenApply(this::parse);
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
            } catch (IOException | IllegalArgumentException e) {
                // Falls through to the error below: the document is unusable either way.
            }
        }
        throw new DatabricksUnauthenticatedException(response.statusCode(), "OAUTH_DISCOVERY_FAILED",
                "no token_endpoint at " + discoveryUrl + " (HTTP " + response.statusCode() + ")", TokenResponses.OPERATION, null);
    }
}
