package dev.lakeroute.dblocal.controlplane.sqlobjects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdSource;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdStrategy;
import dev.lakeroute.dblocal.controlplane.resources.engine.NotFoundStyle;
import dev.lakeroute.dblocal.controlplane.resources.engine.Operation;
import dev.lakeroute.dblocal.controlplane.resources.engine.Reply;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceBehaviour;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceFamily;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceRegistry;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceSpec;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceStore;
import dev.lakeroute.dblocal.controlplane.resources.engine.SoftDelete;
import dev.lakeroute.dblocal.controlplane.resources.engine.Stamp;
import dev.lakeroute.dblocal.controlplane.resources.engine.UpdateMode;
import dev.lakeroute.dblocal.controlplane.resources.warehouses.SqlWarehouses;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.Json;

import java.util.List;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static io.vertx.core.http.HttpMethod.PUT;

/**
 * The legacy (Redash-era) Databricks SQL objects under {@code /api/2.0/preview/sql/}: queries, alerts,
 * dashboards and data sources. Flat request bodies; lists page with a 1-based {@code page} and
 * {@code page_size} ({@code count}, {@code results}); deleted queries and dashboards go to the trash
 * ({@code is_archived}, restored with {@code trash/{id}}). A data source is
 * each SQL warehouse seen as Redash saw it ({@code data_source_id} = the warehouse id).
 */
public final class LegacySqlObjects implements ResourceFamily {
    public static final String QUERIES = "legacy-sql-queries";
    public static final String ALERTS = "legacy-sql-alerts";
    public static final String DASHBOARDS = "legacy-sql-dashboards";
    private static final String BASE = "/api/2.0/preview/sql/";
    private static final int MAX_PAGE_SIZE = 250;
    private final ResourceRegistry registry;

    public LegacySqlObjects(ResourceRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<ResourceSpec> specs() {
        return List.of(
                legacy(QUERIES, "Query", "queries", "query_id")
                        .required("name")
                        .update(POST, "preview/sql/queries/{query_id}", IdSource.path("query_id"), UpdateMode.MERGE)
                        .softDelete(new SoftDelete("is_archived", "false", "true", null))
                        .stamp(Stamp.fixed("is_archived", BooleanNode.FALSE),
                                Stamp.defaultValue("query", TextNode.valueOf("")))
                        .replies(Reply.whole(), Reply.whole(), Reply.whole(), Reply.empty())
                        .build(),
                legacy(ALERTS, "Alert", "alerts", "alert_id")
                        .required("name", "query_id", "options")
                        .update(PUT, "preview/sql/alerts/{alert_id}", IdSource.path("alert_id"), UpdateMode.MERGE)
                        .stamp(Stamp.defaultValue("state", TextNode.valueOf("unknown")))
                        .replies(Reply.whole(), Reply.whole(), Reply.empty(), Reply.empty())
                        .behaviour(new AlertRules())
                        .build(),
                legacy(DASHBOARDS, "Dashboard", "dashboards", "dashboard_id")
                        .required("name")
                        .update(POST, "preview/sql/dashboards/{dashboard_id}", IdSource.path("dashboard_id"), UpdateMode.MERGE)
                        .softDelete(new SoftDelete("is_archived", "false", "true", null))
                        .stamp(Stamp.fixed("is_archived", BooleanNode.FALSE),
                                Stamp.defaultValue("widgets", Json.array()),
                                Stamp.derived("slug", dashboard -> TextNode.valueOf(dashboard.path("name").asText()
                                        .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"))))
                        .replies(Reply.whole(), Reply.whole(), Reply.whole(), Reply.empty())
                        .build());
    }

    private static ResourceSpec.Builder legacy(String family, String noun, String resource, String pathId) {
        String base = "preview/sql/" + resource;
        return ResourceSpec.builder(family, noun)
                .collection("sql.legacy-" + resource)
                .id("id", IdStrategy.uuid())
                .create(POST, base)
                .get(GET, base + "/{" + pathId + "}", IdSource.path(pathId))
                .delete(DELETE, base + "/{" + pathId + "}", IdSource.path(pathId))
                .stamp(SqlObjectRules.isoTime("created_at", false), SqlObjectRules.isoTime("updated_at", true),
                        new Stamp("user", true, true, false, writing -> Json.object().put("email", writing.principal())
                                .put("name", writing.principal())),
                        new Stamp("last_modified_by", true, true, true, writing -> Json.object().put("email", writing.principal())
                                .put("name", writing.principal())))
                .notFound(NotFoundStyle.REST_404, id -> noun + " " + id + " does not exist.");
    }

    @Override
    public void registerExtras(ApiRoutes routes) {
        routes.get(BASE + "queries", request -> page(registry.store(QUERIES), request));
        routes.get(BASE + "dashboards", request -> page(registry.store(DASHBOARDS), request));
        routes.post(BASE + "queries/trash/{query_id}", request -> restore(registry.store(QUERIES), request.pathParam("query_id")));
        routes.post(BASE + "dashboards/trash/{dashboard_id}", request -> restore(registry.store(DASHBOARDS), request.pathParam("dashboard_id")));
        // Legacy alerts are listed as a bare array, without paging.
        routes.get(BASE + "alerts", request -> {
            ArrayNode alerts = Json.array();
            ResourceStore store = registry.store(ALERTS);
            store.list(request).forEach(alert -> alerts.add(store.view(alert, true)));
            return alerts;
        });
        routes.get(BASE + "data_sources", request -> {
            ArrayNode sources = Json.array();
            for (ObjectNode warehouse : registry.store(SqlWarehouses.FAMILY).all()) {
                String id = warehouse.path("id").asText();
                sources.addObject().put("id", id).put("name", warehouse.path("name").asText())
                        .put("type", "databricks_internal").put("syntax", "sql").put("paused", 0).put("view_only", false)
                        .put("warehouse_id", id).put("endpoint_id", id);
            }
            return sources;
        });
    }

    /** A 1-based page of what the store lists: {@code count} is the total, an empty page ends the SDK's paginator. */
    private static ObjectNode page(ResourceStore store, ApiRequest request) {
        int page = request.intValue("page", 1);
        int size = request.intValue("page_size", 25);
        if (page < 1) {
            throw ApiException.invalidParameter("page must be 1 or more, was " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.invalidParameter("page_size must be 1 to " + MAX_PAGE_SIZE + ", was " + size);
        }
        List<ObjectNode> all = store.list(request);
        String q = request.string("q").orElse("").toLowerCase(java.util.Locale.ROOT);
        if (!q.isBlank()) {
            all = all.stream().filter(item -> item.path("name").asText().toLowerCase(java.util.Locale.ROOT).contains(q)).toList();
        }
        ArrayNode results = Json.array();
        all.stream().skip((long) (page - 1) * size).limit(size).forEach(item -> results.add(store.view(item, true)));
        ObjectNode reply = Json.object().put("count", all.size()).put("page", page).put("page_size", size);
        reply.set("results", results);
        return reply;
    }

    private static ObjectNode restore(ResourceStore store, String id) {
        store.require(id);
        store.restore(id);
        return Json.object();
    }

    /** An alert names the query it watches, which must exist; answers carry that query. */
    private final class AlertRules implements ResourceBehaviour {
        @Override
        public void validate(Operation operation, ObjectNode alert, ObjectNode existing) {
            JsonNode options = alert.path("options");
            if (!options.isObject() || !options.has("column") || !options.has("op") || !options.has("value")) {
                throw ApiException.invalidParameter("options must name the column, op and value the alert compares");
            }
            registry.store(QUERIES).requireActive(alert.path("query_id").asText());
        }

        @Override
        public ObjectNode view(ObjectNode alert, boolean inList) {
            registry.store(QUERIES).find(alert.path("query_id").asText()).ifPresent(query -> {
                ObjectNode summary = Json.object();
                for (String field : List.of("id", "name", "query", "data_source_id", "description", "created_at", "updated_at")) {
                    if (query.has(field)) {
                        summary.set(field, query.get(field));
                    }
                }
                alert.set("query", summary);
            });
            return alert;
        }
    }
}
