package dev.lakeroute.camel.databricks.workflow;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.CamelContext;
import org.apache.camel.support.ResourceHelper;

import dev.lakeroute.camel.databricks.error.DatabricksInvalidRequestException;
import dev.lakeroute.camel.databricks.request.RequestBuilder;

/**
 * The job settings of a workflow, read from what the route gave (a {@link DatabricksWorkflow}, a Map, JSON text,
 * or a resource such as {@code classpath:workflows/nightly.json}), and their hash: the SHA-256 of the settings
 * written with sorted keys, so the same definition always hashes the same whatever the order it was written in.
 *
 * @param settings the jobs/create settings, without the tags this component adds
 * @param hash     what the camel_definition_hash tag holds
 */
record WorkflowDefinition(ObjectNode settings, String hash) {

    static final String ROUTE_TAG = "camel_route_id";
    static final String HASH_TAG = "camel_definition_hash";
    private static final int HASH_LENGTH = 32;

    static WorkflowDefinition read(Object source, CamelContext camel, ObjectMapper mapper, String where) {
        JsonNode tree = tree(source, camel, mapper, where);
        if (!(tree instanceof ObjectNode settings)) {
            throw invalid(where, "is not a JSON object of job settings");
        }
        if (!settings.path("tasks").isArray() || settings.path("tasks").isEmpty()) {
            throw invalid(where, "has no tasks");
        }
        ObjectNode copy = settings.deepCopy();
        // Tags this component sets itself are not part of what the route defined.
        if (copy.get("tags") instanceof ObjectNode tags) {
            tags.remove(ROUTE_TAG);
            tags.remove(HASH_TAG);
        }
        return new WorkflowDefinition(copy, hash(copy, mapper));
    }

    private static JsonNode tree(Object source, CamelContext camel, ObjectMapper mapper, String where) {
        try {
            if (source instanceof DatabricksWorkflow workflow) {
                return mapper.valueToTree(workflow.build());
            }
            if (source instanceof JsonNode node) {
                return node;
            }
            if (source instanceof Map<?, ?> map) {
                return mapper.valueToTree(map);
            }
            if (source instanceof String text) {
                String trimmed = text.trim();
                if (trimmed.startsWith("{")) {
                    return mapper.readTree(trimmed);
                }
                if (ResourceHelper.hasScheme(trimmed)) {
                    try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(camel, trimmed)) {
                        return mapper.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
                throw invalid(where, "'" + (trimmed.length() > 60 ? trimmed.substring(0, 60) + "..." : trimmed)
                        + "' is neither JSON nor a resource");
            }
            if (source instanceof byte[] || source instanceof InputStream) {
                String text = camel.getTypeConverter().mandatoryConvertTo(String.class, source);
                return mapper.readTree(text);
            }
        } catch (DatabricksInvalidRequestException e) {
            throw e;
        } catch (Exception e) {
            throw new DatabricksInvalidRequestException(WorkflowStep.NAME, where, "cannot be read: " + e.getMessage(), ALLOWED, e);
        }
        throw invalid(where, source == null ? "is missing" : "is a " + source.getClass().getName());
    }

    private static final String ALLOWED = "a DatabricksWorkflow, a Map or JSON text of job settings (name, tasks ...), "
                                          + "or a resource such as classpath:workflows/nightly.json";

    private static DatabricksInvalidRequestException invalid(String where, String problem) {
        return new DatabricksInvalidRequestException(WorkflowStep.NAME, where, problem, ALLOWED);
    }

    private static String hash(ObjectNode settings, ObjectMapper mapper) {
        try {
            ObjectMapper sorted = mapper.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
            String canonical = sorted.writeValueAsString(mapper.convertValue(settings, Object.class));
            return RequestBuilder.sha256Hex(canonical).substring(0, HASH_LENGTH);
        } catch (Exception e) {
            throw new IllegalStateException("cannot hash a workflow definition", e);
        }
    }

    String name() {
        return settings.path("name").asText(null);
    }

    /** The settings to create or reset the job with: these, named, and tagged with the route and the hash. */
    ObjectNode jobSettings(String name, String routeId) {
        ObjectNode job = settings.deepCopy();
        job.put("name", name);
        ObjectNode tags = job.with("tags");
        tags.put(ROUTE_TAG, routeId);
        tags.put(HASH_TAG, hash);
        return job;
    }
}
