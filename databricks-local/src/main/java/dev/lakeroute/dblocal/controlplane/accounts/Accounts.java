package dev.lakeroute.dblocal.controlplane.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdSource;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdStrategy;
import dev.lakeroute.dblocal.controlplane.resources.engine.Operation;
import dev.lakeroute.dblocal.controlplane.resources.engine.Pagination;
import dev.lakeroute.dblocal.controlplane.resources.engine.Reply;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceBehaviour;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceFamily;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceRegistry;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceSpec;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceStore;
import dev.lakeroute.dblocal.controlplane.resources.engine.Stamp;
import dev.lakeroute.dblocal.controlplane.resources.engine.UpdateMode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.ApiResponse;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.DocumentCollection;
import dev.lakeroute.dblocal.store.StateStore;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;
import static io.vertx.core.http.HttpMethod.POST;
import static io.vertx.core.http.HttpMethod.PUT;

/**
 * Account basics, path based ({@code /api/2.x/accounts/{account_id}/…}, the account's users, groups and
 * service principals are {@code Scim} in its account scope): workspaces (this server's own is always
 * listed; created ones are RUNNING at once, nothing is provisioned), workspace permission assignments,
 * budgets (stored, never evaluated) and billable usage (a CSV with Databricks' header and no rows: nothing
 * is billed here).
 */
public final class Accounts implements ResourceFamily {
    static final String WORKSPACES = "account-workspaces";
    static final String BUDGETS = "account-budgets";
    private static final String BASE = "accounts/{account_id}/";
    private static final Set<String> ASSIGNABLE = Set.of("USER", "ADMIN");
    /** The columns of Databricks' billable usage CSV. */
    static final String USAGE_HEADER = "workspaceId,timestamp,clusterId,clusterName,clusterNodeType,clusterOwnerUserId,"
            + "clusterCustomTags,sku,dbus,machineHours,clusterOwnerUserName,tags\n";

    private final ResourceRegistry registry;
    private final WorkspaceIdentity identity;
    private final DocumentCollection assignments;
    private final String ownWorkspaceName;

    public Accounts(ResourceRegistry registry, WorkspaceIdentity identity, StateStore state, String ownWorkspaceName) {
        this.registry = registry;
        this.identity = identity;
        this.assignments = state.collection("accounts.permission-assignments");
        this.ownWorkspaceName = ownWorkspaceName;
    }

    @Override
    public List<ResourceSpec> specs() {
        return List.of(
                ResourceSpec.builder(WORKSPACES, "Workspace")
                        .collection("accounts.workspaces")
                        .id("workspace_id", IdStrategy.numeric())
                        .numericId()
                        .name("workspace_name")
                        .create(POST, BASE + "workspaces")
                        .get(GET, BASE + "workspaces/{workspace_id}", IdSource.path("workspace_id"))
                        .update(PATCH, BASE + "workspaces/{workspace_id}", IdSource.path("workspace_id"), UpdateMode.MERGE)
                        .delete(DELETE, BASE + "workspaces/{workspace_id}", IdSource.path("workspace_id"))
                        .required("workspace_name")
                        .unique("workspace_name")
                        .stamp(Stamp.fixed("account_id", identity.accountId()),
                                Stamp.fixed("workspace_status", "RUNNING"),
                                Stamp.fixed("workspace_status_message", "Workspace is running."),
                                Stamp.defaultValue("deployment_name", writing -> writing.document().path("workspace_name")),
                                Stamp.createdAtMillis("creation_time"))
                        .notFound(dev.lakeroute.dblocal.controlplane.resources.engine.NotFoundStyle.REST_404,
                                id -> "Workspace " + id + " does not exist in account " + identity.accountId() + ".")
                        .replies(Reply.whole(), Reply.whole(), Reply.whole(), Reply.whole())
                        .behaviour(new WorkspaceRules())
                        .build(),
                ResourceSpec.builder(BUDGETS, "Budget")
                        .collection("accounts.budgets")
                        .id("budget_configuration_id", IdStrategy.uuid())
                        .versions("2.1")
                        .create(POST, BASE + "budgets")
                        .get(GET, BASE + "budgets/{budget_id}", IdSource.path("budget_id"))
                        .list(GET, BASE + "budgets")
                        .update(PUT, BASE + "budgets/{budget_id}", IdSource.path("budget_id"), UpdateMode.MERGE)
                        .delete(DELETE, BASE + "budgets/{budget_id}", IdSource.path("budget_id"))
                        .listField("budgets")
                        .pagination(Pagination.tokens("page_size", 100, 100).allWhenNoSizeGiven())
                        .stamp(Stamp.fixed("account_id", identity.accountId()),
                                Stamp.createdAtMillis("create_time"), Stamp.updatedAtMillis("update_time"))
                        .notFound(dev.lakeroute.dblocal.controlplane.resources.engine.NotFoundStyle.REST_404,
                                id -> "Budget configuration " + id + " does not exist.")
                        .replies(Reply.wrapped("budget"), Reply.wrapped("budget"), Reply.wrapped("budget"), Reply.empty())
                        .behaviour(new BudgetRules())
                        .build());
    }

    @Override
    public void registerExtras(ApiRoutes routes) {
        // Workspaces are listed as a bare array.
        routes.get("/api/2.0/" + BASE + "workspaces", request -> {
            ResourceStore store = registry.store(WORKSPACES);
            ArrayNode workspaces = Json.array();
            store.all().stream().sorted(java.util.Comparator.comparingLong(w -> w.path("workspace_id").asLong()))
                    .forEach(workspace -> workspaces.add(store.view(workspace, true)));
            return workspaces;
        });
        String assignmentsPath = "/api/2.0/" + BASE + "workspaces/{workspace_id}/permissionassignments";
        routes.get(assignmentsPath, request -> {
            String workspace = requireWorkspace(request);
            ArrayNode list = Json.array();
            assignments.list().stream().filter(a -> a.path("workspace_id").asText().equals(workspace))
                    .forEach(a -> list.add(assignmentView(a)));
            return Json.object().set("permission_assignments", list);
        });
        routes.get(assignmentsPath + "/permissions", request -> {
            requireWorkspace(request);
            ArrayNode levels = Json.array();
            levels.addObject().put("permission_level", "USER").put("description", "Can access the workspace.");
            levels.addObject().put("permission_level", "ADMIN").put("description", "Can access the workspace and has workspace admin privileges.");
            return Json.object().set("permissions", levels);
        });
        routes.put(assignmentsPath + "/principals/{principal_id}", request -> {
            String workspace = requireWorkspace(request);
            String principal = request.pathParam("principal_id");
            JsonNode permissions = request.body().path("permissions");
            if (!permissions.isArray() || permissions.isEmpty()) {
                throw ApiException.invalidParameter("permissions must list at least one of " + ASSIGNABLE);
            }
            for (JsonNode permission : permissions) {
                if (!ASSIGNABLE.contains(permission.asText())) {
                    throw ApiException.invalidParameter("Invalid permission '" + permission.asText() + "'; allowed are " + ASSIGNABLE);
                }
            }
            ObjectNode assignment = Json.object().put("workspace_id", workspace).put("principal_id", principal);
            assignment.set("permissions", permissions.deepCopy());
            assignments.put(workspace + "-" + principal, assignment);
            return assignmentView(assignment);
        });
        routes.delete(assignmentsPath + "/principals/{principal_id}", request -> {
            String workspace = requireWorkspace(request);
            if (!assignments.remove(workspace + "-" + request.pathParam("principal_id"))) {
                throw ApiException.notFound("Principal " + request.pathParam("principal_id") + " has no permissions on workspace " + workspace + ".");
            }
            return Json.object();
        });
        routes.get("/api/2.0/" + BASE + "usage/download", request -> {
            request.requireString("start_month");
            request.requireString("end_month");
            return ApiResponse.bytes("text/plain", USAGE_HEADER.getBytes(StandardCharsets.UTF_8), Map.of());
        });
    }

    private String requireWorkspace(ApiRequest request) {
        return registry.store(WORKSPACES).requireActive(request.pathParam("workspace_id")).path("workspace_id").asText();
    }

    /** An assignment as Databricks shows it: the principal described from the account's directory. */
    private ObjectNode assignmentView(ObjectNode assignment) {
        String id = assignment.path("principal_id").asText();
        ObjectNode principal = Json.object().put("principal_id", Long.parseLong(id));
        for (String[] kind : new String[][]{{"account-scim-users", "user_name", "userName"},
                {"account-scim-groups", "group_name", "displayName"},
                {"account-scim-service-principals", "service_principal_name", "applicationId"}}) {
            registry.store(kind[0]).find(id).ifPresent(found -> {
                principal.put(kind[1], found.path(kind[2]).asText());
                principal.put("display_name", found.path("displayName").asText(found.path(kind[2]).asText()));
            });
        }
        ObjectNode view = Json.object();
        view.set("principal", principal);
        view.set("permissions", assignment.path("permissions").deepCopy());
        return view;
    }

    /** This server's own workspace is in its account from the first start. */
    private final class WorkspaceRules implements ResourceBehaviour {
        @Override
        public void recover(ResourceStore store) {
            if (store.find(identity.workspaceId()).isEmpty()) {
                ObjectNode own = Json.object()
                        .put("workspace_id", identity.workspaceIdNumber())
                        .put("workspace_name", ownWorkspaceName)
                        .put("deployment_name", ownWorkspaceName)
                        .put("account_id", identity.accountId())
                        .put("workspace_status", "RUNNING")
                        .put("workspace_status_message", "Workspace is running.")
                        .put("creation_time", System.currentTimeMillis());
                if ("aws".equals(identity.cloud())) {
                    own.put("aws_region", "us-west-2");
                }
                own.put("cloud", identity.cloud());
                store.insert(identity.workspaceId(), own);
            }
        }

        /** An update sends {@code customer_facing_workspace} and an {@code update_mask} query parameter naming its fields. */
        @Override
        public ObjectNode prepare(Operation operation, ObjectNode body, ObjectNode existing) {
            JsonNode wrapped = body.get("customer_facing_workspace");
            if (operation == Operation.UPDATE && wrapped != null && wrapped.isObject()) {
                ObjectNode change = ((ObjectNode) wrapped).deepCopy();
                change.remove(List.of("workspace_id", "account_id", "workspace_status", "creation_time"));
                return change;
            }
            return body;
        }

        @Override
        public void validate(Operation operation, ObjectNode workspace, ObjectNode existing) {
            if (operation == Operation.UPDATE && existing != null
                    && !existing.path("workspace_name").asText().equals(workspace.path("workspace_name").asText())) {
                throw ApiException.invalidParameter("workspace_name cannot be changed after the workspace is created.");
            }
        }
    }

    /** Budgets are sent and answered wrapped in {@code budget}. */
    private static final class BudgetRules implements ResourceBehaviour {
        @Override
        public ObjectNode prepare(Operation operation, ObjectNode body, ObjectNode existing) {
            JsonNode budget = body.get("budget");
            if (budget == null || !budget.isObject()) {
                throw ApiException.missingField("budget");
            }
            ObjectNode prepared = (ObjectNode) budget.deepCopy();
            if (operation == Operation.CREATE && !prepared.hasNonNull("display_name")) {
                throw ApiException.missingField("budget.display_name");
            }
            prepared.remove("budget_configuration_id");
            return prepared;
        }
    }
}
