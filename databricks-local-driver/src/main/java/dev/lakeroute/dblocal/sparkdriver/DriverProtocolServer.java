package dev.lakeroute.dblocal.sparkdriver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The driver's internal protocol for databricks-local: JSON over HTTP on loopback, guarded by a token
 * the launcher passes in the environment (other local users can reach the port, not the token).
 *
 * <pre>
 * GET    /health
 * GET    /contexts                                                     → {contexts: [{id, status, language}]}
 * POST   /contexts                   {language, widgets?, task_run?}   → {id}
 * GET    /contexts/{id}[?wait=ms]                                      → {id, status, language, note?, error?}
 * DELETE /contexts/{id}                                                → {id}
 * POST   /contexts/{id}/widgets                 {widgets}              → {id}
 * GET    /contexts/{id}/task-values                                    → {values}
 * POST   /contexts/{id}/commands                {command}              → {id}
 * GET    /contexts/{id}/commands/{cid}[?wait=ms]                       → {id, status, results?}
 * POST   /contexts/{id}/commands/{cid}/cancel                          → {id}
 * GET    /executors              → {applicationId, executors: [{id, runningTasks, idleMillis}], runningTasks, pendingTasks}
 * GET    /jars                                                         → {jars}
 * POST   /jars                                  {path}                 → {path, added}
 * POST   /shutdown
 * </pre>
 * {@code wait} (at most {@value #MAX_WAIT_MILLIS} ms) answers as soon as the context left Pending or the
 * command ended, instead of making the caller poll.
 * {@code task_run} ({@code {task_key, upstream_values: {task key: {key: value}}}}) makes the context one of a job
 * task run, for {@code dbutils.jobs.taskValues}; {@code task-values} answers what its code set.
 * Errors answer {@code {"error_code", "message"}} with the HTTP status databricks-local passes on.
 */
final class DriverProtocolServer {
    static final String TOKEN_HEADER = "X-Lakeroute-Driver-Token";
    static final long MAX_WAIT_MILLIS = 30_000;

    private final ContextRegistry registry;
    private final ExecutorActivity activity;
    private final DriverInfo info;
    private final String token;
    private final Runnable shutdown;
    private final HttpServer server;
    private final ExecutorService workers;

    DriverProtocolServer(int port, ContextRegistry registry, ExecutorActivity activity, DriverInfo info, String token,
                         Runnable shutdown) throws IOException {
        this.registry = registry;
        this.activity = activity;
        this.info = info;
        this.token = token;
        this.shutdown = shutdown;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        // Waiting status requests hold a thread each; the control plane caps how many it sends.
        this.workers = Executors.newFixedThreadPool(16, task -> {
            Thread t = new Thread(task, "lakeroute-driver-protocol");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
        workers.shutdown();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Object reply;
            int status = 200;
            try {
                if (token != null && !token.equals(exchange.getRequestHeaders().getFirst(TOKEN_HEADER))) {
                    throw new DriverError(403, "PERMISSION_DENIED", "Missing or wrong " + TOKEN_HEADER);
                }
                reply = route(exchange.getRequestMethod(), exchange.getRequestURI().getPath().split("/"),
                        waitMillis(exchange.getRequestURI().getRawQuery()), body(exchange));
            } catch (DriverError error) {
                status = error.status();
                reply = Map.of("error_code", error.errorCode(), "message", error.getMessage());
            } catch (RuntimeException unexpected) {
                status = 500;
                reply = Map.of("error_code", "INTERNAL_ERROR", "message", String.valueOf(unexpected));
                unexpected.printStackTrace();
            }
            byte[] bytes = DriverJson.MAPPER.writeValueAsBytes(reply);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static JsonNode body(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        if (bytes.length == 0) {
            return DriverJson.MAPPER.createObjectNode();
        }
        try {
            return DriverJson.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw DriverError.invalidParameter("Request body is not JSON: " + e.getMessage());
        }
    }

    /** Path segments start with "" (the leading slash). */
    private Object route(String method, String[] path, long waitMillis, JsonNode body) {
        String route = method + " " + (path.length > 1 ? path[1] : "");
        int depth = path.length;
        return switch (route) {
            case "GET health" -> info.health(registry.all().size(), registry.executors());
            case "POST contexts" -> {
                if (depth == 2) {
                    yield Map.of("id", registry.create(text(body, "language"), strings(body.get("widgets")), taskRun(body.get("task_run"))).id());
                }
                ExecutionContext context = registry.get(path[2]);
                if (depth == 4 && path[3].equals("widgets")) {
                    context.setWidgets(strings(body.get("widgets"))).join();
                    yield Map.of("id", context.id());
                }
                if (depth == 4 && path[3].equals("commands")) {
                    String command = text(body, "command");
                    yield Map.of("id", context.submit(ContextRegistry.newId(), command).id());
                }
                if (depth == 6 && path[3].equals("commands") && path[5].equals("cancel")) {
                    Command command = command(context, path[4]);
                    context.cancel(command);
                    yield Map.of("id", command.id());
                }
                throw notFound(method, path);
            }
            case "GET contexts" -> {
                if (depth == 2) {
                    yield Map.of("contexts", registry.all().stream().map(DriverProtocolServer::status).toList());
                }
                ExecutionContext context = registry.get(depth > 2 ? path[2] : "");
                if (depth == 3) {
                    await(context.started(), waitMillis);
                    yield status(context);
                }
                if (depth == 4 && path[3].equals("task-values")) {
                    yield Map.of("values", context.taskValues());
                }
                if (depth == 5 && path[3].equals("commands")) {
                    Command command = command(context, path[4]);
                    await(command.done(), waitMillis);
                    Command.Snapshot snapshot = command.snapshot();
                    Map<String, Object> status = new LinkedHashMap<>();
                    status.put("id", command.id());
                    status.put("status", snapshot.status().name());
                    if (snapshot.result() != null) {
                        status.put("results", snapshot.result());
                    }
                    yield status;
                }
                throw notFound(method, path);
            }
            case "DELETE contexts" -> {
                if (depth != 3) {
                    throw notFound(method, path);
                }
                registry.destroy(path[2]);
                yield Map.of("id", path[2]);
            }
            case "GET executors" -> activity.snapshot();
            case "GET jars" -> Map.of("jars", registry.jars().stream().map(Path::toString).toList());
            case "POST jars" -> {
                String jar = text(body, "path");
                yield Map.of("path", jar, "added", registry.addJar(Path.of(jar)));
            }
            case "POST shutdown" -> {
                Thread stopper = new Thread(shutdown, "lakeroute-driver-shutdown");
                stopper.start();
                yield Map.of("status", "stopping");
            }
            default -> throw notFound(method, path);
        };
    }

    private static void await(CompletableFuture<?> future, long waitMillis) {
        if (waitMillis <= 0) {
            return;
        }
        try {
            future.get(Math.min(waitMillis, MAX_WAIT_MILLIS), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException stillRunning) {
            // Answer with the current state, as without wait.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long waitMillis(String query) {
        if (query == null) {
            return 0;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("wait=")) {
                try {
                    return Long.parseLong(pair.substring(5));
                } catch (NumberFormatException e) {
                    throw DriverError.invalidParameter("wait must be a number of milliseconds, got " + pair.substring(5));
                }
            }
        }
        return 0;
    }

    private static Map<String, Object> status(ExecutionContext context) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("id", context.id());
        status.put("status", context.status().name());
        status.put("language", context.language());
        context.note().ifPresent(note -> status.put("note", note));
        context.error().ifPresent(error -> status.put("error", error));
        return status;
    }

    private static Command command(ExecutionContext context, String commandId) {
        return context.command(commandId).orElseThrow(() -> DriverError.notFound(
                "Command " + commandId + " does not exist in context " + context.id()));
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull() || value.asText().isEmpty()) {
            throw DriverError.invalidParameter("Missing required field: " + field);
        }
        return value.asText();
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(entry -> values.put(entry.getKey(), entry.getValue().asText()));
        }
        return values;
    }

    private static TaskRun taskRun(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        Map<String, Map<String, JsonNode>> upstream = new LinkedHashMap<>();
        node.path("upstream_values").fields().forEachRemaining(task -> {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            task.getValue().fields().forEachRemaining(value -> values.put(value.getKey(), value.getValue()));
            upstream.put(task.getKey(), values);
        });
        return new TaskRun(text(node, "task_key"), upstream);
    }

    private static DriverError notFound(String method, String[] path) {
        return DriverError.notFound("No driver operation " + method + " " + String.join("/", path));
    }
}
