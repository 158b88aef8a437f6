package dev.lakeroute.camel.databricks.health;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.camel.databricks.error.DatabricksTransportException;
import dev.lakeroute.camel.databricks.error.TransportFailure;

import static dev.lakeroute.camel.databricks.support.Failures.unwrap;

/**
 * What one probe of a workspace found: up, or down with what failed (DNS, refused, TLS, timeout,
 * 401/403 with Databricks' error code ...). The message and details come from the component's own
 * exceptions, whose texts never contain a credential.
 *
 * @param details keys in Camel's dotted style; {@code http.response.code} is Camel's own
 */
public record ProbeResult(boolean up, String message, Map<String, Object> details, Instant checkedAt) {

    static final String FAILURE = "databricks.failure";
    static final String ERROR_CODE = "databricks.error.code";
    static final String USER = "databricks.user";
    static final String HTTP_RESPONSE_CODE = "http.response.code";

    static ProbeResult answered(String host, JsonNode me, Instant at) {
        Map<String, Object> details = new LinkedHashMap<>();
        String user = me == null ? null : me.path("userName").asText(null);
        if (user != null) {
            details.put(USER, user);
        }
        return new ProbeResult(true, "Databricks workspace " + host + " is reachable and accepts the credentials"
                                     + (user == null ? "" : " (as " + user + ")"), details, at);
    }

    static ProbeResult failed(String host, Throwable failure, Instant at) {
        Throwable t = unwrap(failure);
        Map<String, Object> details = new LinkedHashMap<>();
        String message;
        if (t instanceof DatabricksTransportException transport) {
            TransportFailure kind = transport.getKind();
            details.put(FAILURE, kind.name().toLowerCase(java.util.Locale.ROOT));
            message = "Cannot reach Databricks workspace " + host + ": " + kind.description() + " (" + t.getMessage() + ")";
        } else if (t instanceof DatabricksException e && e.getHttpStatus() > 0) {
            int status = e.getHttpStatus();
            details.put(HTTP_RESPONSE_CODE, status);
            if (e.getErrorCode() != null) {
                details.put(ERROR_CODE, e.getErrorCode());
            }
            String what = status == 401 ? "unauthenticated" : status == 403 ? "permission_denied"
                    : status == 429 ? "rate_limited" : status >= 500 ? "server_error" : "http_error";
            details.put(FAILURE, what);
            // Databricks answers an unknown or expired token with 403 "Invalid access token", not only with 401.
            message = "Databricks workspace " + host + (status == 401 || status == 403 ? " does not accept the credentials: "
                    : " answered the health probe with an error: ") + t.getMessage();
        } else {
            details.put(FAILURE, t instanceof DatabricksException ? "credentials" : "error");
            message = "Databricks workspace " + host + " could not be probed: " + t.getMessage();
        }
        return new ProbeResult(false, message, details, at);
    }

    static ProbeResult noAnswer(String host, Duration timeout, Instant at) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(FAILURE, "timeout");
        return new ProbeResult(false, "Databricks workspace " + host + " did not answer the health probe within "
                                      + timeout.toMillis() + " ms", details, at);
    }
}
