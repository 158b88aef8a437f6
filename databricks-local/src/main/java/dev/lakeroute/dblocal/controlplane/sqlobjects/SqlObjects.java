package dev.lakeroute.dblocal.controlplane.sqlobjects;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdSource;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdStrategy;
import dev.lakeroute.dblocal.controlplane.resources.engine.NotFoundStyle;
import dev.lakeroute.dblocal.controlplane.resources.engine.Pagination;
import dev.lakeroute.dblocal.controlplane.resources.engine.Reply;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceFamily;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceRegistry;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceSpec;
import dev.lakeroute.dblocal.controlplane.resources.engine.SoftDelete;
import dev.lakeroute.dblocal.controlplane.resources.engine.Stamp;
import dev.lakeroute.dblocal.controlplane.resources.engine.UpdateMode;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.Json;

import java.util.List;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;
import static io.vertx.core.http.HttpMethod.POST;

/**
 * Databricks SQL queries and alerts, current API ({@code /api/2.0/sql/queries}, {@code /sql/alerts}):
 * stored definitions, sent wrapped and updated by field mask, {@code page_size}/{@code page_token} lists,
 * delete moves to the trash ({@code lifecycle_state} TRASHED, still readable, no longer listed). Queries
 * are not run and alerts never evaluated: an alert stays in state UNKNOWN.
 */
public final class SqlObjects implements ResourceFamily {
    public static final String QUERIES = "sql-queries";
    public static final String ALERTS = "sql-alerts";
    private final ResourceRegistry registry;

    public SqlObjects(ResourceRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<ResourceSpec> specs() {
        return List.of(
                sqlObject(QUERIES, "Query", "sql/queries", "query")
                        .stamp(Stamp.defaultValue("query_text", TextNode.valueOf("")))
                        .behaviour(new SqlObjectRules("query", "display_name"))
                        .build(),
                sqlObject(ALERTS, "Alert", "sql/alerts", "alert")
                        .stamp(Stamp.defaultValue("state", TextNode.valueOf("UNKNOWN")))
                        .behaviour(new SqlObjectRules("alert", "display_name", "query_id", "condition"))
                        .build());
    }

    private static ResourceSpec.Builder sqlObject(String family, String noun, String path, String wrapper) {
        return ResourceSpec.builder(family, noun)
                .collection("sql." + wrapper + "s")
                .id("id", IdStrategy.uuid())
                .create(POST, path)
                .get(GET, path + "/{id}", IdSource.path("id"))
                .list(GET, path)
                .update(PATCH, path + "/{id}", IdSource.path("id"), UpdateMode.MERGE)
                .delete(DELETE, path + "/{id}", IdSource.path("id"))
                .listField("results")
                .pagination(Pagination.tokens("page_size", 20, 1000))
                .softDelete(new SoftDelete("lifecycle_state", "ACTIVE", "TRASHED", null))
                .stamp(Stamp.fixed("lifecycle_state", "ACTIVE"),
                        new Stamp("owner_user_name", true, true, false, writing -> TextNode.valueOf(writing.principal())),
                        new Stamp("last_modifier_user_name", true, true, true, writing -> TextNode.valueOf(writing.principal())),
                        SqlObjectRules.createTime(), SqlObjectRules.updateTime())
                .notFound(NotFoundStyle.REST_404, id -> noun + " " + id + " does not exist.")
                .replies(Reply.whole(), Reply.whole(), Reply.whole(), Reply.empty());
    }

    @Override
    public void registerExtras(ApiRoutes routes) {
        // Visualizations are not stored: a query has none.
        routes.get("/api/2.0/sql/queries/{id}/visualizations", request -> {
            registry.store(QUERIES).requireActive(request.pathParam("id"));
            return Json.object().set("results", Json.array());
        });
    }
}
