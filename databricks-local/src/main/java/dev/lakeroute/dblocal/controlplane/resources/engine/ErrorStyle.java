package dev.lakeroute.dblocal.controlplane.resources.engine;

import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiResponse;
import dev.lakeroute.dblocal.http.Json;

/**
 * How a family writes errors. Most answer {@code {"error_code", "message"}}; SCIM answers its own
 * error document ({@code schemas}, {@code detail}, {@code status}), which the SDKs read as well.
 */
public enum ErrorStyle {
    DATABRICKS, SCIM;

    private static final String SCIM_ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

    Object render(ApiException error) {
        if (this == DATABRICKS) {
            throw error;
        }
        int status = error.status() == 400 && "RESOURCE_ALREADY_EXISTS".equals(error.errorCode()) ? 409 : error.status();
        return ApiResponse.json(status, Json.object()
                .<com.fasterxml.jackson.databind.node.ObjectNode>set("schemas", Json.array().add(SCIM_ERROR))
                .put("detail", error.getMessage())
                .put("status", Integer.toString(status)));
    }
}
