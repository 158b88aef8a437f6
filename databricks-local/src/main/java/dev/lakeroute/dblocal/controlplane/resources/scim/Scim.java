package dev.lakeroute.dblocal.controlplane.resources.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.resources.engine.ErrorStyle;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdSource;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdStrategy;
import dev.lakeroute.dblocal.controlplane.resources.engine.NotFoundStyle;
import dev.lakeroute.dblocal.controlplane.resources.engine.Operation;
import dev.lakeroute.dblocal.controlplane.resources.engine.Pagination;
import dev.lakeroute.dblocal.controlplane.resources.engine.PrincipalIds;
import dev.lakeroute.dblocal.controlplane.resources.engine.Reply;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceApi;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceBehaviour;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceFamily;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceRegistry;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceSpec;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceStore;
import dev.lakeroute.dblocal.controlplane.resources.engine.Stamp;
import dev.lakeroute.dblocal.controlplane.resources.engine.UpdateMode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.Json;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static io.vertx.core.http.HttpMethod.PUT;

/**
 * SCIM 2.0 users and groups ({@code /api/2.0/preview/scim/v2/Users|Groups}) and {@code Me}. Group
 * membership is stored on the group ({@code members}); a user's {@code groups} are derived from it.
 */
public final class Scim implements ResourceFamily {
    public static final String USERS = "scim-users";
    public static final String GROUPS = "scim-groups";
    private static final String BASE = "preview/scim/v2/";
    private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
    private final ResourceRegistry registry;

    public Scim(ResourceRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<ResourceSpec> specs() {
        return List.of(scimSpec(USERS, "User", "Users", "userName", USER_SCHEMA, new UserRules())
                        .duplicateMessage((field, value) -> "User with username " + value + " already exists.")
                        .stamp(Stamp.defaultValue("active", BooleanNode.TRUE),
                                Stamp.defaultValue("displayName", writing -> writing.document().path("userName")),
                                Stamp.defaultValue("emails", writing -> Json.array().add(Json.object()
                                        .put("value", writing.document().path("userName").asText())
                                        .put("type", "work").put("primary", true))))
                        .build(),
                scimSpec(GROUPS, "Group", "Groups", "displayName", GROUP_SCHEMA, new GroupRules())
                        .duplicateMessage((field, value) -> "Group with name " + value + " already exists.")
                        .stamp(Stamp.fixed("meta", Json.object().put("resourceType", "Group")))
                        .build());
    }

    private static ResourceSpec.Builder scimSpec(String family, String noun, String resource, String nameField, String schema,
                                                 ResourceBehaviour rules) {
        return ResourceSpec.builder(family, noun)
                .collection("scim." + resource.toLowerCase(Locale.ROOT))
                .id("id", IdStrategy.numeric())
                .name(nameField)
                .create(POST, BASE + resource)
                .get(GET, BASE + resource + "/{id}", IdSource.path("id"))
                .list(GET, BASE + resource)
                .update(PUT, BASE + resource + "/{id}", IdSource.path("id"), UpdateMode.REPLACE)
                .delete(DELETE, BASE + resource + "/{id}", IdSource.path("id"))
                .listField("Resources")
                .pagination(Pagination.scim(10_000))
                .required(nameField)
                .missingFieldMessage(field -> "Request is unparsable, syntactically incorrect, or violates schema: " + field + " is required.")
                .unique(nameField)
                .stamp(Stamp.fixed("schemas", Json.array().add(schema)))
                .notFound(NotFoundStyle.REST_404, id -> noun + " " + id + " not found.")
                .replies(Reply.whole(), Reply.whole(), Reply.empty(), Reply.noContent())
                .errorStyle(ErrorStyle.SCIM)
                .behaviour(rules);
    }

    @Override
    public void registerExtras(ApiRoutes routes) {
        for (String[] resource : new String[][]{{USERS, "Users"}, {GROUPS, "Groups"}}) {
            ResourceStore store = registry.store(resource[0]);
            routes.patch("/api/2.0/" + BASE + resource[1] + "/{id}", ResourceApi.guarded(ErrorStyle.SCIM, request -> {
                ObjectNode current = store.require(request.pathParam("id"));
                ObjectNode patched = ScimPatch.apply(current, request.body().get("Operations"));
                store.update(request.pathParam("id"), patched, UpdateMode.REPLACE, request.principal());
                return Json.object();
            }));
        }
        routes.get("/api/2.0/" + BASE + "Me", ResourceApi.guarded(ErrorStyle.SCIM, this::me));
    }

    /** The caller: the stored user with the caller's name, else the caller as Databricks would describe a workspace admin. */
    private ObjectNode me(ApiRequest request) {
        ResourceStore users = registry.store(USERS);
        String name = request.principal();
        Optional<ObjectNode> stored = users.all().stream()
                .filter(user -> user.path("userName").asText().equalsIgnoreCase(name)).findFirst();
        if (stored.isPresent()) {
            return users.view(stored.get(), false);
        }
        ObjectNode me = Json.object();
        me.set("schemas", Json.array().add(USER_SCHEMA));
        me.put("id", Long.toString(PrincipalIds.numericId(name)));
        me.put("userName", name);
        me.put("displayName", name);
        me.put("active", true);
        me.set("emails", Json.array().add(Json.object().put("value", name).put("type", "work").put("primary", true)));
        me.set("groups", Json.array().add(Json.object().put("display", "admins").put("type", "direct")));
        return me;
    }

    /** Filters and sorting that users and groups share. */
    private abstract class ScimRules implements ResourceBehaviour {
        @Override
        public boolean listed(ObjectNode resource, ApiRequest request) {
            return request.string("filter").filter(filter -> !filter.isBlank())
                    .map(filter -> ScimFilter.parse(filter).test(resource)).orElse(true);
        }

        @Override
        public Comparator<ObjectNode> order(ApiRequest request) {
            Optional<String> sortBy = request.string("sortBy").filter(by -> !by.isBlank());
            if (sortBy.isEmpty()) {
                return null;
            }
            Comparator<ObjectNode> order = Comparator.comparing(resource -> ScimFilter.values(resource, sortBy.get()).stream()
                    .findFirst().map(JsonNode::asText).orElse("").toLowerCase(Locale.ROOT));
            return request.string("sortOrder").map(o -> o.equalsIgnoreCase("descending")).orElse(false) ? order.reversed() : order;
        }

        /** The groups whose members include this id, as SCIM references. */
        ArrayNode groupsOf(String memberId) {
            ArrayNode groups = Json.array();
            for (ObjectNode group : registry.store(GROUPS).all()) {
                for (JsonNode member : group.path("members")) {
                    if (member.path("value").asText().equals(memberId)) {
                        groups.add(Json.object().put("display", group.path("displayName").asText())
                                .put("value", group.path("id").asText()).put("$ref", "Groups/" + group.path("id").asText())
                                .put("type", "direct"));
                    }
                }
            }
            return groups;
        }

        /** Removes a deleted user or group from every group it was a member of. */
        @Override
        public void deleted(ObjectNode resource) {
            String id = resource.path("id").asText();
            ResourceStore groups = registry.store(GROUPS);
            for (ObjectNode group : groups.all()) {
                boolean member = false;
                for (JsonNode entry : group.path("members")) {
                    member |= entry.path("value").asText().equals(id);
                }
                if (member) {
                    groups.change(group.path("id").asText(), changed -> {
                        ArrayNode members = (ArrayNode) changed.path("members");
                        for (int i = members.size() - 1; i >= 0; i--) {
                            if (members.get(i).path("value").asText().equals(id)) {
                                members.remove(i);
                            }
                        }
                        return changed;
                    });
                }
            }
        }
    }

    private final class UserRules extends ScimRules {
        @Override
        public ObjectNode prepare(Operation operation, ObjectNode body, ObjectNode existing) {
            // Memberships live on groups; a user's groups are always derived.
            body.remove("groups");
            return body;
        }

        @Override
        public ObjectNode view(ObjectNode user, boolean inList) {
            ArrayNode groups = groupsOf(user.path("id").asText());
            if (!groups.isEmpty()) {
                user.set("groups", groups);
            }
            return user;
        }
    }

    private final class GroupRules extends ScimRules {
        @Override
        public ObjectNode prepare(Operation operation, ObjectNode body, ObjectNode existing) {
            body.remove("groups");
            JsonNode members = body.get("members");
            if (members != null && members.isArray()) {
                ArrayNode resolved = Json.array();
                for (JsonNode member : members) {
                    resolved.add(resolveMember(member.path("value").asText()));
                }
                body.set("members", resolved);
            }
            return body;
        }

        private ObjectNode resolveMember(String id) {
            Optional<ObjectNode> user = registry.store(USERS).find(id);
            if (user.isPresent()) {
                return Json.object().put("display", user.get().path("displayName").asText(user.get().path("userName").asText()))
                        .put("value", id).put("$ref", "Users/" + id);
            }
            Optional<ObjectNode> group = registry.store(GROUPS).find(id);
            if (group.isPresent()) {
                return Json.object().put("display", group.get().path("displayName").asText()).put("value", id).put("$ref", "Groups/" + id);
            }
            throw ApiException.notFound("Member " + id + " is neither a user nor a group of this workspace.");
        }

        @Override
        public ObjectNode view(ObjectNode group, boolean inList) {
            ArrayNode groups = groupsOf(group.path("id").asText());
            if (!groups.isEmpty()) {
                group.set("groups", groups);
            }
            if (!group.has("members")) {
                group.set("members", Json.array());
            }
            return group;
        }
    }
}
