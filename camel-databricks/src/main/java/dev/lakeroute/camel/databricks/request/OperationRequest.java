package dev.lakeroute.camel.databricks.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lakeroute.camel.databricks.catalogue.Operation;

/**
 * A request in terms of the API: operation and fields, before they are split into path, query and
 * body. Immutable: the fields are copied in and {@link #withField} returns a new request (the pager
 * uses it to ask for the next page).
 *
 * @param apiVersion null to use the catalogue's version
 * @param rawBody    bytes to send as-is (file uploads), or null to send the fields
 */
public record OperationRequest(Operation operation, String apiVersion, ObjectNode fields, byte[] rawBody,
                               boolean formEncoding) {

    public OperationRequest {
        fields = fields.deepCopy();
    }

    public OperationRequest withField(String name, JsonNode value) {
        ObjectNode copy = fields.deepCopy();
        copy.set(name, value);
        return new OperationRequest(operation, apiVersion, copy, rawBody, formEncoding);
    }

    @Override
    public ObjectNode fields() {
        return fields.deepCopy();
    }

    public JsonNode field(String name) {
        return fields.get(name);
    }

    public boolean hasField(String name) {
        JsonNode node = fields.get(name);
        return node != null && !node.isNull();
    }

    public String fieldText(String name) {
        JsonNode node = fields.get(name);
        return node == null || node.isNull() ? null : node.isValueNode() ? node.asText() : node.toString();
    }

    @Override
    public String toString() {
        // Field names only: values can be secrets (secrets/put, token/create).
        StringBuilder names = new StringBuilder();
        fields.fieldNames().forEachRemaining(n -> names.append(names.length() == 0 ? "" : ",").append(n));
        return "OperationRequest[" + operation.name() + ", fields=" + names + "]";
    }
}
