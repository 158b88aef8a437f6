package dev.lakeroute.camel.databricks.http;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import dev.lakeroute.camel.databricks.auth.TokenHttp;

/**
 * The wire: sends one attempt of an {@link HttpCall} and reports the answer, whatever its status, or the
 * failure that prevented one. It neither retries, nor maps errors, nor follows redirects (one to another
 * host would carry the token): {@link CallExecutor} decides what an answer means. Futures may complete on
 * an I/O thread, which callers must leave at once.
 */
public interface Transport extends AutoCloseable {

    /** A call whose request and answer are bytes in memory: every catalogue call and every poll. */
    CompletableFuture<HttpAnswer> send(HttpCall call, String authorization);

    /**
     * A call whose request body comes from {@code body} (a fresh publisher per attempt) and whose 2xx answer
     * goes to {@code onSuccess} (a file, a stream); any other answer is read into memory so it can be mapped
     * to an error.
     */
    CompletableFuture<HttpAnswer> stream(HttpCall call, String authorization, Supplier<HttpRequest.BodyPublisher> body,
                                         HttpResponse.BodyHandler<?> onSuccess);

    /** The way OAuth token sources reach their token endpoints, with the same TLS and timeouts. */
    TokenHttp tokens();

    @Override
    void close();
}
