package dev.lakeroute.dblocal.controlplane.unitycatalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lakeroute.dblocal.controlplane.accounts.WorkspaceIdentity;
import dev.lakeroute.dblocal.controlplane.resources.catalog.UnityCatalog;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdSource;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdStrategy;
import dev.lakeroute.dblocal.controlplane.resources.engine.NotFoundStyle;
import dev.lakeroute.dblocal.controlplane.resources.engine.Operation;
import dev.lakeroute.dblocal.controlplane.resources.engine.Pagination;
import dev.lakeroute.dblocal.controlplane.resources.engine.ParentRef;
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
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.DocumentCollection;
import dev.lakeroute.dblocal.store.StateStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;
import static io.vertx.core.http.HttpMethod.POST;

/**
 * What Unity Catalog has beyond its securables ({@code resources/catalog/UnityCatalog}): the metastore this
 * workspace is assigned to (with {@code metastore_summary} and {@code current-metastore-assignment}; further
 * metastores can be created and assigned), the {@code main} catalog a new workspace has, functions, and
 * grants ({@code permissions/{type}/{name}}, stored per securable, and {@code effective-permissions}, which
 * adds what is inherited from the metastore, catalog and schema). Grants are stored and reported, never enforced.
 */
public final class UnityCatalogGovernance implements ResourceFamily {
    public static final String METASTORES = "uc-metastores";
    public static final String FUNCTIONS = "uc-functions";
    private static final String BASE = "/api/2.1/unity-catalog/";
    /** The securable types grants are kept for, and the store each is found in (null: the metastore). */
    private static final Map<String, String> SECURABLES = new LinkedHashMap<>();

    static {
        SECURABLES.put("metastore", METASTORES);
        SECURABLES.put("catalog", UnityCatalog.CATALOGS);
        SECURABLES.put("schema", UnityCatalog.SCHEMAS);
        SECURABLES.put("table", UnityCatalog.TABLES);
        SECURABLES.put("volume", UnityCatalog.VOLUMES);
        SECURABLES.put("function", FUNCTIONS);
    }

    /** Unity Catalog's privileges (the API reference's {@code Privilege}). */
    private static final Set<String> PRIVILEGES = Set.of("ACCESS", "ALL_PRIVILEGES", "APPLY_TAG", "BROWSE", "CREATE", "CREATE_CATALOG",
            "CREATE_CLEAN_ROOM", "CREATE_CONNECTION", "CREATE_EXTERNAL_LOCATION", "CREATE_EXTERNAL_TABLE", "CREATE_EXTERNAL_VOLUME",
            "CREATE_FOREIGN_CATALOG", "CREATE_FOREIGN_SECURABLE", "CREATE_FUNCTION", "CREATE_MANAGED_STORAGE",
            "CREATE_MATERIALIZED_VIEW", "CREATE_MODEL", "CREATE_PROVIDER", "CREATE_RECIPIENT", "CREATE_SCHEMA",
            "CREATE_SERVICE_CREDENTIAL", "CREATE_SHARE", "CREATE_STORAGE_CREDENTIAL", "CREATE_TABLE", "CREATE_VIEW", "CREATE_VOLUME",
            "EXECUTE", "EXECUTE_CLEAN_ROOM_TASK", "EXTERNAL_USE_SCHEMA", "MANAGE", "MANAGE_ALLOWLIST", "MODIFY", "MODIFY_CLEAN_ROOM",
            "READ_FILES", "READ_METADATA", "READ_PRIVATE_FILES", "READ_VOLUME", "REFRESH", "SELECT", "SET_SHARE_PERMISSION", "USAGE",
            "USE_CATALOG", "USE_CONNECTION", "USE_MARKETPLACE_ASSETS", "USE_PROVIDER", "USE_RECIPIENT", "USE_SCHEMA", "USE_SHARE",
            "WRITE_FILES", "WRITE_PRIVATE_FILES", "WRITE_VOLUME");
    private final ResourceRegistry registry;
    private final WorkspaceIdentity identity;
    private final DocumentCollection metastoreState;
    private final DocumentCollection grants;
    private final DocumentCollection assignments;

    public UnityCatalogGovernance(ResourceRegistry registry, StateStore state, WorkspaceIdentity identity) {
        this.registry = registry;
        this.identity = identity;
        this.metastoreState = state.collection("unity-catalog.metastore");
        this.grants = state.collection("unity-catalog.grants");
        this.assignments = state.collection("unity-catalog.metastore-assignments");
    }

    @Override
    public List<ResourceSpec> specs() {
        return List.of(
                ResourceSpec.builder(METASTORES, "Metastore")
                        .collection("unity-catalog.metastores")
                        .id("metastore_id", IdStrategy.uuid())
                        .name("name")
                        .versions("2.1")
                        .create(POST, "unity-catalog/metastores")
                        .get(GET, "unity-catalog/metastores/{id}", IdSource.path("id"))
                        .list(GET, "unity-catalog/metastores")
                        .update(PATCH, "unity-catalog/metastores/{id}", IdSource.path("id"), UpdateMode.MERGE)
                        .delete(DELETE, "unity-catalog/metastores/{id}", IdSource.path("id"))
                        .listField("metastores")
                        .required("name")
                        .unique("name")
                        .stamp(Stamp.defaultValue("region", TextNode.valueOf("us-west-2")),
                                Stamp.fixed("cloud", identity.cloud()),
                                Stamp.defaultValue("owner", writing -> TextNode.valueOf(writing.principal())),
                                Stamp.fixed("delta_sharing_scope", "INTERNAL"),
                                Stamp.fixed("privilege_model_version", "1.0"),
                                Stamp.derived("global_metastore_id", metastore -> TextNode.valueOf(identity.cloud() + ":"
                                        + metastore.path("region").asText() + ":" + metastore.path("metastore_id").asText())),
                                Stamp.createdAtMillis("created_at"), Stamp.createdBy("created_by"),
                                Stamp.updatedAtMillis("updated_at"), Stamp.updatedBy("updated_by"))
                        .notFound(NotFoundStyle.REST_404, id -> "Metastore '" + id + "' does not exist.")
                        .duplicateMessage((field, name) -> "Metastore '" + name + "' already exists.")
                        .replies(Reply.whole(), Reply.whole(), Reply.whole(), Reply.empty())
                        .behaviour(new MetastoreRules())
                        .build(),
                ResourceSpec.builder(FUNCTIONS, "Function")
                        .collection("unity-catalog.functions")
                        .id("full_name", IdStrategy.composite(List.of("catalog_name", "schema_name", "name")))
                        .name("name")
                        .versions("2.1")
                        .create(POST, "unity-catalog/functions")
                        .get(GET, "unity-catalog/functions/{name}", IdSource.path("name"))
                        .list(GET, "unity-catalog/functions")
                        .update(PATCH, "unity-catalog/functions/{name}", IdSource.path("name"), UpdateMode.MERGE)
                        .delete(DELETE, "unity-catalog/functions/{name}", IdSource.path("name"))
                        .listField("functions")
                        .pagination(Pagination.tokens("max_results", 1000, 10_000).allWhenNoSizeGiven())
                        .parent(ParentRef.of(UnityCatalog.SCHEMAS, "catalog_name", "schema_name"))
                        .stamp(Stamp.defaultValue("owner", writing -> TextNode.valueOf(writing.principal())),
                                Stamp.fixed("securable_type", "FUNCTION"),
                                new Stamp("function_id", true, true, false, writing -> TextNode.valueOf(java.util.UUID.randomUUID().toString())),
                                Stamp.derived("metastore_id", function -> TextNode.valueOf(primaryMetastoreId())),
                                Stamp.createdAtMillis("created_at"), Stamp.createdBy("created_by"),
                                Stamp.updatedAtMillis("updated_at"), Stamp.updatedBy("updated_by"))
                        .notFound(NotFoundStyle.REST_404, name -> "Routine or Model '" + name + "' does not exist.")
                        .duplicateMessage((field, name) -> "Routine or Model '" + name + "' already exists.")
                        .replies(Reply.whole(), Reply.whole(), Reply.whole(), Reply.empty())
                        .behaviour(new FunctionRules())
                        .build());
    }

    /** The metastore {@code resources/catalog/UnityCatalog} stamps on every securable. */
    private String primaryMetastoreId() {
        return metastoreState.get("current").orElseThrow().path("metastore_id").asText();
    }

    @Override
    public void registerExtras(ApiRoutes routes) {
        ResourceStore metastores = registry.store(METASTORES);
        routes.get(BASE + "metastore_summary", request -> {
            ObjectNode metastore = metastores.view(metastores.require(currentAssignment().path("metastore_id").asText()), false);
            return metastore;
        });
        routes.get(BASE + "current-metastore-assignment", request -> currentAssignment());
        routes.get(BASE + "table-summaries", this::tableSummaries);
        routes.put(BASE + "workspaces/{workspace_id}/metastore", request -> {
            String workspace = request.pathParam("workspace_id");
            String metastore = request.requireString("metastore_id");
            metastores.require(metastore);
            assignments.put(workspace, Json.object().put("workspace_id", Long.parseLong(workspace)).put("metastore_id", metastore)
                    .put("default_catalog_name", request.string("default_catalog_name").orElse("main")));
            return Json.object();
        });
        routes.patch(BASE + "workspaces/{workspace_id}/metastore", request -> {
            String workspace = request.pathParam("workspace_id");
            ObjectNode assignment = assignmentOf(workspace).orElseThrow(() ->
                    ApiException.notFound("Workspace " + workspace + " has no metastore assigned."));
            request.string("metastore_id").ifPresent(id -> assignment.put("metastore_id", metastores.require(id).path("metastore_id").asText()));
            request.string("default_catalog_name").ifPresent(name -> assignment.put("default_catalog_name", name));
            assignments.put(workspace, assignment);
            return Json.object();
        });
        routes.delete(BASE + "workspaces/{workspace_id}/metastore", request -> {
            String workspace = request.pathParam("workspace_id");
            request.requireString("metastore_id");
            if (!assignments.remove(workspace) && !workspace.equals(identity.workspaceId())) {
                throw ApiException.notFound("Workspace " + workspace + " has no metastore assigned.");
            }
            if (workspace.equals(identity.workspaceId())) {
                // This workspace keeps an explicit "none" so the default assignment does not come back.
                assignments.put(workspace, Json.object().put("workspace_id", Long.parseLong(workspace)).put("unassigned", true));
            }
            return Json.object();
        });
        routes.get(BASE + "permissions/{securable_type}/{full_name}", request -> Json.object()
                .set("privilege_assignments", granted(request)));
        // The paginated forms answer everything on one page.
        routes.get(BASE + "privilege-assignments/{securable_type}/{full_name}", request -> Json.object()
                .set("privilege_assignments", granted(request)));
        routes.patch(BASE + "permissions/{securable_type}/{full_name}", request -> {
            String key = securableKey(request);
            Map<String, Set<String>> current = stored(key);
            for (JsonNode change : request.body().path("changes")) {
                String principal = change.path("principal").asText("");
                if (principal.isBlank()) {
                    throw ApiException.missingField("changes.principal");
                }
                Set<String> privileges = current.computeIfAbsent(principal, p -> new LinkedHashSet<>());
                for (JsonNode add : change.path("add")) {
                    privileges.add(checkedPrivilege(add.asText()));
                }
                for (JsonNode remove : change.path("remove")) {
                    privileges.remove(checkedPrivilege(remove.asText()));
                }
                if (privileges.isEmpty()) {
                    current.remove(principal);
                }
            }
            ObjectNode document = Json.object();
            current.forEach((who, privileges) -> {
                ArrayNode list = document.putArray(who);
                privileges.forEach(list::add);
            });
            grants.put(key, document);
            ArrayNode answer = Json.array();
            if (!request.bool("omit_permissions_in_response", false)) {
                current.forEach((who, privileges) -> {
                    ArrayNode list = answer.addObject().put("principal", who).putArray("privileges");
                    privileges.forEach(list::add);
                });
            }
            return Json.object().set("privilege_assignments", answer);
        });
        routes.get(BASE + "effective-permissions/{securable_type}/{full_name}", request -> Json.object()
                .set("privilege_assignments", effective(request)));
        routes.get(BASE + "effective-privilege-assignments/{securable_type}/{full_name}", request -> Json.object()
                .set("effective_privilege_assignments", effective(request)));
    }

    /** The grants stored on a securable, per principal ({@code principal} narrows to one). */
    private ArrayNode granted(ApiRequest request) {
        String key = securableKey(request);
        String principal = request.string("principal").orElse(null);
        ArrayNode assignmentsList = Json.array();
        stored(key).forEach((who, privileges) -> {
            if (principal == null || principal.equals(who)) {
                ObjectNode assignment = assignmentsList.addObject().put("principal", who);
                ArrayNode list = assignment.putArray("privileges");
                privileges.forEach(list::add);
            }
        });
        return assignmentsList;
    }

    /** A securable's grants plus those inherited from the metastore, its catalog and its schema. */
    private ArrayNode effective(ApiRequest request) {
        String key = securableKey(request);
        String principal = request.string("principal").orElse(null);
        Map<String, ArrayNode> byPrincipal = new LinkedHashMap<>();
        for (String[] source : lineage(key)) {
            stored(source[0] + "/" + source[1]).forEach((who, privileges) -> {
                if (principal != null && !principal.equals(who)) {
                    return;
                }
                ArrayNode list = byPrincipal.computeIfAbsent(who, w -> Json.array());
                for (String privilege : privileges) {
                    ObjectNode effective = list.addObject().put("privilege", privilege);
                    if (!(source[0] + "/" + source[1]).equals(key)) {
                        effective.put("inherited_from_type", source[0].toUpperCase(Locale.ROOT)).put("inherited_from_name", source[1]);
                    }
                }
            });
        }
        ArrayNode answer = Json.array();
        byPrincipal.forEach((who, privileges) -> answer.addObject().put("principal", who).set("privileges", privileges));
        return answer;
    }

    /** The tables of a catalog whose schema and name match SQL LIKE patterns ({@code %}, {@code _}), all on one page. */
    private ObjectNode tableSummaries(ApiRequest request) {
        String catalog = request.requireString("catalog_name").toLowerCase(Locale.ROOT);
        registry.store(UnityCatalog.CATALOGS).requireActive(catalog);
        java.util.regex.Pattern schemas = like(request.string("schema_name_pattern").orElse("%"));
        java.util.regex.Pattern tables = like(request.string("table_name_pattern").orElse("%"));
        ArrayNode summaries = Json.array();
        registry.store(UnityCatalog.TABLES).all().stream()
                .filter(table -> table.path("catalog_name").asText().equals(catalog)
                        && schemas.matcher(table.path("schema_name").asText()).matches()
                        && tables.matcher(table.path("name").asText()).matches())
                .sorted(java.util.Comparator.comparing(table -> table.path("full_name").asText()))
                .forEach(table -> summaries.addObject().put("full_name", table.path("full_name").asText())
                        .put("table_type", table.path("table_type").asText()));
        return Json.object().set("tables", summaries);
    }

    private static java.util.regex.Pattern like(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toLowerCase(Locale.ROOT).toCharArray()) {
            regex.append(switch (c) {
                case '%' -> ".*";
                case '_' -> ".";
                default -> java.util.regex.Pattern.quote(String.valueOf(c));
            });
        }
        return java.util.regex.Pattern.compile(regex.toString());
    }

    private ObjectNode currentAssignment() {
        ObjectNode assignment = assignmentOf(identity.workspaceId()).orElseGet(() -> Json.object()
                .put("workspace_id", identity.workspaceIdNumber()).put("metastore_id", primaryMetastoreId())
                .put("default_catalog_name", "main"));
        if (assignment.path("unassigned").asBoolean(false)) {
            throw ApiException.notFound("No metastore is assigned to workspace " + identity.workspaceId() + ".");
        }
        return assignment;
    }

    private Optional<ObjectNode> assignmentOf(String workspace) {
        return assignments.get(workspace);
    }

    /** {@code type/full_name} of an existing securable, in lower case as Unity Catalog compares names. */
    private String securableKey(ApiRequest request) {
        String type = request.pathParam("securable_type").toLowerCase(Locale.ROOT);
        String name = request.pathParam("full_name").toLowerCase(Locale.ROOT);
        String family = SECURABLES.get(type);
        if (family == null) {
            throw ApiException.invalidParameter("Grants on securable type '" + request.pathParam("securable_type")
                    + "' are not kept here; supported are " + SECURABLES.keySet());
        }
        registry.store(family).requireActive(name);
        return type + "/" + name;
    }

    private static String checkedPrivilege(String privilege) {
        String name = privilege.toUpperCase(Locale.ROOT);
        if (!PRIVILEGES.contains(name)) {
            throw ApiException.invalidParameter("Unknown privilege '" + privilege + "'; Unity Catalog's privileges are " + PRIVILEGES);
        }
        return name;
    }

    private Map<String, Set<String>> stored(String key) {
        Map<String, Set<String>> byPrincipal = new LinkedHashMap<>();
        grants.get(key).ifPresent(document -> document.properties().forEach(entry -> {
            Set<String> privileges = new LinkedHashSet<>();
            entry.getValue().forEach(privilege -> privileges.add(privilege.asText()));
            byPrincipal.put(entry.getKey(), privileges);
        }));
        return byPrincipal;
    }

    /** The securable and those it inherits from, outermost first: metastore, catalog, schema, then itself. */
    private List<String[]> lineage(String key) {
        String type = key.substring(0, key.indexOf('/'));
        String name = key.substring(key.indexOf('/') + 1);
        List<String[]> lineage = new ArrayList<>();
        lineage.add(new String[]{"metastore", currentAssignment().path("metastore_id").asText()});
        String[] parts = name.split("\\.");
        if (!type.equals("metastore")) {
            lineage.add(new String[]{"catalog", parts[0]});
        }
        if (parts.length >= 2) {
            lineage.add(new String[]{"schema", parts[0] + "." + parts[1]});
        }
        if (parts.length == 3) {
            lineage.add(new String[]{type, name});
        }
        return lineage;
    }

    /**
     * The workspace's metastore exists from the first start, with the {@code main} catalog (and its
     * {@code default} and {@code information_schema} schemas), as in a new Databricks workspace.
     */
    private final class MetastoreRules implements ResourceBehaviour {
        @Override
        public void recover(ResourceStore store) {
            String id = primaryMetastoreId();
            if (store.find(id).isEmpty()) {
                ObjectNode metastore = Json.object().put("metastore_id", id).put("name", "metastore_local")
                        .put("region", "us-west-2").put("cloud", identity.cloud()).put("owner", "admin@databricks.local")
                        .put("delta_sharing_scope", "INTERNAL").put("privilege_model_version", "1.0")
                        .put("global_metastore_id", identity.cloud() + ":us-west-2:" + id)
                        .put("storage_root", "dbfs:/unity-catalog/" + id)
                        .put("created_at", System.currentTimeMillis()).put("created_by", "admin@databricks.local")
                        .put("updated_at", System.currentTimeMillis()).put("updated_by", "admin@databricks.local");
                store.insert(id, metastore);
            }
            if (metastoreState.get("main-catalog").isEmpty()) {
                ResourceStore catalogs = registry.store(UnityCatalog.CATALOGS);
                if (catalogs.find("main").isEmpty()) {
                    catalogs.create(Json.object().put("name", "main").put("comment", "Main catalog (auto-created)"),
                            "admin@databricks.local");
                }
                // Made once: a user who drops main does not get it back at the next start.
                metastoreState.put("main-catalog", Json.object().put("created", true));
            }
        }

        @Override
        public void validate(Operation operation, ObjectNode metastore, ObjectNode existing) {
            if (operation == Operation.CREATE && metastore.hasNonNull("storage_root")
                    && !metastore.path("storage_root").asText().contains(":")) {
                throw ApiException.invalidParameter("storage_root must be a URI such as s3://bucket/path");
            }
        }
    }

    /** Functions are sent wrapped in {@code function_info}; lists name their schema, which must exist. */
    private final class FunctionRules implements ResourceBehaviour {
        @Override
        public ObjectNode prepare(Operation operation, ObjectNode body, ObjectNode existing) {
            ObjectNode function = body;
            if (operation == Operation.CREATE) {
                JsonNode info = body.get("function_info");
                if (info == null || !info.isObject()) {
                    throw ApiException.missingField("function_info");
                }
                function = ((ObjectNode) info).deepCopy();
                for (String field : List.of("name", "catalog_name", "schema_name", "routine_body", "data_type", "full_data_type")) {
                    if (!function.hasNonNull(field)) {
                        throw ApiException.missingField("function_info." + field);
                    }
                }
            }
            for (String field : List.of("name", "catalog_name", "schema_name")) {
                if (function.hasNonNull(field)) {
                    function.put(field, function.path(field).asText().toLowerCase(Locale.ROOT));
                }
            }
            return function;
        }

        @Override
        public String normalizeId(String id) {
            return id.toLowerCase(Locale.ROOT);
        }

        @Override
        public void checkList(ApiRequest request) {
            String schema = request.requireString("catalog_name") + "." + request.requireString("schema_name");
            registry.store(UnityCatalog.SCHEMAS).requireActive(schema.toLowerCase(Locale.ROOT));
        }

        @Override
        public boolean listed(ObjectNode function, ApiRequest request) {
            return function.path("catalog_name").asText().equalsIgnoreCase(request.string("catalog_name").orElse(""))
                    && function.path("schema_name").asText().equalsIgnoreCase(request.string("schema_name").orElse(""));
        }
    }
}
