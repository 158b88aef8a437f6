package dev.lakeroute.camel.databricks.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.catalogue.Operation;

/**
 * Merges the endpoint's field options, its {@code param.*} fields and the message body into one
 * {@link OperationRequest}; later sources win, so the body overlays the URI. Operations that accept an
 * {@code idempotency_token} get one derived from the exchange id unless the request carries one, so a
 * retried {@code jobs/runs/submit} cannot start a second run.
 */
public final class RequestBuilder {

    public static final String IDEMPOTENCY_TOKEN = "idempotency_token";
    private static final int IDEMPOTENCY_TOKEN_MAX = 64;

    private final ObjectMapper mapper;
    private final BodyReader bodyReader;

    public RequestBuilder(ObjectMapper mapper) {
        this.mapper = mapper;
        this.bodyReader = new BodyReader(mapper);
    }

    /** The request with the options of {@code config} as they are. */
    public OperationRequest build(Operation operation, DatabricksConfiguration config, Object body, String idempotencySeed) {
        return build(operation, RequestDefaults.of(config), body, idempotencySeed);
    }

    /**
     * @param idempotencySeed a value unique to the message (the exchange id), or null for none
     */
    public OperationRequest build(Operation operation, RequestDefaults defaults, Object body, String idempotencySeed) {
        ObjectNode fields = mapper.createObjectNode();
        defaults.fieldOptions().forEach((option, value) -> {
            // raw takes its path from path, and no other field option (the endpoint refuses them on its URI).
            if (operation.openFields()) {
                return;
            }
            String name = FieldOptions.fieldName(operation, option);
            if (name != null) {
                fields.set(name, mapper.valueToTree(value));
            }
        });
        defaults.params().forEach((name, value) -> fields.set(name, paramValue(value)));
        byte[] raw = acceptsRawContent(operation) ? BodyReader.rawContent(body) : null;
        if (raw == null) {
            ObjectNode bodyFields = bodyReader.fields(body, operation.name());
            if (bodyFields != null) {
                fields.setAll(bodyFields);
            }
        }
        if (operation.bodyFields().contains(IDEMPOTENCY_TOKEN) && !fields.hasNonNull(IDEMPOTENCY_TOKEN)
            && idempotencySeed != null) {
            fields.put(IDEMPOTENCY_TOKEN, idempotencyToken(idempotencySeed));
        }
        checkPathParameters(operation, fields);
        boolean form = defaults.formEncoding() && operation.isApi12() && raw == null;
        return new OperationRequest(operation, defaults.apiVersion(), fields, raw, form);
    }

    /** Operations that send a body but declare no JSON fields take raw content (fs/files/upload). */
    static boolean acceptsRawContent(Operation operation) {
        return !operation.sendsFieldsAsQuery() && (operation.bodyFields().isEmpty() || operation.openFields());
    }

    private static void checkPathParameters(Operation operation, ObjectNode fields) {
        for (String name : operation.pathParams()) {
            JsonNode value = fields.get(name);
            if (value == null || value.isNull() || value.isValueNode() && value.asText().isEmpty()) {
                throw new dev.lakeroute.camel.databricks.error.DatabricksInvalidRequestException(operation.name(),
                        "path parameter " + name, "is missing", PathTemplate.howToSet(name));
            }
        }
    }

    /**
     * URI values arrive as text. Booleans become JSON booleans; numbers stay strings, which proto3
     * JSON (and so the Databricks API) accepts for every integer type, while a number sent where a
     * string id is expected would be refused.
     */
    private JsonNode paramValue(Object value) {
        if (value instanceof String s) {
            if (s.equals("true") || s.equals("false")) {
                return BooleanNode.valueOf(Boolean.parseBoolean(s));
            }
            return TextNode.valueOf(s);
        }
        return mapper.valueToTree(value);
    }

    /** The seed itself when it fits Databricks' 64-character limit, else its SHA-256 in hex (64 chars). */
    public static String idempotencyToken(String seed) {
        return seed.length() <= IDEMPOTENCY_TOKEN_MAX ? seed : sha256Hex(seed);
    }

    /** SHA-256 of the text in hex: 64 characters, Databricks' idempotency token limit. */
    public static String sha256Hex(String seed) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
