package dev.lakeroute.dblocal.http;

import dev.lakeroute.dblocal.auth.Authenticator;
import dev.lakeroute.dblocal.faults.Fault;
import dev.lakeroute.dblocal.faults.FaultInjector;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP front of databricks-local: authentication, fault injection, body parsing and the families'
 * routes, in that order, on one Vert.x router.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    /** Larger than any JSON call needs (a 1 MiB DBFS block is ~1.4 MB of base64), small enough to refuse abuse. */
    private static final long MAX_JSON_BODY = 16L * 1024 * 1024;
    private static final Pattern API_PATH = Pattern.compile("^/api/(\\d+\\.\\d+)/(.+)$");

    private final Vertx vertx;
    private final Router router;
    private final ApiRoutes routes;
    private final List<ApiRoute> publicOperations;
    private HttpServer server;

    public ApiServer(Vertx vertx, Authenticator authenticator, FaultInjector faults, Path uploadsDir,
                     Consumer<Router> publicRoutes, List<ApiFamily> families) {
        this(vertx, authenticator, faults, uploadsDir, publicRoutes, families, RateLimitFilter.none());
    }

    public ApiServer(Vertx vertx, Authenticator authenticator, FaultInjector faults, Path uploadsDir,
                     Consumer<Router> publicRoutes, List<ApiFamily> families, RateLimitFilter rateLimits) {
        this.vertx = vertx;
        this.router = Router.router(vertx);
        this.routes = new ApiRoutes(router, vertx);
        vertx.exceptionHandler(ApiServer::uncaught);

        publicRoutes.accept(router);
        this.publicOperations = router.getRoutes().stream()
                .filter(route -> route.getPath() != null && route.methods() != null)
                .flatMap(route -> route.methods().stream().map(method -> new ApiRoute(method.name(), route.getPath())))
                .toList();

        router.route("/api/*").handler(ctx -> authenticate(ctx, authenticator));
        router.route("/local/*").handler(ctx -> authenticate(ctx, authenticator));
        router.route("/api/*").handler(rateLimits::handle);
        router.route("/api/*").handler(ctx -> injectFault(ctx, faults));

        BodyHandler bodies = BodyHandler.create(uploadsDir.toString())
                .setBodyLimit(MAX_JSON_BODY)
                .setDeleteUploadedFilesOnEnd(true)
                .setHandleFileUploads(true);
        UrlEncodedBodies urlEncoded = new UrlEncodedBodies(MAX_JSON_BODY);
        router.route().handler(ctx -> {
            if (routes.isStreaming(ctx.request().path())) {
                ctx.next();
            } else if (UrlEncodedBodies.applies(ctx.request())) {
                urlEncoded.handle(ctx);
            } else {
                bodies.handle(ctx);
            }
        });

        new FaultAdminRoutes(faults).register(routes);
        families.forEach(family -> family.register(routes));

        router.route().last().handler(ctx -> notFound(ctx));
        router.errorHandler(405, ctx -> notFound(ctx));
        for (int status = 400; status < 500; status++) {
            if (status != 404 && status != 405) {
                router.errorHandler(status, ApiServer::clientError);
            }
        }
        router.errorHandler(500, ctx -> Replies.fail(ctx, ctx.failure() == null ? new IllegalStateException("request failed") : ctx.failure()));
    }

    public int listen(String host, int port) {
        return listen(host, port, null);
    }

    /** @param tls null for plain http */
    public int listen(String host, int port, ServerTls tls) {
        HttpServerOptions options = new HttpServerOptions()
                .setHost(host)
                .setPort(port)
                .setCompressionSupported(false)
                .setIdleTimeout(0);
        try {
            server = vertx.createHttpServer(tls == null ? options : tls.applyTo(options))
                    .requestHandler(router)
                    .listen()
                    .toCompletionStage().toCompletableFuture().get();
            return server.actualPort();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while binding " + host + ":" + port, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot listen on " + host + ":" + port + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    public ApiRoutes routes() {
        return routes;
    }

    /** Every operation answered: the public ones (OAuth, well-known), then those registered on {@link #routes()}. */
    public List<ApiRoute> operations() {
        List<ApiRoute> all = new ArrayList<>(publicOperations);
        all.addAll(routes.registered());
        return all;
    }

    private static void authenticate(RoutingContext ctx, Authenticator authenticator) {
        try {
            ctx.put(ApiRoutes.PRINCIPAL, authenticator.authenticate(ctx.request().getHeader("Authorization")));
            ctx.next();
        } catch (ApiException e) {
            Replies.fail(ctx, e);
        }
    }

    private void injectFault(RoutingContext ctx, FaultInjector faults) {
        if (faults.isEmpty()) {
            ctx.next();
            return;
        }
        Optional<Fault> taken = operationOf(ctx.request().path()).flatMap(faults::take);
        if (taken.isEmpty()) {
            ctx.next();
            return;
        }
        Fault fault = taken.get();
        switch (fault.kind()) {
            case RATE_LIMIT -> Replies.send(ctx, new ApiResponse(429, "application/json",
                    Json.write(Json.object().put("error_code", "REQUEST_LIMIT_EXCEEDED")
                            .put("message", "Too many requests. Please wait a moment and try again.")),
                    java.util.Map.of("Retry-After", Integer.toString(fault.retryAfterSeconds()))));
            case INTERNAL_ERROR -> Replies.fail(ctx, ApiException.internal("Injected internal error"));
            case UNAVAILABLE -> Replies.fail(ctx, new ApiException(503, "TEMPORARILY_UNAVAILABLE", "The service is temporarily unavailable"));
            case DELAY -> {
                // Paused so the body is still unread when the body handler runs after the delay.
                ctx.request().pause();
                vertx.setTimer(Math.max(1, fault.delayMillis()), id -> ctx.next());
            }
            case DROP -> ctx.request().connection().close();
            case DROP_AFTER_RESPONSE -> {
                ctx.put(Replies.DROP_AFTER_RESPONSE, Boolean.TRUE);
                ctx.next();
            }
        }
    }

    /** A 413 as Databricks shapes errors. */
    static ApiException tooLarge(long limit) {
        return new ApiException(413, "RESOURCE_LIMIT_EXCEEDED", "The request body is larger than the " + (limit / (1024 * 1024))
                + " MiB databricks-local accepts for JSON and form bodies; upload large files with the Files API or DBFS create/add-block/close.");
    }

    /**
     * A 4xx Vert.x answered for us (an unreadable body, one over the limit): the client's mistake, so one DEBUG
     * line instead of a stack trace, and Databricks' JSON instead of Vert.x's plain text.
     */
    private static void clientError(RoutingContext ctx) {
        int status = ctx.statusCode();
        Throwable failure = ctx.failure();
        LOG.debug("{} {} refused with {}: {}", ctx.request().method(), ctx.request().path(), status,
                failure == null ? "-" : failure.toString());
        String reason = failure == null || failure.getMessage() == null ? HttpResponseStatus.valueOf(status).reasonPhrase() : failure.getMessage();
        ApiException error = switch (status) {
            case 400 -> ApiException.malformedRequest("The request body could not be read: " + reason);
            case 413 -> tooLarge(MAX_JSON_BODY);
            default -> new ApiException(status, "BAD_REQUEST", reason);
        };
        if (!ctx.request().isEnded()) {
            ctx.response().putHeader("Connection", "close");
        }
        Replies.fail(ctx, error);
    }

    /**
     * Exceptions no handler caught. Vert.x 5.0.7's body handler throws "File handle is closed" when a client drops
     * a multipart upload (it cancels a pipe whose file its own failure already closed; the part is deleted all
     * the same): a client's doing, not worth a stack trace.
     */
    private static void uncaught(Throwable failure) {
        if (failure instanceof IllegalStateException && "File handle is closed".equals(failure.getMessage())) {
            LOG.debug("A client dropped a multipart upload: {}", failure.toString());
        } else {
            LOG.error("Unhandled exception in the HTTP server", failure);
        }
    }

    /** The operation of an API path: {@code /api/2.1/clusters/get} → {@code clusters/get}. */
    static Optional<String> operationOf(String path) {
        Matcher matcher = API_PATH.matcher(path);
        return matcher.matches() ? Optional.of(matcher.group(2)) : Optional.empty();
    }

    private static void notFound(RoutingContext ctx) {
        Replies.fail(ctx, new ApiException(404, "ENDPOINT_NOT_FOUND",
                "No API found for '" + ctx.request().method() + " " + ctx.request().path() + "'"));
    }

    @Override
    public void close() {
        if (server != null) {
            try {
                server.close().toCompletionStage().toCompletableFuture().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // The server is going away either way; a close error changes nothing for the caller.
            }
        }
    }
}
