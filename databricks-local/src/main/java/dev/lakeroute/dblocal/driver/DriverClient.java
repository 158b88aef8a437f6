package dev.lakeroute.dblocal.driver;

import dev.lakeroute.dblocal.support.Failures;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Asynchronous client of one driver's internal protocol (see the driver module's
 * {@code DriverProtocolServer}). Every call completes exceptionally with a {@link DriverException}
 * when the driver refuses (its Databricks error code and status) or cannot be reached.
 */
public final class DriverClient {
    static final String TOKEN_HEADER = "X-Lakeroute-Driver-Token";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final String clusterId;
    private final URI base;
    private final String token;
    private final HttpClient http;

    public DriverClient(String clusterId, int port, String token, HttpClient http) {
        this.clusterId = clusterId;
        this.base = URI.create("http://127.0.0.1:" + port);
        this.token = token;
        this.http = http;
    }

    public String clusterId() {
        return clusterId;
    }

    public CompletableFuture<DriverHealth> health() {
        return call("GET", "/health", null, Duration.ZERO).thenApply(node -> convert(node, DriverHealth.class));
    }

    /** Returns the new context's id at once; the context is Pending until its interpreter is up. */
    public CompletableFuture<String> createContext(String language, Map<String, String> widgets) {
        return createContext(language, widgets, null);
    }

    /**
     * A context of a job task run: {@code taskRun} is {@code {task_key, upstream_values}}, what
     * {@code dbutils.jobs.taskValues.get} reads; null for a context outside a job.
     */
    public CompletableFuture<String> createContext(String language, Map<String, String> widgets, JsonNode taskRun) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("language", language);
        body.put("widgets", widgets == null ? Map.of() : widgets);
        if (taskRun != null) {
            body.put("task_run", taskRun);
        }
        return call("POST", "/contexts", body, Duration.ZERO).thenApply(node -> node.get("id").asText());
    }

    /** What the context's code set with {@code dbutils.jobs.taskValues.set}: {@code {key: value}}. */
    public CompletableFuture<JsonNode> taskValues(String contextId) {
        return call("GET", "/contexts/" + contextId + "/task-values", null, Duration.ZERO).thenApply(node -> node.path("values"));
    }

    public CompletableFuture<ContextInfo> contextStatus(String contextId) {
        return contextStatus(contextId, Duration.ZERO);
    }

    /** Answers as soon as the context left Pending, or after {@code wait} (at most 30 s) with its state then. */
    public CompletableFuture<ContextInfo> contextStatus(String contextId, Duration wait) {
        return call("GET", "/contexts/" + contextId + waitQuery(wait), null, wait).thenApply(node -> convert(node, ContextInfo.class));
    }

    public CompletableFuture<List<ContextInfo>> contexts() {
        return call("GET", "/contexts", null, Duration.ZERO)
                .thenApply(node -> JSON.convertValue(node.get("contexts"),
                        JSON.getTypeFactory().constructCollectionType(List.class, ContextInfo.class)));
    }

    public CompletableFuture<Void> destroyContext(String contextId) {
        return call("DELETE", "/contexts/" + contextId, null, Duration.ZERO).thenApply(node -> null);
    }

    /** {@code dbutils.widgets.get} values, e.g. a notebook task's {@code base_parameters}. */
    public CompletableFuture<Void> setWidgets(String contextId, Map<String, String> widgets) {
        return call("POST", "/contexts/" + contextId + "/widgets", Map.of("widgets", widgets), Duration.ofSeconds(30)).thenApply(node -> null);
    }

    /** Queues the command and returns its id; commands of one context run in submission order. */
    public CompletableFuture<String> execute(String contextId, String command) {
        return call("POST", "/contexts/" + contextId + "/commands", Map.of("command", command), Duration.ZERO)
                .thenApply(node -> node.get("id").asText());
    }

    public CompletableFuture<CommandInfo> commandStatus(String contextId, String commandId) {
        return commandStatus(contextId, commandId, Duration.ZERO);
    }

    /** Answers as soon as the command ended, or after {@code wait} (at most 30 s) with its state then. */
    public CompletableFuture<CommandInfo> commandStatus(String contextId, String commandId, Duration wait) {
        return call("GET", "/contexts/" + contextId + "/commands/" + commandId + waitQuery(wait), null, wait)
                .thenApply(node -> convert(node, CommandInfo.class));
    }

    public CompletableFuture<Void> cancel(String contextId, String commandId) {
        return call("POST", "/contexts/" + contextId + "/commands/" + commandId + "/cancel", Map.of(), Duration.ZERO)
                .thenApply(node -> null);
    }

    /** For autoscaling: which executors are busy, which idle, and how many tasks wait. */
    public CompletableFuture<ExecutorsActivity> executors() {
        return call("GET", "/executors", null, Duration.ZERO).thenApply(node -> convert(node, ExecutorsActivity.class));
    }

    /** Onto the classpath of contexts created from now on; true when the jar was new to the driver. */
    public CompletableFuture<Boolean> addJar(Path jar) {
        return call("POST", "/jars", Map.of("path", jar.toAbsolutePath().toString()), Duration.ZERO)
                .thenApply(node -> node.path("added").asBoolean());
    }

    public CompletableFuture<List<Path>> jars() {
        return call("GET", "/jars", null, Duration.ZERO).thenApply(node -> {
            java.util.ArrayList<Path> jars = new java.util.ArrayList<>();
            node.get("jars").forEach(jar -> jars.add(Path.of(jar.asText())));
            return List.copyOf(jars);
        });
    }

    /** Asks the driver to stop Spark and exit; the process ends shortly after the answer. */
    public CompletableFuture<Void> shutdown() {
        return call("POST", "/shutdown", Map.of(), Duration.ZERO).thenApply(node -> null);
    }

    private static String waitQuery(Duration wait) {
        return wait.isZero() || wait.isNegative() ? "" : "?wait=" + Math.min(wait.toMillis(), 30_000);
    }

    private CompletableFuture<JsonNode> call(String method, String path, Object body, Duration wait) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(CALL_TIMEOUT.plus(wait))
                .header(TOKEN_HEADER, token);
        try {
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        } catch (IOException e) {
            return CompletableFuture.failedFuture(new DriverException("Cannot encode a driver request", e));
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .handle((response, failure) -> {
                    if (failure != null) {
                        throw new DriverException("The Spark driver of cluster " + clusterId + " cannot be reached: "
                                + Failures.cause(failure).getMessage(), Failures.cause(failure));
                    }
                    return parse(response);
                });
    }

    private JsonNode parse(HttpResponse<byte[]> response) {
        JsonNode node;
        try {
            node = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new DriverException("The Spark driver of cluster " + clusterId + " answered no JSON (HTTP "
                    + response.statusCode() + ")", e);
        }
        if (response.statusCode() >= 400) {
            throw new DriverException(response.statusCode(), node.path("error_code").asText("INTERNAL_ERROR"),
                    node.path("message").asText("The Spark driver answered HTTP " + response.statusCode()));
        }
        return node;
    }

    private static <T> T convert(JsonNode node, Class<T> type) {
        return JSON.convertValue(node, type);
    }

}
