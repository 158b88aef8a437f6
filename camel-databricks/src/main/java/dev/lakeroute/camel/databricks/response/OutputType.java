package dev.lakeroute.camel.databricks.response;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;

/** What the response body becomes, from the {@code outputClass} option. */
public record OutputType(Kind kind, Class<?> type) {

    public enum Kind {
        /** Parsed JSON as Map/List (non-JSON content as byte[]). */
        DEFAULT,
        STRING,
        JSON_NODE,
        BYTES,
        /** Bound to a class with Jackson. */
        CLASS
    }

    public static final OutputType DEFAULT = new OutputType(Kind.DEFAULT, Object.class);

    static final String ALLOWED = "Map, List, String, JsonNode, byte[], or a fully qualified class name on the classpath";

    public static OutputType parse(String outputClass, ClassLoader loader) {
        if (outputClass == null || outputClass.isBlank()) {
            return DEFAULT;
        }
        String name = outputClass.trim();
        switch (name.toLowerCase(Locale.ROOT)) {
            case "map", "list", "java.util.map", "java.util.list", "object", "java.lang.object":
                return DEFAULT;
            case "string", "java.lang.string":
                return new OutputType(Kind.STRING, String.class);
            case "jsonnode", "com.fasterxml.jackson.databind.jsonnode":
                return new OutputType(Kind.JSON_NODE, JsonNode.class);
            case "byte[]", "bytes", "[b":
                return new OutputType(Kind.BYTES, byte[].class);
            default:
                break;
        }
        try {
            Class<?> type = Class.forName(name, false, loader);
            if (Map.class.isAssignableFrom(type) || List.class.isAssignableFrom(type)) {
                return DEFAULT;
            }
            return new OutputType(Kind.CLASS, type);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new DatabricksConfigurationException("outputClass", "class " + name + " cannot be loaded", ALLOWED);
        }
    }
}
