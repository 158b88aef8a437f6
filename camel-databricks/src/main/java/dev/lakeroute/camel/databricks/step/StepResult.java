package dev.lakeroute.camel.databricks.step;

import java.util.Map;

/** The message body and headers a step produced. */
public record StepResult(Object body, Map<String, Object> headers) {

    public StepResult {
        headers = Map.copyOf(headers);
    }
}
