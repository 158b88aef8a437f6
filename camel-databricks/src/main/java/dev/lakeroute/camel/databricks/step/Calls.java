package dev.lakeroute.camel.databricks.step;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.catalogue.OperationCatalogue;
import dev.lakeroute.camel.databricks.client.DatabricksClient;
import dev.lakeroute.camel.databricks.http.ApiResponse;
import dev.lakeroute.camel.databricks.request.ApiVersions;
import dev.lakeroute.camel.databricks.request.OperationRequest;
import dev.lakeroute.camel.databricks.response.ResponseHeaders;
import dev.lakeroute.camel.databricks.response.ResponseMapper;

/**
 * The follow-up calls composite steps make (runs/get, clusters/get, commands/status ...), through the
 * same catalogue and client as the generic call path.
 */
public final class Calls {

    private final OperationCatalogue catalogue;
    private final ObjectMapper mapper;
    private final ResponseMapper responses;

    public Calls(OperationCatalogue catalogue, ObjectMapper mapper) {
        this.catalogue = catalogue;
        this.mapper = mapper;
        this.responses = new ResponseMapper(mapper);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public ObjectNode fields() {
        return mapper.createObjectNode();
    }

    /** A request for {@code operation}; {@code apiVersion} (the endpoint's) is kept where the operation allows it. */
    public OperationRequest request(String operation, String apiVersion, ObjectNode fields) {
        Operation op = catalogue.require(operation);
        String version = apiVersion != null && ApiVersions.allowed(op).contains(apiVersion) ? apiVersion : null;
        return new OperationRequest(op, version, fields, null, false);
    }

    public CompletableFuture<JsonNode> json(DatabricksClient client, OperationRequest request) {
        return client.call(request).thenApply(response -> tree(response, request));
    }

    /** {@code operation} with the endpoint's client and API version. */
    public CompletableFuture<JsonNode> json(StepContext context, String operation, ObjectNode fields) {
        return json(context.client(), request(operation, context.request().apiVersion(), fields));
    }

    public JsonNode tree(ApiResponse response, OperationRequest request) {
        return responses.tree(response, request.operation().name());
    }

    /** Parsed JSON as Map/List/String/Number/Boolean. */
    public Object java(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : mapper.convertValue(node, Object.class);
    }

    /** The headers the generic call sets for this answer. */
    public Map<String, Object> headers(OperationRequest request, ApiResponse response, JsonNode answer) {
        Map<String, Object> headers = new LinkedHashMap<>(ResponseHeaders.of(request, response, answer));
        headers.put(DatabricksConstants.ATTEMPTS, response.attempts());
        return headers;
    }

    /** Text of a field, null when absent or JSON null. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Best-effort clean-up: completes normally whether or not {@code cleanup} succeeded, so the original outcome wins. */
    public static CompletableFuture<Void> quietly(CompletableFuture<?> cleanup) {
        return cleanup.handle((ignored, failure) -> null);
    }
}
