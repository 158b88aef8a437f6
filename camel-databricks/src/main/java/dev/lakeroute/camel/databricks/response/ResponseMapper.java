package dev.lakeroute.camel.databricks.response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.camel.databricks.http.ApiResponse;

/** Turns a 2xx answer into the message body the user asked for. */
public final class ResponseMapper {

    private final ObjectMapper mapper;

    public ResponseMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Object body(ApiResponse response, OutputType output, String operation) {
        switch (output.kind()) {
            case BYTES:
                return response.body();
            case STRING:
                return new String(response.body(), StandardCharsets.UTF_8);
            default:
                break;
        }
        if (response.body().length == 0) {
            return output.kind() == OutputType.Kind.DEFAULT ? new LinkedHashMap<>() : null;
        }
        if (!response.isJson()) {
            // File downloads and other raw content.
            return response.body();
        }
        return convert(tree(response, operation), output, operation, response);
    }

    /**
     * The JSON answer as Map/List (what {@link OutputType.Kind#DEFAULT} gives), parsed straight from the
     * bytes: the generic call path's common case, without a tree in between.
     */
    public Object value(ApiResponse response, String operation) {
        if (response.body().length == 0) {
            return new LinkedHashMap<>();
        }
        try {
            return mapper.readValue(response.body(), Object.class);
        } catch (IOException e) {
            throw new DatabricksException(response.status(), null, "the response is not valid JSON", operation,
                    response.requestId());
        }
    }

    public JsonNode tree(ApiResponse response, String operation) {
        if (response.body().length == 0) {
            return mapper.createObjectNode();
        }
        try {
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new DatabricksException(response.status(), null, "the response is not valid JSON", operation,
                    response.requestId());
        }
    }

    public Object convert(JsonNode node, OutputType output, String operation, ApiResponse response) {
        try {
            return switch (output.kind()) {
                case JSON_NODE -> node;
                case STRING -> mapper.writeValueAsString(node);
                case BYTES -> mapper.writeValueAsBytes(node);
                case CLASS -> mapper.treeToValue(node, output.type());
                case DEFAULT -> mapper.convertValue(node, Object.class);
            };
        } catch (IOException | IllegalArgumentException e) {
            throw new DatabricksException(response == null ? 0 : response.status(), null,
                    "the response cannot be bound to " + output.type().getName() + ": " + e.getClass().getSimpleName(),
                    operation, response == null ? null : response.requestId());
        }
    }
}
