package dev.lakeroute.camel.databricks.request;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.error.DatabricksInvalidRequestException;
import dev.lakeroute.camel.databricks.http.HostUrl;
import dev.lakeroute.camel.databricks.http.HttpCall;

/**
 * Splits an {@link OperationRequest} into path, query string and body: path parameters fill the
 * template; GET, HEAD and DELETE send the rest as query parameters; other methods send the fields the
 * catalogue lists as query in the query string and everything else as JSON (or form fields for API
 * 1.2 when asked).
 */
public final class RequestEncoder {

    /**
     * POST operations that are safe to repeat when a first attempt may have reached the server: cancelling
     * or destroying twice leaves the same state. The composite steps' clean-up relies on them going through
     * a dropped keep-alive connection. Not {@code dbfs/close}: a second close of a handle the first one closed
     * fails ("handle does not exist"), and the uploader checks the file instead.
     */
    static final java.util.Set<String> REPEATABLE = java.util.Set.of("contexts/destroy", "commands/cancel",
            "jobs/runs/cancel", "sql/statements/cancel", "dbfs/delete");

    /**
     * Uploads that replace the whole file with {@code overwrite=true}: sent again with the same content, they
     * leave the same file. Whether the content can be sent again is the caller's to say (a stream cannot).
     */
    static final java.util.Set<String> REPLACING_WITH_OVERWRITE = java.util.Set.of("fs/files/upload");

    private final ObjectMapper mapper;
    private final String userAgent;

    public RequestEncoder(ObjectMapper mapper, String userAgent) {
        this.mapper = mapper;
        this.userAgent = userAgent;
    }

    /** Where requests go: the workspace, and the accounts host for account-scope operations. */
    public record Target(HostUrl workspace, HostUrl accounts, String accountId) {
    }

    public HttpCall encode(OperationRequest request, Target target, Duration timeout) {
        Operation op = request.operation();
        ObjectNode fields = request.fields();
        HostUrl base = op.isAccountScope() ? target.accounts() : target.workspace();
        if (op.isAccountScope() && target.accountId() == null && !fields.hasNonNull(Operation.ACCOUNT_ID_PLACEHOLDER)) {
            throw new DatabricksInvalidRequestException(op.name(), "accountId", "is not set for an account-scope operation",
                    "the accountId option, a profile's account_id or DATABRICKS_ACCOUNT_ID");
        }
        String path = PathTemplate.expand(ApiVersions.apply(op, request.apiVersion()), op, fields, target.accountId());

        ObjectNode query = mapper.createObjectNode();
        ObjectNode body = mapper.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            boolean inQuery = op.sendsFieldsAsQuery() || op.queryFields().contains(field.getKey())
                              || request.rawBody() != null;
            (inQuery ? query : body).set(field.getKey(), field.getValue());
        }

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        headers.put("User-Agent", userAgent);
        byte[] payload = null;
        if (request.rawBody() != null) {
            payload = request.rawBody();
            headers.put("Content-Type", "application/octet-stream");
        } else if (!op.sendsFieldsAsQuery()) {
            if (request.formEncoding()) {
                payload = formEncode(body).getBytes(StandardCharsets.UTF_8);
                headers.put("Content-Type", "application/x-www-form-urlencoded");
            } else {
                payload = json(body, op.name());
                headers.put("Content-Type", "application/json");
            }
        }
        String queryString = queryString(query);
        String separator = path.contains("?") ? "&" : "?";
        URI uri = URI.create(base.url() + path + (queryString.isEmpty() ? "" : separator + queryString));
        boolean idempotent = op.httpMethod().equals("GET") || op.httpMethod().equals("HEAD")
                             || request.hasField(RequestBuilder.IDEMPOTENCY_TOKEN) || REPEATABLE.contains(op.name())
                             || REPLACING_WITH_OVERWRITE.contains(op.name()) && overwrites(fields);
        return new HttpCall(op.name(), op.family(), op.httpMethod(), uri, headers, payload, idempotent, timeout);
    }

    /**
     * For a body the caller streams (file upload, multipart command): path parameters fill the path,
     * every other field goes to the query string, and the call carries no bytes of its own.
     *
     * @param contentType of the streamed body, null for none (downloads)
     */
    public HttpCall encodeForStream(OperationRequest request, Target target, Duration timeout, String contentType) {
        OperationRequest fieldsInQuery = new OperationRequest(request.operation(), request.apiVersion(), request.fields(),
                new byte[0], false);
        HttpCall call = encode(fieldsInQuery, target, timeout);
        Map<String, String> headers = new LinkedHashMap<>(call.headers());
        if (contentType == null) {
            headers.remove("Content-Type");
        } else {
            headers.put("Content-Type", contentType);
        }
        return new HttpCall(call.operation(), call.family(), call.method(), call.uri(), headers, null, call.idempotent(),
                call.timeout());
    }

    private static boolean overwrites(ObjectNode fields) {
        JsonNode overwrite = fields.get("overwrite");
        return overwrite != null && (overwrite.isBoolean() ? overwrite.booleanValue() : "true".equalsIgnoreCase(overwrite.asText()));
    }

    private byte[] json(ObjectNode body, String operation) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new DatabricksInvalidRequestException(operation, "message body", "cannot be written as JSON",
                    "values Jackson can serialise");
        }
    }

    static String queryString(ObjectNode query) {
        List<String> pairs = new ArrayList<>();
        query.fields().forEachRemaining(e -> flatten(e.getKey(), e.getValue(), pairs));
        return String.join("&", pairs);
    }

    /** Nested objects become dotted names and arrays repeat the name, as the Databricks SDKs send them. */
    private static void flatten(String name, JsonNode value, List<String> pairs) {
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isObject()) {
            value.fields().forEachRemaining(e -> flatten(name + "." + e.getKey(), e.getValue(), pairs));
        } else if (value.isArray()) {
            value.forEach(v -> flatten(name, v, pairs));
        } else {
            pairs.add(encode(name) + "=" + encode(value.asText()));
        }
    }

    private static String formEncode(ObjectNode body) {
        List<String> pairs = new ArrayList<>();
        body.fields().forEachRemaining(e -> pairs.add(encode(e.getKey()) + "="
                + encode(e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString())));
        return String.join("&", pairs);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
