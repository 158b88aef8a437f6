package dev.lakeroute.camel.databricks.http;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

import dev.lakeroute.camel.databricks.auth.TokenHttp;

/**
 * The component's {@link Transport} for one set of {@link HttpClientSettings}: in-memory calls on HttpCore 5
 * ({@link AsyncApiClient}: one I/O thread, chosen by measurement), streams and token requests on the JDK
 * client. TLS (trust store, host name verification) and timeouts are settled here, once, for both.
 */
public final class HttpTransport implements Transport {

    private final AsyncApiClient inMemory;
    private final JdkStreamingClient streaming;

    private HttpTransport(AsyncApiClient inMemory, JdkStreamingClient streaming) {
        this.inMemory = inMemory;
        this.streaming = streaming;
    }

    /** @param executor where the JDK client runs its tasks: the component's worker pool */
    public static HttpTransport create(HttpClientSettings settings, Executor executor) {
        SSLContext tls = ClientTls.context(settings);
        return new HttpTransport(AsyncApiClient.create(settings, tls), new JdkStreamingClient(settings, tls, executor));
    }

    @Override
    public CompletableFuture<HttpAnswer> send(HttpCall call, String authorization) {
        return inMemory.send(call, authorization);
    }

    @Override
    public CompletableFuture<HttpAnswer> stream(HttpCall call, String authorization, Supplier<HttpRequest.BodyPublisher> body,
                                                HttpResponse.BodyHandler<?> onSuccess) {
        return streaming.stream(call, authorization, body, onSuccess);
    }

    @Override
    public TokenHttp tokens() {
        return streaming::send;
    }

    @Override
    public void close() {
        inMemory.close();
    }
}
