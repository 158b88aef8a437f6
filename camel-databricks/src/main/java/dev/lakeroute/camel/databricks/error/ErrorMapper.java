package dev.lakeroute.camel.databricks.error;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lakeroute.camel.databricks.support.Redactor;

/**
 * Turns a non-2xx answer into the matching {@link DatabricksException}. Understands Databricks'
 * {@code {error_code, message}}, SCIM's {@code {detail, status}}, OAuth's {@code {error, error_description}}
 * and anything else (an HTML page from a proxy, plain text) by quoting a short, tag-free excerpt.
 */
public final class ErrorMapper {

    private static final int EXCERPT_LIMIT = 200;

    private final ObjectMapper mapper;

    public ErrorMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public DatabricksException map(int status, String contentType, byte[] body, String operation, String requestId,
                                   Redactor redactor) {
        return map(status, contentType, body, operation, requestId, redactor, null);
    }

    /** @param note why the component stopped retrying, appended to the server's message; null for none */
    public DatabricksException map(int status, String contentType, byte[] body, String operation, String requestId,
                                   Redactor redactor, String note) {
        Parsed parsed = parse(status, contentType, body);
        String detail = redactor.redact(parsed.message()) + (note == null ? "" : " (" + note + ")");
        String code = parsed.errorCode();
        if (status == 404 || "RESOURCE_DOES_NOT_EXIST".equals(code) || "NOT_FOUND".equals(code)) {
            return new DatabricksNotFoundException(status, code, detail, operation, requestId);
        }
        if (status == 409 || "RESOURCE_ALREADY_EXISTS".equals(code) || "ALREADY_EXISTS".equals(code)) {
            return new DatabricksConflictException(status, code, detail, operation, requestId);
        }
        return switch (status) {
            case 400 -> new DatabricksBadRequestException(status, code, detail, operation, requestId);
            case 401 -> new DatabricksUnauthenticatedException(status, code, detail, operation, requestId);
            case 403 -> new DatabricksPermissionDeniedException(status, code, detail, operation, requestId);
            case 429 -> new DatabricksRateLimitedException(status, code, detail, operation, requestId);
            case 503 -> new DatabricksUnavailableException(status, code, detail, operation, requestId);
            default -> status >= 500
                    ? new DatabricksServerException(status, code, detail, operation, requestId)
                    : new DatabricksException(status, code, detail, operation, requestId);
        };
    }

    private Parsed parse(int status, String contentType, byte[] body) {
        if (body == null || body.length == 0) {
            return new Parsed(null, "empty response body");
        }
        JsonNode json = tryJson(body);
        if (json != null && json.isObject()) {
            String code = text(json, "error_code");
            if (code == null) {
                code = text(json, "error");
            }
            String message = text(json, "message");
            if (message == null) {
                message = text(json, "detail");
            }
            if (message == null) {
                message = text(json, "error_description");
            }
            if (message == null && json.has("error_code") && !json.get("error_code").isTextual()) {
                message = "error code " + json.get("error_code").asText();
            }
            return new Parsed(code, message == null ? "no message in the error body" : message);
        }
        String media = contentType == null ? "no content type" : contentType.toLowerCase(Locale.ROOT);
        String excerpt = excerpt(new String(body, StandardCharsets.UTF_8));
        return new Parsed(null, "non-JSON error body (" + media + ")" + (excerpt.isEmpty() ? "" : ": " + excerpt));
    }

    private JsonNode tryJson(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (Exception notJson) {
            return null;
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node != null && node.isValueNode() && !node.isNull() && node.isTextual() ? node.asText() : null;
    }

    /** Strips markup and collapses whitespace so a proxy's HTML page still yields its title text. */
    static String excerpt(String raw) {
        String text = raw.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("<[^>]*>", " ")
                .replaceAll("\\s+", " ")
                .trim();
        return text.length() <= EXCERPT_LIMIT ? text : text.substring(0, EXCERPT_LIMIT) + "...";
    }

    private record Parsed(String errorCode, String message) {
    }
}
