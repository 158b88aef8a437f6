package dev.lakeroute.camel.databricks.it.reliability;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import dev.lakeroute.camel.databricks.DatabricksComponent;
import dev.lakeroute.camel.databricks.DatabricksConstants;

/**
 * The component JVM of the "component JVM kill -9" column: a route from a durable source (files in an
 * inbox, each an envelope with the URI, body and headers of one exchange) to databricks, the idempotency
 * key taken from the message (the file name). A file is moved away only once its exchange completed, so
 * after a kill the next JVM redelivers it. Each outcome is written to the outbox as JSON.
 * <pre>java -Dmatrix.component.&lt;scheme&gt;=&lt;url&gt; -Dmatrix.token=… RedeliveryMain inbox outbox</pre>
 */
public final class RedeliveryMain {

    static final String READY = "redelivery route started";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RedeliveryMain() {
    }

    public static void main(String[] args) throws Exception {
        Path inbox = Path.of(args[0]);
        Path outbox = Path.of(args[1]);
        Files.createDirectories(outbox);
        CamelContext context = new DefaultCamelContext();
        context.setStreamCaching(false);
        String token = System.getProperty("matrix.token");
        for (String property : System.getProperties().stringPropertyNames()) {
            if (property.startsWith("matrix.component.")) {
                context.addComponent(property.substring("matrix.component.".length()),
                        component(System.getProperty(property), token));
            }
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true)
                        .process(exchange -> write(outbox, exchange, exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)));
                // readLockDeleteOrphanLockFiles: the lock file a killed JVM left must not hide the file from the next one.
                from("file:" + inbox + "?include=.*\\.json&move=.done&readLockDeleteOrphanLockFiles=true&delay=100&maxMessagesPerPoll=50")
                        .routeId("redelivery")
                        .threads(16)
                        .process(RedeliveryMain::unwrap)
                        .recipientList(header("matrixUri"))
                        .process(exchange -> write(outbox, exchange, null));
            }
        });
        context.start();
        System.out.println(READY);
        System.out.flush();
        new CountDownLatch(1).await();
    }

    private static DatabricksComponent component(String url, String token) {
        return FaultMatrixTest.component(url, token);
    }

    /** The envelope becomes the message: body, headers, target URI; the file name is the idempotency key. */
    private static void unwrap(Exchange exchange) throws Exception {
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class).replace(".json", "");
        JsonNode envelope = JSON.readTree(exchange.getMessage().getBody(String.class));
        exchange.getMessage().setHeader("matrixName", name);
        exchange.getMessage().setHeader("matrixUri", envelope.path("uri").asText());
        exchange.getMessage().setHeader(DatabricksConstants.IDEMPOTENCY_TOKEN, name);
        envelope.path("headers").fields().forEachRemaining(h -> exchange.getMessage().setHeader(h.getKey(), h.getValue().asText()));
        JsonNode body = envelope.path("body");
        Object value = switch (envelope.path("bodyType").asText()) {
            case "text" -> body.asText();
            case "json" -> JSON.convertValue(body, Map.class);
            case "file" -> new File(body.asText());
            default -> null;
        };
        // A file message gives its file back as the body when the body is null: a fresh message is what the envelope says.
        org.apache.camel.Message message = new org.apache.camel.support.DefaultMessage(exchange);
        message.setHeaders(new LinkedHashMap<>(exchange.getMessage().getHeaders()));
        message.setBody(value);
        exchange.setMessage(message);
    }

    private static void write(Path outbox, Exchange exchange, Exception failure) throws Exception {
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("ok", failure == null);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header : Outcome.KEPT_HEADERS) {
            Object value = exchange.getMessage().getHeader(header);
            if (value != null) {
                headers.put(header, String.valueOf(value));
            }
        }
        outcome.put("headers", headers);
        if (failure != null) {
            outcome.put("exceptionType", failure.getClass().getSimpleName());
            outcome.put("message", String.valueOf(failure.getMessage()));
        } else {
            Object body = exchange.getMessage().getBody();
            outcome.put("body", body == null ? null : Outcome.abbreviate(String.valueOf(body), 300));
        }
        String name = exchange.getMessage().getHeader("matrixName", String.class);
        Path temp = outbox.resolve(name + ".tmp");
        Files.writeString(temp, JSON.writeValueAsString(outcome));
        Files.move(temp, outbox.resolve(name + ".json"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
