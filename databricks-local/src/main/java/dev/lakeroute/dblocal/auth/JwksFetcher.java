package dev.lakeroute.dblocal.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.http.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches issuers' key sets over HTTP, as Databricks does for a federation policy without inline
 * {@code jwks_json}: the policy's {@code jwks_uri}, else the {@code jwks_uri} of the issuer's
 * {@code /.well-known/openid-configuration}. Key sets are kept a few minutes; a token naming a key
 * the cached set lacks triggers one fresh fetch (the issuer rotated its keys).
 */
public final class JwksFetcher {
    private static final Duration KEEP = Duration.ofMinutes(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Jwks jwks, long fetchedAtMillis) {
    }

    public JwksFetcher(Clock clock) {
        this.clock = clock;
    }

    /** The key set at {@code jwksUri} (null: found through the issuer's discovery document). */
    public Jwks keys(String issuer, String jwksUri, boolean fresh) {
        String uri = jwksUri == null || jwksUri.isBlank() ? discoverJwksUri(issuer) : jwksUri;
        Cached cached = cache.get(uri);
        if (!fresh && cached != null && clock.millis() - cached.fetchedAtMillis() < KEEP.toMillis()) {
            return cached.jwks();
        }
        Jwks jwks = Jwks.parse(get(uri));
        cache.put(uri, new Cached(jwks, clock.millis()));
        return jwks;
    }

    private String discoverJwksUri(String issuer) {
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        String jwksUri = get(base + "/.well-known/openid-configuration").path("jwks_uri").asText("");
        if (jwksUri.isBlank()) {
            throw new Jwt.Invalid("the issuer " + issuer + " publishes no jwks_uri in its openid-configuration");
        }
        return jwksUri;
    }

    private JsonNode get(String uri) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(TIMEOUT)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new Jwt.Invalid("fetching " + uri + " answered HTTP " + response.statusCode());
            }
            return Json.parse(response.body());
        } catch (IOException | IllegalArgumentException e) {
            throw new Jwt.Invalid("cannot fetch " + uri + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Jwt.Invalid("interrupted while fetching " + uri);
        }
    }
}
