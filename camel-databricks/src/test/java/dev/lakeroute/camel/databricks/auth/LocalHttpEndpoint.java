package dev.lakeroute.camel.databricks.auth;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;

/**
 * A loopback HTTP server (the JDK's) answering one path the way a cloud endpoint documents it (Azure IMDS, the
 * GCE metadata server, GitHub's and Azure DevOps' ID token endpoints), recording what it was asked.
 */
final class LocalHttpEndpoint implements AutoCloseable {

    record Request(String method, URI uri, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    record Answer(int status, String body) {
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private LocalHttpEndpoint(HttpServer server) {
        this.server = server;
    }

    static LocalHttpEndpoint answering(String path, Function<Request, Answer> handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LocalHttpEndpoint endpoint = new LocalHttpEndpoint(server);
            server.createContext(path, exchange -> {
                Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI(),
                        exchange.getRequestHeaders(), new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                endpoint.requests.add(request);
                Answer answer = handler.apply(request);
                byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(answer.status(), bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            return endpoint;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:<port>} */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests() {
        return requests;
    }

    /** The component's token HTTP, over the JDK client. */
    static TokenHttp http() {
        return request -> CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
