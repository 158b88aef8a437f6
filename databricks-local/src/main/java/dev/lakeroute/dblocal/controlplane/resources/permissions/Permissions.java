package dev.lakeroute.dblocal.controlplane.resources.permissions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdStrategy;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceFamily;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceRegistry;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceSpec;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceStore;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Permissions 2.0 ({@code /permissions/{request_object_type}/{request_object_id}}): the direct access
 * control list of any object, stored per object, with the workspace {@code admins} group's inherited
 * CAN_MANAGE added on read as Databricks shows it. Levels are checked per object type; principals
 * are not checked against SCIM and nothing is enforced (every token acts as an admin).
 */
public final class Permissions implements ResourceFamily {
    public static final String FAMILY = "permissions";
    private static final List<String> PRINCIPAL_FIELDS = List.of("user_name", "group_name", "service_principal_name");
    private final ResourceRegistry registry;

    public Permissions(ResourceRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<ResourceSpec> specs() {
        // Stored by "<request_object_type>/<id>"; the operations below are not create/get/list.
        return List.of(ResourceSpec.builder(FAMILY, "Permissions")
                .id("_key", IdStrategy.generated(() -> {
                    throw new IllegalStateException("permissions are inserted under their object's key");
                }))
                .build());
    }

    @Override
    public void registerExtras(ApiRoutes routes) {
        routes.get("/api/2.0/permissions/{request_object_type}/{request_object_id}", request -> read(target(request)));
        routes.put("/api/2.0/permissions/{request_object_type}/{request_object_id}", request -> write(request, true));
        routes.patch("/api/2.0/permissions/{request_object_type}/{request_object_id}", request -> write(request, false));
        routes.get("/api/2.0/permissions/{request_object_type}/{request_object_id}/permissionLevels", request -> {
            Target target = target(request);
            ArrayNode levels = Json.array();
            target.type().levels().forEach(level -> levels.add(Json.object().put("permission_level", level)
                    .put("description", describe(level))));
            return Json.object().set("permission_levels", levels);
        });
    }

    private record Target(ObjectType type, String objectId) {
        String key() {
            return type.requestType() + "/" + objectId;
        }

        String path() {
            return type.requestType().startsWith("authorization/") ? "/" + type.requestType() : "/" + type.requestType() + "/" + objectId;
        }
    }

    private Target target(ApiRequest request) {
        String requestType = request.pathParam("request_object_type");
        String objectId = request.pathParam("request_object_id");
        if (requestType.equals("authorization")) {
            requestType = "authorization/" + objectId;
        }
        String typeName = requestType;
        ObjectType type = ObjectType.of(typeName).orElseThrow(() -> ApiException.invalidParameter("Unsupported request_object_type '"
                + typeName + "'; supported are " + ObjectType.known()));
        if (type.family() != null) {
            ResourceStore objects = registry.store(type.family());
            boolean exists = objects.find(objectId).filter(object -> !objects.isDeleted(object)).isPresent();
            if (!exists) {
                // The Permissions API answers 404 even for objects whose own API is a classic 400 one.
                throw ApiException.notFound(type.objectType() + " " + objectId + " does not exist.");
            }
        }
        return new Target(type, objectId);
    }

    private ObjectNode write(ApiRequest request, boolean replace) {
        Target target = target(request);
        JsonNode requested = request.body().path("access_control_list");
        if (!requested.isArray()) {
            throw ApiException.missingField("access_control_list");
        }
        ResourceStore store = registry.store(FAMILY);
        Map<String, ObjectNode> entries = new LinkedHashMap<>();
        if (!replace) {
            store.find(target.key()).ifPresent(stored -> stored.path("access_control_list")
                    .forEach(entry -> entries.put(principalOf(entry), (ObjectNode) entry)));
        }
        for (JsonNode entry : requested) {
            ObjectNode checked = checkEntry(target.type(), entry);
            entries.put(principalOf(checked), checked);
        }
        ArrayNode acl = Json.array();
        entries.values().forEach(acl::add);
        store.insert(target.key(), Json.object().<ObjectNode>set("access_control_list", acl));
        return read(target);
    }

    private static ObjectNode checkEntry(ObjectType type, JsonNode entry) {
        List<String> given = new ArrayList<>();
        for (String field : PRINCIPAL_FIELDS) {
            if (entry.hasNonNull(field) && !entry.path(field).asText().isEmpty()) {
                given.add(field);
            }
        }
        if (given.size() != 1) {
            throw ApiException.invalidParameter("Each access control entry needs exactly one of user_name, group_name or "
                    + "service_principal_name; got " + (given.isEmpty() ? "none" : given));
        }
        String level = entry.path("permission_level").asText("");
        if (!type.levels().contains(level)) {
            throw ApiException.invalidParameter("Permission level '" + level + "' is not supported for " + type.requestType()
                    + "; allowed are " + type.levels());
        }
        return Json.object().put(given.get(0), entry.path(given.get(0)).asText()).put("permission_level", level);
    }

    private static String principalOf(JsonNode entry) {
        for (String field : PRINCIPAL_FIELDS) {
            if (entry.hasNonNull(field)) {
                return field + ":" + entry.path(field).asText();
            }
        }
        return "";
    }

    private ObjectNode read(Target target) {
        ArrayNode acl = Json.array();
        registry.store(FAMILY).find(target.key()).ifPresent(stored -> stored.path("access_control_list").forEach(entry -> {
            ObjectNode shown = Json.object();
            for (String field : PRINCIPAL_FIELDS) {
                if (entry.hasNonNull(field)) {
                    shown.put(field, entry.path(field).asText());
                    shown.put("display_name", entry.path(field).asText());
                }
            }
            shown.set("all_permissions", Json.array().add(Json.object()
                    .put("permission_level", entry.path("permission_level").asText()).put("inherited", false)));
            acl.add(shown);
        }));
        String root = target.type().requestType().startsWith("authorization/") ? "/authorization/" : "/" + target.type().requestType() + "/";
        ObjectNode admins = Json.object().put("group_name", "admins");
        admins.set("all_permissions", Json.array().add(Json.object().put("permission_level", target.type().adminLevel())
                .put("inherited", true).<ObjectNode>set("inherited_from_object", Json.array().add(root))));
        acl.add(admins);
        return Json.object().put("object_id", target.path()).put("object_type", target.type().objectType())
                .set("access_control_list", acl);
    }

    private static String describe(String level) {
        String words = level.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
