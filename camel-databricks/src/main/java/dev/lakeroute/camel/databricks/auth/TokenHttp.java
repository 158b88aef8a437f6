package dev.lakeroute.camel.databricks.auth;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/** The slice of the component's HTTP client the token sources need. */
@FunctionalInterface
public interface TokenHttp {

    CompletableFuture<HttpResponse<byte[]>> send(HttpRequest request);
}
