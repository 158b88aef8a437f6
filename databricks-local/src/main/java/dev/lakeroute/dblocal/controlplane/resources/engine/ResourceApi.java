package dev.lakeroute.dblocal.controlplane.resources.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiFamily;
import dev.lakeroute.dblocal.http.ApiHandler;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.ApiRoutes;

import java.util.List;
import java.util.function.Function;

/**
 * Serves every resource family described by a {@link ResourceSpec}: one generic handler per
 * operation kind, registered on each endpoint's verb, path and versions, plus each family's own extra
 * operations.
 */
public final class ResourceApi implements ApiFamily {
    private final ResourceRegistry registry;
    private final List<ResourceFamily> families;

    /** Serves the families {@code catalogue} makes on the registry it is given (see {@code ResourceCatalogue}). */
    public ResourceApi(ServerContext context, Function<ResourceRegistry, List<ResourceFamily>> catalogue) {
        this.registry = new ResourceRegistry(context.store(), context.clock());
        this.families = List.copyOf(catalogue.apply(registry));
        for (ResourceFamily family : families) {
            family.specs().forEach(registry::add);
        }
    }

    public ResourceRegistry registry() {
        return registry;
    }

    @Override
    public void register(ApiRoutes routes) {
        for (ResourceFamily family : families) {
            for (ResourceSpec spec : family.specs()) {
                ResourceStore store = registry.store(spec.family());
                for (Endpoint endpoint : spec.endpoints()) {
                    ApiHandler handler = guarded(spec.errorStyle(), handlerFor(store, endpoint));
                    endpoint.fullPaths().forEach(path -> routes.handle(endpoint.method(), path, handler));
                }
            }
            family.registerExtras(routes);
        }
        for (ResourceFamily family : families) {
            for (ResourceSpec spec : family.specs()) {
                spec.behaviour().recover(registry.store(spec.family()));
            }
        }
    }

    /** Answers a family's errors in its own style (SCIM error documents for SCIM). */
    public static ApiHandler guarded(ErrorStyle style, ApiHandler handler) {
        if (style == ErrorStyle.DATABRICKS) {
            return handler;
        }
        return request -> {
            try {
                return handler.handle(request);
            } catch (ApiException e) {
                return style.render(e);
            }
        };
    }

    private static ApiHandler handlerFor(ResourceStore store, Endpoint endpoint) {
        ResourceSpec spec = store.spec();
        return switch (endpoint.operation()) {
            case CREATE -> request -> spec.createReply().render(store.view(store.create(request.body(), request.principal()), false));
            case GET -> request -> spec.getReply().render(store.view(store.require(endpoint.id().read(request)), false));
            case LIST -> request -> list(store, request);
            case UPDATE -> request -> spec.updateReply().render(store.view(
                    store.update(endpoint.id().read(request), request.body(), endpoint.updateMode(), request.principal()), false));
            case DELETE -> request -> spec.deleteReply().render(store.view(
                    store.delete(endpoint.id().read(request), request.bool("force", false)), false));
        };
    }

    private static ObjectNode list(ResourceStore store, ApiRequest request) {
        List<ObjectNode> views = store.list(request).stream().map(document -> store.view(document, true)).toList();
        return store.spec().pagination().page(views, store.spec().listField(), request);
    }
}
