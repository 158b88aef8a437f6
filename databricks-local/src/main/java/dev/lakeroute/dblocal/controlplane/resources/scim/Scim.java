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
 * SCIM 2.0 users, groups and service principals, of the workspace ({@code /api/2.0/preview/scim/v2/…}, with
 * {@code Me}) or of the account ({@code /api/2.0/accounts/{account_id}/scim/v2/…}), each scope its own
 * directory. Group membership is stored on the group ({@code members}); a member's {@code groups} are
 * derived from it.
 */
public final class Scim implements ResourceFamily {
    /** Where a directory is served and stored. */
    public record Scope(String base, String familyPrefix, String collectionPrefix, boolean hasMe) {
        public static final Scope WORKSPACE = new Scope("preview/scim/v2/", "scim-", "scim.", true);
        public static final Scope ACCOUNT = new Scope("accounts/{account_id}/scim/v2/", "account-scim-", "accounts.scim.", false);
    }

    private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
    private static final String SERVICE_PRINCIPAL_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal";
    private final ResourceRegistry registry;
    private final Scope scope;
    private final String usersFamily;
    private final String groupsFamily;
    private final String servicePrincipalsFamily;

    /** The workspace's directory. */
    public Scim(ResourceRegistry registry) {
        this(registry, Scope.WORKSPACE);
    }

    public Scim(ResourceRegistry registry, Scope scope) {
        this.registry = registry;
        this.scope = scope;
        this.usersFamily = scope.familyPrefix() + "users";
        this.groupsFamily = scope.familyPrefix() + "groups";
        this.servicePrincipalsFamily = scope.familyPrefix() + "service-principals";
    }

    @Override
    public List<ResourceSpec> specs() {
        return List.of(scimSpec(usersFamily, "User", "Users", "userName", USER_SCHEMA, new UserRules())
                        .duplicateMessage((field, value) -> "User with username " + value + " already exists.")
                        .stamp(Stamp.defaultValue("active", BooleanNode.TRUE),
                                Stamp.defaultValue("displayName", writing -> writing.document().path("userName")),
                                Stamp.defaultValue("emails", writing -> Json.array().add(Json.object()
                                        .put("value", writing.document().path("userName").asText())
                                        .put("type", "work").put("primary", true))))
                        .build(),
                scimSpec(groupsFamily, "Group", "Groups", "displayName", GROUP_SCHEMA, new GroupRules())
                        .duplicateMessage((field, value) -> "Group with name " + value + " already exists.")
                        .stamp(Stamp.fixed("meta", Json.object().put("resourceType", "Group")))
                        .build(),
                scimSpec(servicePrincipalsFamily, "Service principal", "ServicePrincipals", "applicationId", SERVICE_PRINCIPAL_SCHEMA,
                        new ServicePrincipalRules())
                        .duplicateMessage((field, value) -> "Service principal with application id " + value + " already exists.")
                        .stamp(Stamp.defaultValue("active", BooleanNode.TRUE),
                                Stamp.defaultValue("displayName", writing -> writing.document().path("applicationId")))
                        .build());
    }

    /** A SCIM resource kind; its name field is required, except a service principal's applicationId, which is made when missing. */
    private ResourceSpec.Builder scimSpec(String family, String noun, String resource, String nameField, String schema,
                                          ResourceBehaviour rules) {
        String base = scope.base();
        return ResourceSpec.builder(family, noun)
                .collection(scope.collectionPrefix() + resource.toLowerCase(Locale.ROOT))
                .id("id", IdStrategy.numeric())
                .name(nameField)
                .create(POST, base + resource)
                .get(GET, base + resource + "/{id}", IdSource.path("id"))
                .list(GET, base + resource)
                .update(PUT, base + resource + "/{id}", IdSource.path("id"), UpdateMode.REPLACE)
                .delete(DELETE, base + resource + "/{id}", IdSource.path("id"))
                .listField("Resources")
                .pagination(Pagination.scim(10_000))
                .required(nameField.equals("applicationId") ? new String[0] : new String[]{nameField})
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
        for (String[] resource : new String[][]{{usersFamily, "Users"}, {groupsFamily, "Groups"}, {servicePrincipalsFamily, "ServicePrincipals"}}) {
            ResourceStore store = registry.store(resource[0]);
            routes.patch("/api/2.0/" + scope.base() + resource[1] + "/{id}", ResourceApi.guarded(ErrorStyle.SCIM, request -> {
                ObjectNode current = store.require(request.pathParam("id"));
                ObjectNode patched = ScimPatch.apply(current, request.body().get("Operations"));
                store.update(request.pathParam("id"), patched, UpdateMode.REPLACE, request.principal());
                return Json.object();
            }));
        }
        if (scope.hasMe()) {
            routes.get("/api/2.0/" + scope.base() + "Me", ResourceApi.guarded(ErrorStyle.SCIM, this::me));
        }
    }

    /** The caller: the stored user with the caller's name, else the caller as Databricks would describe a workspace admin. */
    private ObjectNode me(ApiRequest request) {
        ResourceStore userStore = registry.store(usersFamily);
        String name = request.principal();
        Optional<ObjectNode> stored = userStore.all().stream()
                .filter(user -> user.path("userName").asText().equalsIgnoreCase(name)).findFirst();
        if (stored.isPresent()) {
            return userStore.view(stored.get(), false);
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
            for (ObjectNode group : registry.store(groupsFamily).all()) {
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
            ResourceStore groupStore = registry.store(groupsFamily);
            for (ObjectNode group : groupStore.all()) {
                boolean member = false;
                for (JsonNode entry : group.path("members")) {
                    member |= entry.path("value").asText().equals(id);
                }
                if (member) {
                    groupStore.change(group.path("id").asText(), changed -> {
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

    /** Service principals: an {@code applicationId} (the OAuth client id) is made when none is given. */
    private final class ServicePrincipalRules extends ScimRules {
        @Override
        public ObjectNode prepare(Operation operation, ObjectNode body, ObjectNode existing) {
            body.remove("groups");
            if (!body.hasNonNull("applicationId")) {
                body.put("applicationId", existing != null && existing.hasNonNull("applicationId")
                        ? existing.path("applicationId").asText() : java.util.UUID.randomUUID().toString());
            }
            return body;
        }

        @Override
        public ObjectNode view(ObjectNode principal, boolean inList) {
            ArrayNode memberOf = groupsOf(principal.path("id").asText());
            if (!memberOf.isEmpty()) {
                principal.set("groups", memberOf);
            }
            return principal;
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
            Optional<ObjectNode> user = registry.store(usersFamily).find(id);
            if (user.isPresent()) {
                return Json.object().put("display", user.get().path("displayName").asText(user.get().path("userName").asText()))
                        .put("value", id).put("$ref", "Users/" + id);
            }
            Optional<ObjectNode> group = registry.store(groupsFamily).find(id);
            if (group.isPresent()) {
                return Json.object().put("display", group.get().path("displayName").asText()).put("value", id).put("$ref", "Groups/" + id);
            }
            Optional<ObjectNode> principal = registry.store(servicePrincipalsFamily).find(id);
            if (principal.isPresent()) {
                return Json.object().put("display", principal.get().path("displayName").asText()).put("value", id)
                        .put("$ref", "ServicePrincipals/" + id);
            }
            throw ApiException.notFound("Member " + id + " is neither a user, a group nor a service principal of this directory.");
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
