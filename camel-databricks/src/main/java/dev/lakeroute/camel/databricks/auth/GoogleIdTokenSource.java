package dev.lakeroute.camel.databricks.auth;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lakeroute.camel.databricks.auth.TokenSourceSpec.GoogleIdentity;

/**
 * Google ID token for Databricks on Google Cloud: the Compute Engine metadata server's
 * {@code instance/service-accounts/<account>/identity?audience=<workspace>&format=full} (header
 * {@code Metadata-Flavor: Google}) answers a JWT signed by Google for the VM's service account; its
 * {@code exp} claim says when to fetch the next.
 */
final class GoogleIdTokenSource implements Supplier<CompletableFuture<AccessToken>> {

    static final String METADATA_HOST = "metadata.google.internal";

    private final TokenHttp http;
    private final ObjectMapper mapper;
    private final URI uri;
    private final Duration timeout;

    GoogleIdTokenSource(TokenHttp http, ObjectMapper mapper, GoogleIdentity spec, Duration timeout) {
        this.http = http;
        this.mapper = mapper;
        this.timeout = timeout;
        String host = spec.metadataHost().contains("://") ? spec.metadataHost() : "http://" + spec.metadataHost();
        this.uri = URI.create(host + "/computeMetadata/v1/instance/service-accounts/"
                              + URLEncoder.encode(spec.serviceAccount(), StandardCharsets.UTF_8) + "/identity?audience="
                              + URLEncoder.encode(spec.audience(), StandardCharsets.UTF_8) + "&format=full");
    }

    @Override
    public CompletableFuture<AccessToken> get() {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Metadata-Flavor", "Google").GET().build();
        return TokenResponses.send(http, request).thenApply(this::parse);
    }

    private AccessToken parse(HttpResponse<byte[]> response) {
        if (response.statusCode() != 200) {
            throw TokenResponses.refused(response.statusCode(), "the metadata server " + uri.getAuthority()
                    + " refused an ID token (HTTP " + response.statusCode() + ")");
        }
        String jwt = new String(response.body(), StandardCharsets.UTF_8).strip();
        return new AccessToken(jwt, "Bearer", expiry(jwt));
    }

    private Instant expiry(String jwt) {
        String[] parts = jwt.split("\\.");
        try {
            JsonNode claims = mapper.readTree(Base64.getUrlDecoder().decode(parts[1]));
            if (claims.path("exp").canConvertToLong()) {
                return Instant.ofEpochSecond(claims.path("exp").asLong());
            }
        } catch (IOException | RuntimeException e) {
            // Falls through to the error below.
        }
        throw TokenResponses.refused(200, "the metadata server " + uri.getAuthority() + " answered no JWT with an exp claim");
    }
}
