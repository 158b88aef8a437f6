package dev.lakeroute.dblocal.sparkdriver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** A real driver JVM for tests, launched the way databricks-local launches it, plus a blocking client. */
final class DriverProcess implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path workDir;
    final Path dbfsRoot;
    private final Process process;
    private final String token = UUID.randomUUID().toString();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    DriverProcess(Path workDir, int maxContexts) throws Exception {
        this.workDir = workDir;
        this.dbfsRoot = workDir.resolve("dbfs");
        Path ready = workDir.resolve("driver.ready");
        DriverOptions options = new DriverOptions(0, "0101-000000-test0001", "local[2]", dbfsRoot, ready, maxContexts,
                DriverOptions.DEFAULT_ROW_LIMIT, Map.of());
        List<Path> classpath = DriverCommandLine.runtimeClasspath(getClass().getClassLoader(), workDir);
        ProcessBuilder builder = new ProcessBuilder(DriverCommandLine.command(DriverCommandLine.currentJava(),
                System.getProperty("driver.test.heap", "1g"), classpath, options, workDir.resolve("driver.args")))
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("driver.log").toFile());
        builder.environment().put(DriverMain.TOKEN_ENV, token);
        process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(ready)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("Driver did not start:\n" + Files.readString(workDir.resolve("driver.log")));
            }
            Thread.sleep(20);
        }
        base = "http://127.0.0.1:" + Files.readString(ready).strip();
    }

    long pid() {
        return process.pid();
    }

    Process process() {
        return process;
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    JsonNode post(String path, Object body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))));
    }

    JsonNode delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    /** Answers the JSON body of any status; errors carry error_code. */
    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request.header(DriverProtocolServer.TOKEN_HEADER, token)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        return JSON.readTree(response.body());
    }

    String createContext(String language) throws IOException, InterruptedException {
        String id = post("/contexts", Map.of("language", language)).get("id").asText();
        JsonNode status = get("/contexts/" + id + "?wait=30000");
        if (!status.get("status").asText().equals("Running")) {
            throw new IllegalStateException("Context did not start: " + status);
        }
        return id;
    }

    String submit(String context, String command) throws IOException, InterruptedException {
        return post("/contexts/" + context + "/commands", Map.of("command", command)).get("id").asText();
    }

    JsonNode await(String context, String command) throws IOException, InterruptedException {
        JsonNode status;
        do {
            status = get("/contexts/" + context + "/commands/" + command + "?wait=30000");
        } while (!List.of("Finished", "Cancelled", "Error").contains(status.get("status").asText()));
        return status;
    }

    JsonNode run(String context, String command) throws IOException, InterruptedException {
        return await(context, submit(context, command));
    }

    @Override
    public void close() throws Exception {
        try {
            post("/shutdown", Map.of());
        } catch (IOException alreadyGone) {
            // Stopped already; the checks below still apply.
        }
        process.getOutputStream().close();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
