package dev.lakeroute.dblocal.controlplane.resources.engine;

import dev.lakeroute.dblocal.http.ApiException;

/**
 * How a family answers for an id it does not know. Classic 2.0 verbs ({@code instance-pools/get},
 * {@code policies/clusters/get}) answer 400 INVALID_PARAMETER_VALUE; REST-style resources answer 404.
 */
public enum NotFoundStyle {
    REST_404, CLASSIC_400;

    ApiException error(String message) {
        return this == REST_404 ? ApiException.notFound(message) : ApiException.invalidParameter(message);
    }
}
