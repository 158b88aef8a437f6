package dev.lakeroute.camel.databricks.it.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lakeroute.dblocal.faults.Fault;

/**
 * The server's side of a cell, over plain HTTP and never through the component under test: injects faults
 * ({@code /local/faults}), counts the calls an operation received, and reads the state the checks need.
 * Works the same for the in-process server and a child process.
 */
final class LocalAdmin {

    /** A pass-through fault (1 ms delay) with a count no cell exhausts: what it consumed is the number of calls. */
    static final int COUNTER = 1_000_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final String token;

    LocalAdmin(String url, String token) {
        this.url = url;
        this.token = token;
    }

    String url() {
        return url;
    }

    void inject(Fault fault) {
        ObjectNode body = JSON.createObjectNode().put("operation", fault.operation()).put("kind", fault.kind().name())
                .put("count", fault.count()).put("retry_after_seconds", fault.retryAfterSeconds())
                .put("delay_ms", fault.delayMillis());
        send("POST", "/local/faults", body);
    }

    void injectAll(List<Fault> faults) {
        faults.forEach(this::inject);
    }

    /** Counts every later call of {@code operation} once the faults injected before it are used up. */
    void count(String operation) {
        inject(new Fault(operation, dev.lakeroute.dblocal.faults.FaultKind.DELAY, COUNTER, 0, 0));
    }

    /** The faults still waiting, as the server lists them. */
    JsonNode pending() {
        return send("GET", "/local/faults", null).path("faults");
    }

    void clear() {
        send("DELETE", "/local/faults", null);
    }

    JsonNode get(String path) {
        return send("GET", path, null);
    }

    JsonNode post(String path, JsonNode body) {
        return send("POST", path, body);
    }

    /** The answer's status, for checks where a 404 is the expected state (a file that must be absent). */
    int status(String method, String path) {
        try {
            return http.send(request(method, path, null), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 and size of what a GET streams back, or null when the server answers 404. */
    Digest digest(String path) {
        try {
            HttpResponse<InputStream> response = http.send(request("GET", path, null), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() == 404) {
                    return null;
                }
                if (response.statusCode() / 100 != 2) {
                    throw new IllegalStateException("GET " + path + " answered HTTP " + response.statusCode());
                }
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                byte[] buffer = new byte[64 * 1024];
                long size = 0;
                for (int n; (n = in.read(buffer)) > 0; size += n) {
                    sha.update(buffer, 0, n);
                }
                return new Digest(size, HexFormat.of().formatHex(sha.digest()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Digest(long size, String sha256) {
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private JsonNode send(String method, String path, JsonNode body) {
        try {
            HttpResponse<String> response = http.send(request(method, path, body), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new ServerAnswer(method + " " + path + " answered HTTP " + response.statusCode() + ": " + response.body(),
                        response.statusCode());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " on " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest request(String method, String path, JsonNode body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    /** A non-2xx answer to a check; {@link #status()} lets a check tell "absent" from "broken". */
    static final class ServerAnswer extends RuntimeException {
        private final int status;

        ServerAnswer(String message, int status) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }
}
