package dev.lakeroute.camel.databricks.http;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

/**
 * The JDK HTTP client, for what {@link AsyncApiClient} does not carry: streamed bodies (file transfers,
 * multipart commands) and token requests. Pooled connections, its tasks on the component's worker pool, no
 * redirects. Host names are verified (the JDK client's default, which only a JVM-wide system property can
 * turn off).
 */
final class JdkStreamingClient {

    private final HttpClient client;

    JdkStreamingClient(HttpClientSettings settings, SSLContext tls, Executor executor) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .sslContext(tls)
                .build();
    }

    CompletableFuture<HttpResponse<byte[]>> send(HttpRequest request) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    CompletableFuture<HttpAnswer> stream(HttpCall call, String authorization, Supplier<HttpRequest.BodyPublisher> body,
                                         HttpResponse.BodyHandler<?> onSuccess) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(call.uri()).timeout(call.timeout());
        if (call.uri().getScheme().equals("http")) {
            // Plain http: skip the h2c upgrade dance, which some servers and proxies mishandle.
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        call.headers().forEach(builder::header);
        builder.header("Authorization", authorization);
        builder.method(call.method(), body.get());
        // The answer is taken from the body subscriber as soon as the content is there, on the client's
        // executor (the worker pool). The future of sendAsync completes later on the JDK's default async
        // pool, which on a machine of one or two cores is a new thread per call; it is only used for the
        // failures that happen before any answer (connect, timeout, reset).
        CompletableFuture<HttpAnswer> received = new CompletableFuture<>();
        HttpResponse.BodyHandler<Object> handler = info -> {
            HttpResponse.BodySubscriber<Object> subscriber = info.statusCode() / 100 == 2
                    ? HttpResponse.BodySubscribers.mapping(onSuccess.apply(info), content -> (Object) content)
                    : HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(), bytes -> (Object) bytes);
            subscriber.getBody().whenComplete((content, failure) -> {
                if (failure == null) {
                    received.complete(new HttpAnswer(info.statusCode(), info.headers(), content));
                }
            });
            return subscriber;
        };
        client.sendAsync(builder.build(), handler).whenComplete((response, failure) -> {
            if (failure != null) {
                received.completeExceptionally(failure);
            } else {
                received.complete(new HttpAnswer(response.statusCode(), response.headers(), response.body()));
            }
        });
        return received;
    }
}
