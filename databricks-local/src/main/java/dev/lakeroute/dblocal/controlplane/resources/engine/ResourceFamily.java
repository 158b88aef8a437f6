package dev.lakeroute.dblocal.controlplane.resources.engine;

import dev.lakeroute.dblocal.http.ApiRoutes;

import java.util.List;

/**
 * One API family served from resource specs, plus the operations of its own that are not
 * create/get/list/update/delete (start/stop, SCIM PATCH, MLflow log-metric, …).
 */
public interface ResourceFamily {
    List<ResourceSpec> specs();

    default void registerExtras(ApiRoutes routes) {
    }
}
