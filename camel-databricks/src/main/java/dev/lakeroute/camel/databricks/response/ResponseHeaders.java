package dev.lakeroute.camel.databricks.response;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.http.ApiResponse;
import dev.lakeroute.camel.databricks.request.OperationRequest;

/**
 * The headers a response sets: status, request id, and the ids a route usually needs next
 * (cluster, job, run, statement...), read from the request and overridden by the answer.
 */
public final class ResponseHeaders {

    private static final Map<String, String> ID_FIELDS = Map.of(
            "cluster_id", DatabricksConstants.CLUSTER_ID,
            "clusterId", DatabricksConstants.CLUSTER_ID,
            "job_id", DatabricksConstants.JOB_ID,
            "run_id", DatabricksConstants.RUN_ID,
            "run_page_url", DatabricksConstants.RUN_PAGE_URL,
            "statement_id", DatabricksConstants.STATEMENT_ID,
            "contextId", DatabricksConstants.CONTEXT_ID,
            "commandId", DatabricksConstants.COMMAND_ID,
            "next_page_token", DatabricksConstants.NEXT_PAGE_TOKEN,
            "idempotency_token", DatabricksConstants.IDEMPOTENCY_TOKEN);

    private ResponseHeaders() {
    }

    /** Like {@link #of(OperationRequest, ApiResponse, JsonNode)}, for an answer already parsed to Map/List. */
    public static Map<String, Object> ofValue(OperationRequest request, ApiResponse response, Object answer) {
        Map<String, Object> headers = of(request, response, null);
        if (answer instanceof Map<?, ?> fields) {
            ID_FIELDS.forEach((field, header) -> {
                Object value = fields.get(field);
                if (value instanceof Number || value instanceof String || value instanceof Boolean) {
                    headers.put(header, value instanceof Boolean ? value.toString() : value);
                }
            });
            Object id = fields.get("id");
            String op = request.operation().name();
            if (id instanceof Number || id instanceof String || id instanceof Boolean) {
                if (op.startsWith("contexts/")) {
                    headers.put(DatabricksConstants.CONTEXT_ID, id.toString());
                } else if (op.startsWith("commands/")) {
                    headers.put(DatabricksConstants.COMMAND_ID, id.toString());
                }
            }
        }
        return headers;
    }

    public static Map<String, Object> of(OperationRequest request, ApiResponse response, JsonNode answer) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(DatabricksConstants.HTTP_STATUS, response.status());
        if (response.requestId() != null) {
            headers.put(DatabricksConstants.REQUEST_ID, response.requestId());
        }
        ID_FIELDS.forEach((field, header) -> {
            String value = request.fieldText(field);
            if (value != null && !field.equals("next_page_token")) {
                headers.put(header, value);
            }
        });
        if (answer != null && answer.isObject()) {
            ID_FIELDS.forEach((field, header) -> {
                JsonNode value = answer.get(field);
                if (value != null && value.isValueNode() && !value.isNull()) {
                    headers.put(header, value.isNumber() ? value.numberValue() : value.asText());
                }
            });
            JsonNode id = answer.get("id");
            String op = request.operation().name();
            if (id != null && id.isValueNode()) {
                if (op.startsWith("contexts/")) {
                    headers.put(DatabricksConstants.CONTEXT_ID, id.asText());
                } else if (op.startsWith("commands/")) {
                    headers.put(DatabricksConstants.COMMAND_ID, id.asText());
                }
            }
        }
        return headers;
    }
}
