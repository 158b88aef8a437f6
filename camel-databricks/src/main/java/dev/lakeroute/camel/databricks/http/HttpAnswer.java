package dev.lakeroute.camel.databricks.http;

import java.net.http.HttpHeaders;

/**
 * One attempt's HTTP answer as {@link CallExecutor} reads it: status, headers, and the content as the
 * transport made it (bytes, or what a streaming body handler produced for a 2xx).
 */
public record HttpAnswer(int statusCode, HttpHeaders headers, Object body) {
}
