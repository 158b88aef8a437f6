package dev.lakeroute.camel.databricks.http;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.Message;
import org.apache.hc.core5.http.impl.bootstrap.AsyncRequesterBootstrap;
import org.apache.hc.core5.http.impl.bootstrap.HttpAsyncRequester;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.entity.AsyncEntityProducers;
import org.apache.hc.core5.http.nio.ssl.BasicClientTlsStrategy;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.http.nio.support.BasicResponseConsumer;
import org.apache.hc.core5.http.protocol.HttpProcessorBuilder;
import org.apache.hc.core5.http.protocol.RequestConnControl;
import org.apache.hc.core5.http.protocol.RequestContent;
import org.apache.hc.core5.http.protocol.RequestTargetHost;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The client of the calls whose request and answer are bytes in memory (every catalogue call and every
 * poll): HttpCore 5's asynchronous requester, one I/O thread, pooled HTTP/1.1 connections. Chosen by
 * measurement (BENCHMARKS.md, B1): the JDK client's {@code sendAsync} hands each exchange across its
 * executor several times and completes every call on the JDK's default async pool, which on one or two
 * cores is a new thread per call. HttpCore rather than HttpClient 5: HttpClient logs request headers and
 * wire bytes at DEBUG, the token with them. Nothing here follows redirects (one to another host would
 * carry the token) or retries ({@link CallExecutor} does). Streamed bodies (file transfers, multipart
 * commands) and token requests go to {@link JdkStreamingClient}; {@link HttpTransport} holds both.
 */
final class AsyncApiClient implements AutoCloseable {

    /** Concurrent calls to one host before calls queue for a connection. */
    private static final int CONNECTIONS_PER_HOST = 64;

    private final HttpAsyncRequester requester;
    private final Map<String, CallGate> gates = new java.util.concurrent.ConcurrentHashMap<>();
    private final Timeout connectTimeout;

    private AsyncApiClient(HttpAsyncRequester requester, Timeout connectTimeout) {
        this.requester = requester;
        this.connectTimeout = connectTimeout;
    }

    /** Connections time out after {@code settings.requestTimeout()} without a byte from the server. */
    static AsyncApiClient create(HttpClientSettings settings, SSLContext tls) {
        HttpAsyncRequester requester = AsyncRequesterBootstrap.bootstrap()
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(1)
                        .setSoTimeout(Timeout.ofMilliseconds(settings.requestTimeout().toMillis())).build())
                // No Expect: 100-continue, no Date: what the JDK client sent, no more.
                .setHttpProcessor(HttpProcessorBuilder.create()
                        .add(new RequestContent()).add(new RequestTargetHost()).add(new RequestConnControl()).build())
                .setTlsStrategy(new BasicClientTlsStrategy(tls, (endpoint, engine) -> {
                    // Verify that the certificate names the host, as the JDK client does.
                    SSLParameters parameters = engine.getSSLParameters();
                    parameters.setEndpointIdentificationAlgorithm("HTTPS");
                    engine.setSSLParameters(parameters);
                }, null))
                .setDefaultMaxPerRoute(CONNECTIONS_PER_HOST)
                .setMaxTotal(4 * CONNECTIONS_PER_HOST)
                .create();
        requester.start();
        return new AsyncApiClient(requester, Timeout.ofMilliseconds(settings.connectTimeout().toMillis()));
    }

    /**
     * Sends {@code call} once a connection to its host is free for it; the future completes on the I/O
     * thread, so callers move to their own pool first.
     */
    CompletableFuture<HttpAnswer> send(HttpCall call, String authorization) {
        CallGate gate = gates.computeIfAbsent(call.uri().getRawAuthority(), host -> new CallGate(CONNECTIONS_PER_HOST));
        CompletableFuture<HttpAnswer> answer = gate.acquire().thenCompose(turn -> sendNow(call, authorization));
        answer.whenComplete((done, failure) -> gate.release());
        return answer;
    }

    private CompletableFuture<HttpAnswer> sendNow(HttpCall call, String authorization) {
        BasicHttpRequest request = new BasicHttpRequest(call.method(), call.uri());
        String contentType = null;
        for (Map.Entry<String, String> header : call.headers().entrySet()) {
            if (header.getKey().equalsIgnoreCase("Content-Type")) {
                contentType = header.getValue();
            } else {
                request.setHeader(header.getKey(), header.getValue());
            }
        }
        request.setHeader("Authorization", authorization);
        BasicRequestProducer producer = new BasicRequestProducer(request, call.body() == null ? null
                : AsyncEntityProducers.create(call.body(), contentType == null ? ContentType.APPLICATION_OCTET_STREAM
                        : ContentType.parse(contentType)));
        CompletableFuture<HttpAnswer> answer = new CompletableFuture<>();
        // HttpCore makes this timeout the connection's socket timeout once connected: it must be the request's,
        // or an answer the server legitimately holds back (a statement's wait_timeout) fails after connectTimeout.
        Timeout timeout = call.timeout() == null ? connectTimeout : Timeout.ofMilliseconds(call.timeout().toMillis());
        requester.execute(producer, new BasicResponseConsumer<>(new SizedBodyConsumer()), timeout,
                new FutureCallback<Message<HttpResponse, byte[]>>() {
                    @Override
                    public void completed(Message<HttpResponse, byte[]> message) {
                        byte[] body = message.getBody();
                        answer.complete(new HttpAnswer(message.getHead().getCode(), headers(message.getHead().getHeaders()),
                                body == null ? new byte[0] : body));
                    }

                    @Override
                    public void failed(Exception failure) {
                        answer.completeExceptionally(failure);
                    }

                    @Override
                    public void cancelled() {
                        answer.completeExceptionally(new IOException("the HTTP exchange was cancelled: the client is shutting down"));
                    }
                });
        return answer;
    }

    private static HttpHeaders headers(Header[] headers) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Header header : headers) {
            map.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>(1)).add(header.getValue());
        }
        return HttpHeaders.of(map, (name, value) -> true);
    }

    @Override
    public void close() {
        requester.close(CloseMode.IMMEDIATE);
    }
}
