package dev.lakeroute.dblocal.controlplane.resources.engine;

import io.vertx.core.http.HttpMethod;

import java.util.List;

/**
 * One HTTP operation of a resource family: verb, path below {@code /api/<version>/} for each version,
 * where the id comes from, and for updates whether absent fields are kept or dropped.
 */
public record Endpoint(Operation operation, HttpMethod method, List<String> versions, String path, IdSource id,
                       UpdateMode updateMode) {
    public Endpoint {
        versions = List.copyOf(versions);
        if (path.startsWith("/")) {
            throw new IllegalArgumentException("endpoint paths are relative to /api/<version>/: " + path);
        }
        if (id == null && (operation == Operation.GET || operation == Operation.UPDATE || operation == Operation.DELETE)) {
            throw new IllegalArgumentException(operation + " " + path + " needs to know where its id comes from");
        }
    }

    List<String> fullPaths() {
        return versions.stream().map(version -> "/api/" + version + "/" + path).toList();
    }
}
