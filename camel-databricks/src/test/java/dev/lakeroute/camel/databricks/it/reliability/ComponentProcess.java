package dev.lakeroute.camel.databricks.it.reliability;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The test's side of {@link RedeliveryMain}: starts and kills the JVM, drops envelopes, reads outcomes. */
final class ComponentProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path inbox;
    private final Path outbox;
    private final ChildJvm jvm;

    /** @param components scheme → server URL; all servers share {@code token} */
    ComponentProcess(Path dir, Map<String, String> components, String token) {
        this.inbox = dir.resolve("inbox");
        this.outbox = dir.resolve("outbox");
        List<String> options = new ArrayList<>();
        components.forEach((scheme, url) -> options.add("-Dmatrix.component." + scheme + "=" + url));
        options.add("-Dmatrix.token=" + token);
        this.jvm = new ChildJvm("component JVM", options, RedeliveryMain.class.getName(),
                List.of(inbox.toString(), outbox.toString()), dir.resolve("component.log"));
    }

    ComponentProcess start() {
        jvm.start(RedeliveryMain.READY, Duration.ofSeconds(60));
        return this;
    }

    void kill() {
        jvm.kill();
    }

    /** Drops the envelope of one exchange; {@code name} becomes its idempotency key. */
    void send(String name, String scheme, Request request) {
        ObjectNode envelope = JSON.createObjectNode().put("uri", scheme + ":" + request.uri());
        Object body = request.body();
        if (body instanceof String text) {
            envelope.put("bodyType", "text").put("body", text);
        } else if (body instanceof Map<?, ?> map) {
            envelope.put("bodyType", "json").set("body", JSON.valueToTree(map));
        } else if (body instanceof File file) {
            envelope.put("bodyType", "file").put("body", file.getAbsolutePath());
        } else {
            envelope.put("bodyType", "none");
        }
        envelope.set("headers", JSON.valueToTree(request.headers()));
        try {
            Files.createDirectories(inbox);
            Path temp = inbox.resolve(name + ".tmp");
            Files.writeString(temp, envelope.toString());
            Files.move(temp, inbox.resolve(name + ".json"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean done(String name) {
        return Files.exists(outbox.resolve(name + ".json"));
    }

    @SuppressWarnings("unchecked")
    Outcome outcome(String name) {
        try {
            JsonNode node = JSON.readTree(outbox.resolve(name + ".json").toFile());
            Map<String, String> headers = JSON.convertValue(node.path("headers"), Map.class);
            return new Outcome(node.path("ok").asBoolean(), node.path("exceptionType").asText(null), node.path("message").asText(null),
                    headers, node.path("body").asText(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        jvm.kill();
    }
}
