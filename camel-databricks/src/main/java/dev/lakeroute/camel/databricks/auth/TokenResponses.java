package dev.lakeroute.camel.databricks.auth;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import javax.net.ssl.SSLException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lakeroute.camel.databricks.error.DatabricksTransportException;
import dev.lakeroute.camel.databricks.error.DatabricksUnauthenticatedException;

/** What every token source does with HTTP: send (TLS refusals named), read an OAuth token answer, encode a form. */
final class TokenResponses {

    static final String OPERATION = "oauth/token";

    private TokenResponses() {
    }

    /**
     * Sends {@code request}; a TLS refusal becomes a {@link DatabricksTransportException} naming the URL, because
     * the token endpoint may be another host than the workspace the API call is for (Azure AD, a metadata
     * server), and because it is permanent: the call it serves is not retried. Other transport failures stay as
     * they are, for the API call's retry policy to judge.
     */
    static CompletableFuture<HttpResponse<byte[]>> send(TokenHttp http, HttpRequest request) {
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

    /** An OAuth 2.0 token answer ({@code access_token}, {@code token_type}, {@code expires_in}); {@code who} names the caller in errors. */
    static AccessToken accessToken(HttpResponse<byte[]> response, ObjectMapper mapper, Clock clock, String who) {
        JsonNode json = json(response, mapper, who);
        String token = json.path("access_token").asText(null);
        if (token == null || token.isEmpty()) {
            throw refused(response.statusCode(), "the token endpoint answered " + who + " without access_token");
        }
        Instant expiresAt = json.hasNonNull("expires_on") && json.path("expires_on").asText().matches("\\d+")
                ? Instant.ofEpochSecond(Long.parseLong(json.path("expires_on").asText()))
                : clock.instant().plusSeconds(json.path("expires_in").asLong(3600));
        return new AccessToken(token, json.path("token_type").asText("Bearer"), expiresAt);
    }

    /** The answer's JSON, after checking it is a 2xx; the OAuth error code (never the body) goes into the message. */
    static JsonNode json(HttpResponse<byte[]> response, ObjectMapper mapper, String who) {
        JsonNode json;
        try {
            json = mapper.readTree(response.body());
        } catch (IOException e) {
            json = null;
        }
        if (response.statusCode() / 100 != 2) {
            String error = json == null ? "" : json.path("error").asText("");
            String description = json == null ? "" : json.path("error_description").asText("");
            throw refused(response.statusCode(), "the token endpoint refused " + who + " (HTTP " + response.statusCode()
                    + (error.isEmpty() ? "" : ", " + error) + (description.isEmpty() ? "" : ": " + description) + ")");
        }
        if (json == null) {
            throw refused(response.statusCode(), "the token endpoint answered " + who + " with invalid JSON");
        }
        return json;
    }

    static DatabricksUnauthenticatedException refused(int status, String detail) {
        return new DatabricksUnauthenticatedException(status, "OAUTH_TOKEN_REQUEST_FAILED", detail, OPERATION, null);
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
