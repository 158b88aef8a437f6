package dev.lakeroute.camel.databricks.auth;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.lakeroute.camel.databricks.support.Redactor;

/** Produces the {@code Authorization} header value for each request. */
public interface Credentials {

    /** The header value; may need a token fetch, hence asynchronous. */
    CompletableFuture<String> authorization();

    /** Whether a 401 may be cured by fetching a fresh token (OAuth), so the call is worth one more try. */
    default boolean refreshable() {
        return false;
    }

    /** Forget the token behind this header value after the server rejected it. */
    default void invalidate(String rejectedAuthorization) {
    }

    /**
     * Headers besides {@code Authorization} that go with the header value {@link #authorization()} last completed
     * with (Azure's {@code X-Databricks-Azure-SP-Management-Token}).
     */
    default Map<String, String> headers() {
        return Map.of();
    }

    AuthMethod method();

    /** Scrubs this credential's secrets from text. */
    Redactor redactor();
}
