package dev.lakeroute.dblocal.controlplane.libraries;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiFamily;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.Json;

/** Libraries API 2.0: install, uninstall, cluster-status, all-cluster-statuses. */
public final class LibrariesApi implements ApiFamily {
    private final LibraryRegistry registry;

    public LibrariesApi(LibraryRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post("/api/2.0/libraries/install", request -> {
            registry.install(request.requireString("cluster_id"), libraries(request));
            return Json.object();
        });
        routes.post("/api/2.0/libraries/uninstall", request -> {
            registry.uninstall(request.requireString("cluster_id"), libraries(request));
            return Json.object();
        });
        routes.get("/api/2.0/libraries/cluster-status", request -> registry.clusterStatus(request.requireString("cluster_id")));
        routes.get("/api/2.0/libraries/all-cluster-statuses", request -> registry.allClusterStatuses());
    }

    private static JsonNode libraries(ApiRequest request) {
        JsonNode libraries = request.field("libraries").orElseThrow(() -> ApiException.missingField("libraries"));
        if (!libraries.isArray()) {
            throw ApiException.invalidParameter("libraries must be an array of library objects");
        }
        return libraries;
    }
}
