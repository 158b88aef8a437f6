package dev.lakeroute.camel.databricks.http;

import java.util.List;
import java.util.Map;

/** A 2xx answer (errors become exceptions before this point). */
public record ApiResponse(int status, Map<String, List<String>> headers, byte[] body, String contentType,
                          String requestId, int attempts) {

    public boolean isJson() {
        return contentType == null ? looksLikeJson() : contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
    }

    private boolean looksLikeJson() {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '{' || b == '[';
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "ApiResponse[status=" + status + ", requestId=" + requestId + ", bytes=" + body.length + "]";
    }
}
