package dev.lakeroute.dblocal.contract;

import java.util.Locale;

/**
 * What makes a route and a catalogue operation the same operation: the HTTP method and the path, with
 * the API version and the names of path parameters left out. databricks-local serves an operation under
 * every version clients use (clusters on 2.0 and 2.1, jobs on 2.0 to 2.2) while the catalogue names one,
 * and the two may name a path parameter differently ({@code {id}}, {@code {warehouse_id}}).
 */
record RouteKey(String method, String path) {
    static RouteKey of(String method, String path) {
        String normalized = path.replaceFirst("^/api/\\d+\\.\\d+/", "/api/*/").replaceAll("\\{[^}]*}", "{}");
        return new RouteKey(method.toUpperCase(Locale.ROOT), normalized);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
