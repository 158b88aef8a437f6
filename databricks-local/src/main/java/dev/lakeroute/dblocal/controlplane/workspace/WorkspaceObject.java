package dev.lakeroute.dblocal.controlplane.workspace;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.Json;

/** One object of the workspace tree, as {@code get-status} and {@code list} report it. */
public record WorkspaceObject(String path, ObjectType type, Language language, long objectId, long createdAt,
                              long modifiedAt, Long size) {

    public ObjectNode toJson() {
        ObjectNode node = Json.object()
                .put("object_type", type.name())
                .put("path", path)
                .put("object_id", objectId)
                .put("resource_id", Long.toString(objectId))
                .put("created_at", createdAt)
                .put("modified_at", modifiedAt);
        if (language != null) {
            node.put("language", language.name());
        }
        if (size != null) {
            node.put("size", size);
        }
        return node;
    }
}
