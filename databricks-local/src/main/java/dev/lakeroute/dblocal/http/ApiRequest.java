package dev.lakeroute.dblocal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The fields of one API call, wherever the client put them: a JSON body, a form-encoded or multipart
 * body (API 1.2 accepts both), the query string (GET/DELETE) or the path. Body fields win over query
 * fields, as Databricks reads the body of a POST.
 */
public final class ApiRequest {
    private final RoutingContext context;
    private final String principal;
    private ObjectNode body;

    public ApiRequest(RoutingContext context, String principal) {
        this.context = context;
        this.principal = principal;
    }

    /** The user or service principal the credentials belong to. */
    public String principal() {
        return principal;
    }

    public String method() {
        return context.request().method().name();
    }

    public String path() {
        return context.request().path();
    }

    /** The raw Vert.x context, for the few operations that stream bytes instead of JSON. */
    public RoutingContext context() {
        return context;
    }

    public String pathParam(String name) {
        return context.pathParam(name);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(context.request().getHeader(name));
    }

    /** The body as a JSON object; form and multipart fields become string members. */
    public ObjectNode body() {
        if (body == null) {
            body = parseBody();
        }
        return body;
    }

    private ObjectNode parseBody() {
        Buffer urlEncoded = context.get(UrlEncodedBodies.BODY);
        if (urlEncoded != null) {
            // `curl -d '{...}'` labels a JSON body as a form; Databricks reads it as JSON, and so do we.
            return UrlEncodedBodies.fields(urlEncoded);
        }
        String contentType = Optional.ofNullable(context.request().getHeader("Content-Type")).orElse("").toLowerCase();
        Buffer buffer = context.body() == null ? null : context.body().buffer();
        if (contentType.startsWith("multipart/form-data")) {
            ObjectNode node = Json.object();
            MultiMap form = context.request().formAttributes();
            form.names().forEach(name -> node.put(name, form.get(name)));
            return node;
        }
        if (buffer == null || buffer.length() == 0) {
            return Json.object();
        }
        JsonNode parsed = Json.parse(buffer.getBytes());
        if (!parsed.isObject()) {
            throw ApiException.malformedRequest("Invalid JSON given in the body of the request - expected a JSON object");
        }
        return (ObjectNode) parsed;
    }

    /** A field from the body, else from the query string; {@code null} values count as absent. */
    public Optional<JsonNode> field(String name) {
        JsonNode node = hasBody() ? body().get(name) : null;
        if (node != null && !node.isNull()) {
            return Optional.of(node);
        }
        String query = context.queryParams().get(name);
        return query == null ? Optional.empty() : Optional.of(TextNode.valueOf(query));
    }

    private boolean hasBody() {
        String method = method();
        return !method.equals("GET") && !method.equals("HEAD");
    }

    public Optional<String> string(String name) {
        return field(name).map(JsonNode::asText);
    }

    public String requireString(String name) {
        String value = string(name).orElseThrow(() -> ApiException.missingField(name));
        if (value.isEmpty()) {
            throw ApiException.missingField(name);
        }
        return value;
    }

    public Optional<Long> longValue(String name) {
        return field(name).map(node -> toLong(name, node));
    }

    public long requireLong(String name) {
        return longValue(name).orElseThrow(() -> ApiException.missingField(name));
    }

    public int intValue(String name, int fallback) {
        return longValue(name).map(Long::intValue).orElse(fallback);
    }

    public boolean bool(String name, boolean fallback) {
        return field(name).map(node -> node.isBoolean() ? node.booleanValue() : Boolean.parseBoolean(node.asText())).orElse(fallback);
    }

    /** All values of a repeated query parameter ({@code ?a=1&a=2}). */
    public List<String> queryAll(String name) {
        return context.queryParams().getAll(name);
    }

    /** The file part of a multipart request, e.g. API 1.2's {@code command} file. */
    public Optional<String> uploadedText(String partName) {
        for (FileUpload upload : context.fileUploads()) {
            if (upload.name().equals(partName)) {
                try {
                    return Optional.of(Files.readString(Path.of(upload.uploadedFileName())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Optional.empty();
    }

    private static long toLong(String name, JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        try {
            return Long.parseLong(node.asText().trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter("Invalid value for " + name + ": '" + node.asText() + "' is not a number");
        }
    }
}
