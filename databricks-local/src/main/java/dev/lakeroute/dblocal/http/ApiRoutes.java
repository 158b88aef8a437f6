package dev.lakeroute.dblocal.http;

import dev.lakeroute.dblocal.auth.Principal;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Where API families register their operations. Paths use Databricks' notation ({@code {name}} for a
 * path parameter); handlers run on worker threads and return what is answered.
 */
public final class ApiRoutes {
    public static final String PRINCIPAL = "lakeroute.principal";

    private final Router router;
    private final Vertx vertx;
    private final List<Pattern> streamingPaths = new CopyOnWriteArrayList<>();
    private final List<ApiRoute> registered = new CopyOnWriteArrayList<>();

    ApiRoutes(Router router, Vertx vertx) {
        this.router = router;
        this.vertx = vertx;
    }

    public ApiRoutes get(String path, ApiHandler handler) {
        return handle(HttpMethod.GET, path, handler);
    }

    public ApiRoutes post(String path, ApiHandler handler) {
        return handle(HttpMethod.POST, path, handler);
    }

    public ApiRoutes put(String path, ApiHandler handler) {
        return handle(HttpMethod.PUT, path, handler);
    }

    public ApiRoutes patch(String path, ApiHandler handler) {
        return handle(HttpMethod.PATCH, path, handler);
    }

    public ApiRoutes delete(String path, ApiHandler handler) {
        return handle(HttpMethod.DELETE, path, handler);
    }

    /** The same operation under several API versions, e.g. clusters on 2.0 and 2.1. */
    public ApiRoutes handle(HttpMethod method, Collection<String> versions, String operation, ApiHandler handler) {
        for (String version : versions) {
            handle(method, "/api/" + version + "/" + operation, handler);
        }
        return this;
    }

    public ApiRoutes handle(HttpMethod method, String path, ApiHandler handler) {
        registered.add(new ApiRoute(method.name(), path));
        router.route(method, toVertxPath(path)).handler(ctx -> dispatch(ctx, handler));
        return this;
    }

    /**
     * An operation that streams its body itself (Files API uploads of any size): the request body is
     * not buffered, and the handler runs on the event loop and must not block. {@code path} names the
     * operation in Databricks' notation (e.g. {@code /api/2.0/fs/files{file_path}}); {@code pathRegex} matches it.
     */
    public ApiRoutes streaming(HttpMethod method, String path, String pathRegex, Handler<RoutingContext> handler) {
        registered.add(new ApiRoute(method.name(), path));
        Pattern pattern = Pattern.compile(pathRegex);
        streamingPaths.add(pattern);
        router.routeWithRegex(method, pathRegex).handler(handler);
        return this;
    }

    /** Every operation registered so far, in registration order. */
    public List<ApiRoute> registered() {
        return List.copyOf(registered);
    }

    /** Runs blocking work for a streaming handler and answers with its result or error. */
    public void runBlocking(RoutingContext ctx, ApiHandler handler) {
        dispatch(ctx, handler);
    }

    boolean isStreaming(String path) {
        for (Pattern pattern : streamingPaths) {
            if (pattern.matcher(path).matches()) {
                return true;
            }
        }
        return false;
    }

    private void dispatch(RoutingContext ctx, ApiHandler handler) {
        Principal principal = ctx.get(PRINCIPAL);
        ApiRequest request = new ApiRequest(ctx, principal == null ? Principal.ADMIN.name() : principal.name());
        vertx.executeBlocking(() -> handler.handle(request), false)
                .onComplete(result -> {
                    if (result.succeeded()) {
                        Replies.send(ctx, result.result());
                    } else {
                        Replies.fail(ctx, result.cause());
                    }
                });
    }

    static String toVertxPath(String path) {
        return path.replaceAll("\\{([A-Za-z0-9_]+)}", ":$1");
    }

    /** The API versions an operation family is served under. */
    public static Set<String> versions(String... versions) {
        return Set.of(versions);
    }
}
