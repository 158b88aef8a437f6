package dev.lakeroute.dblocal.controlplane.sqlobjects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdSource;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdStrategy;
import dev.lakeroute.dblocal.controlplane.resources.engine.NotFoundStyle;
import dev.lakeroute.dblocal.controlplane.resources.engine.Operation;
import dev.lakeroute.dblocal.controlplane.resources.engine.Pagination;
import dev.lakeroute.dblocal.controlplane.resources.engine.Reply;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceBehaviour;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceFamily;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceRegistry;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceSpec;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceStore;
import dev.lakeroute.dblocal.controlplane.resources.engine.SoftDelete;
import dev.lakeroute.dblocal.controlplane.resources.engine.Stamp;
import dev.lakeroute.dblocal.controlplane.resources.engine.UpdateMode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.Ids;

import java.time.Instant;
import java.util.List;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.PATCH;
import static io.vertx.core.http.HttpMethod.POST;

/**
 * AI/BI (Lakeview) dashboards, {@code /api/2.0/lakeview/dashboards}: drafts stored with their
 * {@code serialized_dashboard}, a workspace {@code path} under {@code parent_path}, an {@code etag} that
 * changes with every update (a stale etag is refused), trash on delete ({@code lifecycle_state} TRASHED,
 * still readable, no longer listed), and one published copy per dashboard. Nothing is rendered or
 * refreshed; schedules and subscriptions are not served.
 */
public final class LakeviewDashboards implements ResourceFamily {
    public static final String DASHBOARDS = "lakeview-dashboards";
    private static final String BASE = "/api/2.0/lakeview/dashboards/";
    private final ResourceRegistry registry;

    public LakeviewDashboards(ResourceRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<ResourceSpec> specs() {
        return List.of(ResourceSpec.builder(DASHBOARDS, "Dashboard")
                .collection("lakeview.dashboards")
                .id("dashboard_id", IdStrategy.hex32())
                .create(POST, "lakeview/dashboards")
                .get(GET, "lakeview/dashboards/{dashboard_id}", IdSource.path("dashboard_id"))
                .list(GET, "lakeview/dashboards")
                .update(PATCH, "lakeview/dashboards/{dashboard_id}", IdSource.path("dashboard_id"), UpdateMode.MERGE)
                .delete(DELETE, "lakeview/dashboards/{dashboard_id}", IdSource.path("dashboard_id"))
                .listField("dashboards")
                .pagination(Pagination.tokens("page_size", 100, 1000))
                .required("display_name")
                .softDelete(new SoftDelete("lifecycle_state", "ACTIVE", "TRASHED", null))
                .stamp(Stamp.fixed("lifecycle_state", "ACTIVE"),
                        SqlObjectRules.createTime(), SqlObjectRules.updateTime(),
                        Stamp.derived("path", dashboard -> TextNode.valueOf(dashboard.path("parent_path").asText("/Workspace/Shared") + "/" + dashboard.path("display_name").asText() + ".lvdash.json")))
                .notFound(NotFoundStyle.REST_404, id -> "Dashboard " + id + " does not exist.")
                .replies(Reply.whole(), Reply.whole(), Reply.whole(), Reply.empty())
                .behaviour(new DashboardRules())
                .build());
    }

    @Override
    public void registerExtras(ApiRoutes routes) {
        ResourceStore store = registry.store(DASHBOARDS);
        routes.post(BASE + "{dashboard_id}/published", request -> {
            ObjectNode dashboard = store.requireActive(request.pathParam("dashboard_id"));
            String warehouse = request.string("warehouse_id").orElse(dashboard.path("warehouse_id").asText(""));
            ObjectNode published = Json.object()
                    .put("display_name", dashboard.path("display_name").asText())
                    .put("embed_credentials", request.bool("embed_credentials", true))
                    .put("revision_create_time", Instant.now().toString());
            if (!warehouse.isEmpty()) {
                published.put("warehouse_id", warehouse);
            }
            store.change(dashboard.path("dashboard_id").asText(), changed -> changed.set("_published", published));
            return published;
        });
        routes.get(BASE + "{dashboard_id}/published", request -> published(store, request));
        routes.delete(BASE + "{dashboard_id}/published", request -> {
            published(store, request);
            store.change(request.pathParam("dashboard_id"), changed -> {
                changed.remove("_published");
                return changed;
            });
            return Json.object();
        });
    }

    private static ObjectNode published(ResourceStore store, ApiRequest request) {
        ObjectNode dashboard = store.requireActive(request.pathParam("dashboard_id"));
        JsonNode published = dashboard.get("_published");
        if (published == null) {
            throw ApiException.notFound("Dashboard " + request.pathParam("dashboard_id") + " is not published.");
        }
        return published.deepCopy();
    }

    /** A stale etag does not overwrite a newer draft; lists leave out the definition. */
    private static final class DashboardRules implements ResourceBehaviour {
        @Override
        public ObjectNode prepare(Operation operation, ObjectNode body, ObjectNode existing) {
            // The etag is the client's to send back and the server's to change, so it is not a server-owned stamp.
            JsonNode etag = body.remove("etag");
            if (operation == Operation.UPDATE && etag != null && !etag.asText().isEmpty()
                    && !etag.asText().equals(existing.path("etag").asText())) {
                throw new ApiException(409, "ABORTED", "The dashboard was changed since etag " + etag.asText()
                        + "; get it again and retry with its current etag.");
            }
            body.put("etag", Long.toString(Ids.numeric()));
            body.remove("path");
            return body;
        }

        @Override
        public void validate(Operation operation, ObjectNode dashboard, ObjectNode existing) {
            JsonNode serialized = dashboard.get("serialized_dashboard");
            if (serialized != null && !serialized.isNull()) {
                try {
                    Json.MAPPER.readTree(serialized.asText());
                } catch (Exception e) {
                    throw ApiException.invalidParameter("serialized_dashboard must be a JSON document in a string");
                }
            }
        }

        @Override
        public ObjectNode view(ObjectNode dashboard, boolean inList) {
            dashboard.remove("_published");
            if (inList) {
                // Lists leave out the (possibly large) definition, as Databricks does.
                dashboard.remove("serialized_dashboard");
            }
            return dashboard;
        }
    }
}
