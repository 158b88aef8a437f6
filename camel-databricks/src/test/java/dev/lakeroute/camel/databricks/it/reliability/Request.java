package dev.lakeroute.camel.databricks.it.reliability;

import java.io.File;
import java.util.Map;

/**
 * One exchange of a cell, as data: the URI below the component's scheme (e.g.
 * {@code jobs/runs/submit?runTimeout=60000}), the body (a String, a Map sent as JSON, or a File) and
 * headers. Data so that the in-test route and the child component JVM send the very same thing.
 */
record Request(String uri, Object body, Map<String, String> headers) {

    Request {
        headers = Map.copyOf(headers);
        if (body != null && !(body instanceof String || body instanceof Map || body instanceof File)) {
            throw new IllegalArgumentException("body must be a String, a Map or a File, was " + body.getClass().getName());
        }
    }

    static Request of(String uri, Object body) {
        return new Request(uri, body, Map.of());
    }
}
