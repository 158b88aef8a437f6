package dev.lakeroute.dblocal.http;

/**
 * An operation the server answers, as registered: the HTTP method and the path in Databricks' notation
 * ({@code {name}} for a path parameter), e.g. {@code GET /api/2.1/clusters/get}.
 */
public record ApiRoute(String method, String path) {
    @Override
    public String toString() {
        return method + " " + path;
    }
}
