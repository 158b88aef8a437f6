package dev.lakeroute.camel.databricks.http;

import java.util.List;
import java.util.Map;

/** A 2xx answer whose content went to a handler of the caller's choice (a file, a stream) instead of memory. */
public record StreamedResponse<T>(int status, Map<String, List<String>> headers, T content, String contentType,
                                  String requestId, int attempts) {

    @Override
    public String toString() {
        return "StreamedResponse[status=" + status + ", requestId=" + requestId + "]";
    }
}
