package dev.lakeroute.camel.databricks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A scripted workspace for the composite steps, answering like Databricks does: API 1.2 contexts and
 * commands (the command text picks the result), job runs that end after a few polls, and SQL
 * statements with several chunks. Counts what was created so tests can assert nothing was left behind.
 * databricks-local covers the same families with real execution; this one runs in milliseconds and
 * scales to hundreds of concurrent waits.
 */
final class FakeWorkspace implements AutoCloseable {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "fake-workspace");
        t.setDaemon(true);
        return t;
    });

    final Map<String, String> contexts = new ConcurrentHashMap<>();
    final AtomicInteger contextsCreated = new AtomicInteger();
    final Map<String, Command> commands = new ConcurrentHashMap<>();
    final AtomicInteger commandsCancelled = new AtomicInteger();
    final Map<Long, Run> runs = new ConcurrentHashMap<>();
    final Map<String, Long> runsByToken = new ConcurrentHashMap<>();
    final AtomicInteger runsCancelled = new AtomicInteger();
    final AtomicInteger statementPolls = new AtomicInteger();
    final AtomicInteger statementsCancelled = new AtomicInteger();
    volatile int runPolls = 2;
    private final AtomicInteger ids = new AtomicInteger();

    static final class Command {
        final String context;
        final String text;
        final boolean multipart;
        volatile boolean cancelled;
        final AtomicInteger polls = new AtomicInteger();

        Command(String context, String text, boolean multipart) {
            this.context = context;
            this.text = text;
            this.multipart = multipart;
        }
    }

    static final class Run {
        final long id;
        final String name;
        final List<String> tasks;
        final AtomicInteger polls = new AtomicInteger();
        volatile boolean cancelled;

        Run(long id, String name, List<String> tasks) {
            this.id = id;
            this.name = name;
            this.tasks = tasks;
        }
    }

    FakeWorkspace() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 500);
        server.setExecutor(pool);
        server.createContext("/api/", exchange -> {
            try {
                route(exchange);
            } catch (RuntimeException e) {
                reply(exchange, 500, "{\"error_code\":\"INTERNAL_ERROR\",\"message\":\"" + e + "\"}");
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    long runningRuns() {
        return runs.values().stream().filter(r -> !r.cancelled && r.polls.get() <= runPolls).count();
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, String> query = query(exchange);
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        JsonNode body = raw.length > 0 && contentType != null && contentType.contains("json") ? json.readTree(raw) : json.createObjectNode();
        switch (path) {
            case "/api/1.2/contexts/create" -> {
                String id = "ctx-" + ids.incrementAndGet();
                contexts.put(id, "Pending");
                contextsCreated.incrementAndGet();
                reply(exchange, 200, "{\"id\":\"" + id + "\"}");
            }
            case "/api/1.2/contexts/status" -> {
                String id = query.get("contextId");
                String status = contexts.get(id);
                if (status == null) {
                    reply(exchange, 400, "{\"error_code\":\"INVALID_PARAMETER_VALUE\",\"message\":\"Context " + id + " not found\"}");
                    return;
                }
                contexts.put(id, "Running");
                reply(exchange, 200, "{\"id\":\"" + id + "\",\"status\":\"" + status + "\"}");
            }
            case "/api/1.2/contexts/destroy" -> {
                contexts.remove(body.path("contextId").asText());
                reply(exchange, 200, "{\"id\":\"" + body.path("contextId").asText() + "\"}");
            }
            case "/api/1.2/commands/execute" -> execute(exchange, body, raw, contentType);
            case "/api/1.2/commands/status" -> commandStatus(exchange, query.get("commandId"));
            case "/api/1.2/commands/cancel" -> {
                Command c = commands.get(body.path("commandId").asText());
                if (c != null) {
                    c.cancelled = true;
                    commandsCancelled.incrementAndGet();
                }
                reply(exchange, 200, "{\"id\":\"" + body.path("commandId").asText() + "\"}");
            }
            case "/api/2.2/jobs/runs/submit", "/api/2.2/jobs/run-now" -> submit(exchange, body);
            case "/api/2.2/jobs/runs/get" -> runGet(exchange, Long.parseLong(query.get("run_id")));
            case "/api/2.2/jobs/runs/cancel" -> {
                Run run = runs.get(body.path("run_id").asLong());
                if (run != null) {
                    run.cancelled = true;
                    runsCancelled.incrementAndGet();
                }
                reply(exchange, 200, "{}");
            }
            case "/api/2.2/jobs/runs/get-output" -> reply(exchange, 200, "{\"logs\":\"output of " + query.get("run_id") + "\"}");
            case "/api/2.0/sql/statements" -> statement(exchange, body);
            default -> {
                if (path.startsWith("/api/2.0/sql/statements/")) {
                    statementGet(exchange, path.substring("/api/2.0/sql/statements/".length()));
                } else {
                    reply(exchange, 404, "{\"error_code\":\"ENDPOINT_NOT_FOUND\",\"message\":\"" + path + "\"}");
                }
            }
        }
    }

    private void execute(HttpExchange exchange, JsonNode body, byte[] raw, String contentType) throws IOException {
        String context;
        String text;
        boolean multipart = contentType != null && contentType.startsWith("multipart/form-data");
        if (multipart) {
            Map<String, String> parts = multipart(new String(raw, StandardCharsets.UTF_8), contentType);
            context = parts.get("contextId");
            text = parts.get("command");
        } else {
            context = body.path("contextId").asText();
            text = body.path("command").asText();
        }
        if (!contexts.containsKey(context)) {
            reply(exchange, 400, "{\"error_code\":\"INVALID_PARAMETER_VALUE\",\"message\":\"Context " + context + " not found\"}");
            return;
        }
        String id = "cmd-" + ids.incrementAndGet();
        commands.put(id, new Command(context, text, multipart));
        reply(exchange, 200, "{\"id\":\"" + id + "\"}");
    }

    private static Map<String, String> multipart(String body, String contentType) {
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : body.split(java.util.regex.Pattern.quote(boundary))) {
            int nameAt = part.indexOf("name=\"");
            int split = part.indexOf("\r\n\r\n");
            if (nameAt < 0 || split < 0) {
                continue;
            }
            String name = part.substring(nameAt + 6, part.indexOf('"', nameAt + 6));
            String value = part.substring(split + 4);
            parts.put(name, value.endsWith("\r\n") ? value.substring(0, value.length() - 2) : value);
        }
        return parts;
    }

    private void commandStatus(HttpExchange exchange, String id) throws IOException {
        Command c = commands.get(id);
        ObjectNode answer = json.createObjectNode().put("id", id);
        int polls = c.polls.incrementAndGet();
        if (c.cancelled) {
            answer.put("status", "Cancelled");
        } else if (c.text.startsWith("sleep") || polls < 2) {
            answer.put("status", "Running");
        } else {
            answer.put("status", "Finished");
            ObjectNode results = answer.putObject("results");
            switch (c.text.trim()) {
                case "table" -> {
                    results.put("resultType", "table").put("truncated", false).put("isJsonSchema", true);
                    ArrayNode data = results.putArray("data");
                    data.addArray().add(1).add("a");
                    data.addArray().add(2).add("b");
                    ArrayNode schema = results.putArray("schema");
                    schema.addObject().put("name", "id").put("type", "int");
                    schema.addObject().put("name", "name").put("type", "string");
                }
                case "fail" -> results.put("resultType", "error").put("summary", "java.lang.RuntimeException: boom")
                        .put("cause", "java.lang.RuntimeException: boom\n\tat line 1");
                case "images" -> results.put("resultType", "images").putArray("data").add("aGVsbG8=");
                default -> results.put("resultType", "text").put("data", "echo:" + c.text + (c.multipart ? " (file)" : ""));
            }
        }
        reply(exchange, 200, answer.toString());
    }

    private void submit(HttpExchange exchange, JsonNode body) throws IOException {
        String token = body.path("idempotency_token").asText(null);
        Long existing = token == null ? null : runsByToken.get(token);
        if (existing != null) {
            reply(exchange, 200, "{\"run_id\":" + existing + "}");
            return;
        }
        long id = ids.incrementAndGet();
        List<String> tasks = new java.util.ArrayList<>();
        body.path("tasks").forEach(t -> tasks.add(t.path("task_key").asText()));
        runs.put(id, new Run(id, body.path("run_name").asText(""), tasks));
        if (token != null) {
            runsByToken.put(token, id);
        }
        reply(exchange, 200, "{\"run_id\":" + id + ",\"number_in_job\":" + id + "}");
    }

    private void runGet(HttpExchange exchange, long id) throws IOException {
        Run run = runs.get(id);
        ObjectNode answer = json.createObjectNode().put("run_id", id).put("run_name", run.name)
                .put("run_page_url", "https://fake.example/#job/1/run/" + id);
        ObjectNode state = answer.putObject("state");
        int polls = run.polls.incrementAndGet();
        if (run.cancelled) {
            state.put("life_cycle_state", "TERMINATED").put("result_state", "CANCELED").put("state_message", "cancelled by user");
        } else if (polls <= runPolls || run.name.startsWith("forever")) {
            state.put("life_cycle_state", polls == 1 ? "PENDING" : "RUNNING");
        } else if (run.name.contains("fail")) {
            state.put("life_cycle_state", "TERMINATED").put("result_state", "FAILED")
                    .put("state_message", "Task t failed with message: ZeroDivisionError");
        } else {
            state.put("life_cycle_state", "TERMINATED").put("result_state", "SUCCESS");
        }
        ArrayNode tasks = answer.putArray("tasks");
        for (int i = 0; i < run.tasks.size(); i++) {
            tasks.addObject().put("task_key", run.tasks.get(i)).put("run_id", id * 100 + i);
        }
        reply(exchange, 200, answer.toString());
    }

    private void statement(HttpExchange exchange, JsonNode body) throws IOException {
        String text = body.path("statement").asText();
        String id = text.contains("nope") ? "st-fail" : text.contains("forever") ? "st-forever" : "st-ok";
        reply(exchange, 200, "{\"statement_id\":\"" + id + "\",\"status\":{\"state\":\"PENDING\"},\"wait_timeout_seen\":\""
                             + body.path("wait_timeout").asText() + "\"}");
    }

    private void statementGet(HttpExchange exchange, String rest) throws IOException {
        if (rest.endsWith("/cancel")) {
            statementsCancelled.incrementAndGet();
            reply(exchange, 200, "{}");
            return;
        }
        if (rest.contains("/result/chunks/")) {
            int chunk = Integer.parseInt(rest.substring(rest.lastIndexOf('/') + 1));
            ObjectNode answer = json.createObjectNode().put("chunk_index", chunk);
            ArrayNode data = answer.putArray("data_array");
            data.addArray().add(String.valueOf(chunk * 2 + 1)).add("row" + (chunk * 2 + 1)).add("1.50").add("2024-01-0" + (chunk + 1)).add("true");
            data.addArray().add(String.valueOf(chunk * 2 + 2)).addNull().add("2.25").add("2024-01-0" + (chunk + 1)).add("false");
            if (chunk < 2) {
                answer.put("next_chunk_index", chunk + 1);
            }
            reply(exchange, 200, answer.toString());
            return;
        }
        int polls = statementPolls.incrementAndGet();
        ObjectNode answer = json.createObjectNode().put("statement_id", rest);
        if (rest.equals("st-forever") || polls % 2 == 1) {
            answer.putObject("status").put("state", "RUNNING");
        } else if (rest.equals("st-fail")) {
            answer.putObject("status").put("state", "FAILED").putObject("error")
                    .put("error_code", "BAD_REQUEST").put("message", "[TABLE_OR_VIEW_NOT_FOUND] The table or view `nope` cannot be found.");
        } else {
            answer.putObject("status").put("state", "SUCCEEDED");
            ObjectNode manifest = answer.putObject("manifest").put("format", "JSON_ARRAY").put("total_chunk_count", 3)
                    .put("total_row_count", 6).put("truncated", false);
            ArrayNode columns = manifest.putObject("schema").put("column_count", 5).putArray("columns");
            columns.addObject().put("name", "id").put("type_name", "INT").put("position", 0);
            columns.addObject().put("name", "name").put("type_name", "STRING").put("position", 1);
            columns.addObject().put("name", "price").put("type_name", "DECIMAL").put("position", 2);
            columns.addObject().put("name", "day").put("type_name", "DATE").put("position", 3);
            columns.addObject().put("name", "ok").put("type_name", "BOOLEAN").put("position", 4);
            ObjectNode result = answer.putObject("result").put("chunk_index", 0).put("next_chunk_index", 1);
            ArrayNode data = result.putArray("data_array");
            data.addArray().add("1").add("row1").add("1.50").add("2024-01-01").add("true");
            data.addArray().add("2").addNull().add("2.25").add("2024-01-01").add("false");
        }
        reply(exchange, 200, answer.toString());
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }


    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
