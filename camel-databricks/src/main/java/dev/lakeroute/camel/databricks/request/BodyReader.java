package dev.lakeroute.camel.databricks.request;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.WrappedFile;

import dev.lakeroute.camel.databricks.error.DatabricksInvalidRequestException;

/** Reads the message body as request fields: a Map, a JSON object String, a JsonNode or a POJO. */
public final class BodyReader {

    static final String ALLOWED = "null, a Map, a JSON object String, a Jackson ObjectNode or a POJO"
            + " (file content - byte[], InputStream, File, Path or a GenericFile - only for the uploads dbfs/put,"
            + " fs/files/upload and workspace/import)";

    private final ObjectMapper mapper;

    public BodyReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The body as fields, or null when there is no body. */
    public ObjectNode fields(Object body, String operation) {
        if (body == null) {
            return null;
        }
        if (body instanceof String text) {
            return text.isBlank() ? null : parse(text, operation);
        }
        if (body instanceof ObjectNode node) {
            return node.deepCopy();
        }
        if (body instanceof JsonNode node) {
            throw wrongType(operation, "is a JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (body instanceof Map<?, ?> map) {
            return convert(map, operation);
        }
        if (body instanceof Number || body instanceof Boolean || body instanceof Character || body instanceof Enum<?>
            || body instanceof Collection<?> || body.getClass().isArray() || body instanceof InputStream
            || body instanceof File || body instanceof Path || body instanceof WrappedFile<?>) {
            throw wrongType(operation, "has type " + body.getClass().getName());
        }
        return convert(body, operation);
    }

    /** Raw content for operations that upload bytes, or null when the body is not raw content. */
    public static byte[] rawContent(Object body) {
        try {
            if (body instanceof byte[] bytes) {
                return bytes;
            }
            if (body instanceof InputStream in) {
                return in.readAllBytes();
            }
            return null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read the message body", e);
        }
    }

    private ObjectNode parse(String text, String operation) {
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            // Only the location: the text itself may hold secrets.
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                                                          + e.getLocation().getColumnNr();
            throw new DatabricksInvalidRequestException(operation, "message body", "is a String but not valid JSON" + where,
                    ALLOWED);
        }
        if (!(node instanceof ObjectNode object)) {
            throw wrongType(operation, "is a JSON String whose value is not an object");
        }
        return object;
    }

    private ObjectNode convert(Object value, String operation) {
        try {
            JsonNode node = mapper.valueToTree(value);
            if (node instanceof ObjectNode object) {
                return object;
            }
            throw wrongType(operation, "of type " + value.getClass().getName() + " does not map to a JSON object");
        } catch (IllegalArgumentException e) {
            throw new DatabricksInvalidRequestException(operation, "message body",
                    "of type " + value.getClass().getName() + " cannot be converted to JSON", ALLOWED);
        }
    }

    private static DatabricksInvalidRequestException wrongType(String operation, String problem) {
        return new DatabricksInvalidRequestException(operation, "message body", problem, ALLOWED);
    }
}
