package dev.lakeroute.camel.databricks.http;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * One HTTP request ready to send, without credentials (added per attempt, since OAuth tokens may be
 * refreshed between attempts). {@link #toString()} leaves out the body, which may hold secrets.
 *
 * @param idempotent whether repeating it after it may have reached the server is harmless
 * @param family     operation family for the rate limiter
 */
public record HttpCall(String operation, String family, String method, URI uri, Map<String, String> headers, byte[] body,
                       boolean idempotent, Duration timeout) {

    public HttpCall {
        headers = Map.copyOf(headers);
    }

    /** This call with {@code extra} headers added (credentials' own headers besides Authorization). */
    public HttpCall withHeaders(Map<String, String> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        Map<String, String> all = new java.util.LinkedHashMap<>(headers);
        all.putAll(extra);
        return new HttpCall(operation, family, method, uri, all, body, idempotent, timeout);
    }

    @Override
    public String toString() {
        return "HttpCall[" + method + " " + uri.getRawPath() + " (" + operation + ")]";
    }
}
