package dev.lakeroute.dblocal.controlplane.resources.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.function.Function;

/**
 * A field the server sets on create or update ({@code created_at}, {@code owner}, {@code full_name},
 * initial states). Server-owned fields are ignored when a client sends them; defaults are not.
 *
 * @param field       the top-level field it writes
 * @param serverOwned whether a client value is discarded
 * @param onCreate    whether it applies when the resource is created
 * @param onUpdate    whether it applies on every update
 * @param value       the value, from the document and who/when is writing
 */
public record Stamp(String field, boolean serverOwned, boolean onCreate, boolean onUpdate,
                    Function<Writing, JsonNode> value) {

    /** Who writes a document when, for stamps that record it. */
    public record Writing(ObjectNode document, String principal, long nowMillis, boolean creating) {
    }

    void apply(Writing writing) {
        if (writing.creating() ? !onCreate : !onUpdate) {
            return;
        }
        if (!serverOwned && writing.document().hasNonNull(field)) {
            return;
        }
        JsonNode computed = value.apply(writing);
        if (computed == null) {
            writing.document().remove(field);
        } else {
            writing.document().set(field, computed);
        }
    }

    public static Stamp createdAtMillis(String field) {
        return new Stamp(field, true, true, false, writing -> LongNode.valueOf(writing.nowMillis()));
    }

    public static Stamp updatedAtMillis(String field) {
        return new Stamp(field, true, true, true, writing -> LongNode.valueOf(writing.nowMillis()));
    }

    public static Stamp createdBy(String field) {
        return new Stamp(field, true, true, false, writing -> TextNode.valueOf(writing.principal()));
    }

    public static Stamp updatedBy(String field) {
        return new Stamp(field, true, true, true, writing -> TextNode.valueOf(writing.principal()));
    }

    /** Set by the server at creation, whatever the client sent (initial states, ids of other kinds). */
    public static Stamp fixed(String field, JsonNode value) {
        return new Stamp(field, true, true, false, writing -> value.deepCopy());
    }

    public static Stamp fixed(String field, String value) {
        return fixed(field, TextNode.valueOf(value));
    }

    /** A default for a field the client may set (e.g. {@code enabled: true}, {@code owner}). */
    public static Stamp defaultValue(String field, Function<Writing, JsonNode> value) {
        return new Stamp(field, false, true, false, value);
    }

    public static Stamp defaultValue(String field, JsonNode value) {
        return defaultValue(field, writing -> value.deepCopy());
    }

    /** Recomputed from the document on every write (e.g. {@code full_name}, {@code address_count}). */
    public static Stamp derived(String field, Function<ObjectNode, JsonNode> value) {
        return new Stamp(field, true, true, true, writing -> value.apply(writing.document()));
    }
}
