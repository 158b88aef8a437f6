package dev.lakeroute.camel.databricks.http;

import java.net.http.HttpHeaders;

/** An HTTP answer as {@link CallExecutor} reads it: status, headers, and the content as the body handler made it. */
record HttpAnswer(int statusCode, HttpHeaders headers, Object body) {
}
