package dev.lakeroute.dblocal.controlplane.resources.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/**
 * A resource that lives inside another one: a schema inside its catalog, a run inside its
 * experiment. The parent must exist when the child is created, and a parent with children can only
 * be deleted with {@code force}.
 *
 * @param family the parent's family
 * @param fields the child's fields that, joined with dots, give the parent's id
 */
public record ParentRef(String family, List<String> fields) {
    public ParentRef {
        fields = List.copyOf(fields);
    }

    public static ParentRef of(String family, String... fields) {
        return new ParentRef(family, List.of(fields));
    }

    /** The parent id a child document names, or empty when it names none. */
    Optional<String> parentId(ObjectNode child) {
        StringBuilder id = new StringBuilder();
        for (String field : fields) {
            JsonNode value = child.get(field);
            if (value == null || value.isNull() || value.asText().isEmpty()) {
                return Optional.empty();
            }
            if (id.length() > 0) {
                id.append('.');
            }
            id.append(value.asText());
        }
        return Optional.of(id.toString());
    }
}
