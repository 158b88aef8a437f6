package dev.lakeroute.dblocal.controlplane.sqlobjects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lakeroute.dblocal.controlplane.resources.engine.Operation;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceBehaviour;
import dev.lakeroute.dblocal.controlplane.resources.engine.Stamp;
import dev.lakeroute.dblocal.http.ApiException;

import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the current Databricks SQL objects ({@code sql/queries}, {@code sql/alerts}) share: the object is
 * sent wrapped ({@code {"query": {…}}}), an update changes only the fields its {@code update_mask} names
 * ({@code *} for all), and the fields a create needs are checked on the wrapped object.
 */
class SqlObjectRules implements ResourceBehaviour {
    private static final List<String> SERVER_FIELDS = List.of("id", "create_time", "update_time", "lifecycle_state",
            "owner_user_name", "last_modifier_user_name", "state", "trigger_time", "notify_on_ok_changed");
    private final String wrapper;
    private final List<String> requiredOnCreate;

    SqlObjectRules(String wrapper, String... requiredOnCreate) {
        this.wrapper = wrapper;
        this.requiredOnCreate = List.of(requiredOnCreate);
    }

    @Override
    public ObjectNode prepare(Operation operation, ObjectNode body, ObjectNode existing) {
        JsonNode wrapped = body.get(wrapper);
        if (wrapped == null || !wrapped.isObject()) {
            throw ApiException.missingField(wrapper);
        }
        ObjectNode object = ((ObjectNode) wrapped).deepCopy();
        // Inside the wrapper the engine cannot tell the server's fields from the client's: they are the server's.
        SERVER_FIELDS.forEach(object::remove);
        if (operation == Operation.CREATE) {
            for (String field : requiredOnCreate) {
                if (!object.hasNonNull(field) || object.path(field).isTextual() && object.path(field).asText().isBlank()) {
                    throw ApiException.missingField(wrapper + "." + field);
                }
            }
            return object;
        }
        String mask = body.path("update_mask").asText("");
        if (mask.isBlank()) {
            throw ApiException.missingField("update_mask");
        }
        if (mask.strip().equals("*")) {
            return object;
        }
        Set<String> masked = Arrays.stream(mask.split(",")).map(String::strip).collect(Collectors.toSet());
        for (String field : masked) {
            if (!object.has(field)) {
                // A field in the mask but not in the object is cleared, as field masks mean.
                object.putNull(field);
            }
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            if (!masked.contains(names.next())) {
                names.remove();
            }
        }
        return object;
    }

    /** An RFC 3339 timestamp set on create, as these APIs answer {@code create_time}. */
    static Stamp createTime() {
        return new Stamp("create_time", true, true, false, writing -> TextNode.valueOf(Instant.ofEpochMilli(writing.nowMillis()).toString()));
    }

    static Stamp updateTime() {
        return new Stamp("update_time", true, true, true, writing -> TextNode.valueOf(Instant.ofEpochMilli(writing.nowMillis()).toString()));
    }

    /** The older SQL objects' {@code created_at}/{@code updated_at}, also RFC 3339. */
    static Stamp isoTime(String field, boolean onUpdate) {
        return new Stamp(field, true, true, onUpdate, writing -> TextNode.valueOf(Instant.ofEpochMilli(writing.nowMillis()).toString()));
    }
}
