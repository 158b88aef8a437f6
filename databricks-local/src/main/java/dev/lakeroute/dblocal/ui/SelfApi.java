package dev.lakeroute.dblocal.ui;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The pages read what the REST API answers, through the API itself and with the signed-in user's token: a
 * page shows exactly what {@code jobs/runs/get} or {@code clusters/get} would give that user, nothing more.
 */
final class SelfApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Supplier<String> baseUrl;

    SelfApi(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** GET {@code /api/<path>} with these query parameters; a non-2xx answer fails with the API's message. */
    CompletableFuture<JsonNode> get(String token, String path, Map<String, ?> query) {
        String q = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl.get() + "/api/" + path + (q.isEmpty() ? "" : "?" + q))).GET(), token);
    }

    /** POST {@code /api/<path>} with this JSON body (the operations Databricks serves as POST, such as clusters/events). */
    CompletableFuture<JsonNode> post(String token, String path, Map<String, ?> body) {
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(body);
        } catch (java.io.IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        return send(HttpRequest.newBuilder(URI.create(baseUrl.get() + "/api/" + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(json)), token);
    }

    private CompletableFuture<JsonNode> send(HttpRequest.Builder builder, String token) {
        HttpRequest request = builder.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            JsonNode body = parse(response.body());
            if (response.statusCode() / 100 != 2) {
                throw new PageException(response.statusCode(), body.path("error_code").asText("ERROR"),
                        body.path("message").asText("the API answered HTTP " + response.statusCode()));
            }
            return body;
        });
    }

    private static JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (java.io.IOException e) {
            return JSON.createObjectNode();
        }
    }

    /** What the API refused, shown on the page. */
    static final class PageException extends RuntimeException {
        final int status;
        final String errorCode;

        PageException(int status, String errorCode, String message) {
            super(message);
            this.status = status;
            this.errorCode = errorCode;
        }
    }
}
