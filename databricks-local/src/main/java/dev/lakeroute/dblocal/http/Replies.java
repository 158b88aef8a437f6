package dev.lakeroute.dblocal.http;

import dev.lakeroute.dblocal.support.Failures;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/** Writes answers and errors the way Databricks does, honouring a pending drop-after-response fault. */
public final class Replies {
    private static final Logger LOG = LoggerFactory.getLogger(Replies.class);
    public static final String DROP_AFTER_RESPONSE = "lakeroute.dropAfterResponse";

    private Replies() {
    }

    public static void send(RoutingContext ctx, Object result) {
        ApiResponse response = result instanceof ApiResponse r ? r : ApiResponse.json(200, result == null ? Json.object() : result);
        if (Boolean.TRUE.equals(ctx.get(DROP_AFTER_RESPONSE))) {
            ctx.request().connection().close();
            return;
        }
        HttpServerResponse http = ctx.response();
        if (http.ended() || http.closed()) {
            return;
        }
        http.setStatusCode(response.status());
        http.putHeader("x-request-id", requestId(ctx));
        if (response.contentType() != null) {
            http.putHeader("Content-Type", response.contentType());
        }
        response.headers().forEach(http::putHeader);
        http.end(Buffer.buffer(response.body()));
    }

    public static void fail(RoutingContext ctx, Throwable failure) {
        Throwable cause = Failures.cause(failure);
        if (cause instanceof HttpClosedException || ctx.response().closed()) {
            // The client went away (dropped mid-body, timed out): nobody is left to answer, and it is not a server fault.
            LOG.debug("{} {}: the client closed the connection ({})", ctx.request().method(), ctx.request().path(), cause.toString());
            return;
        }
        ApiException error;
        if (cause instanceof ApiException api) {
            error = api;
        } else if (cause instanceof IllegalArgumentException bad) {
            error = ApiException.invalidParameter(bad.getMessage());
        } else {
            LOG.warn("Unexpected failure in {} {}", ctx.request().method(), ctx.request().path(), cause);
            error = ApiException.internal(cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
        send(ctx, ApiResponse.json(error.status(), Json.object().put("error_code", error.errorCode()).put("message", error.getMessage())));
    }


    private static String requestId(RoutingContext ctx) {
        String id = ctx.get("lakeroute.requestId");
        if (id == null) {
            id = UUID.randomUUID().toString();
            ctx.put("lakeroute.requestId", id);
        }
        return id;
    }
}
