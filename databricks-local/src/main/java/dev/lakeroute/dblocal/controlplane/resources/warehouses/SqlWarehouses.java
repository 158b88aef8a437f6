package dev.lakeroute.dblocal.controlplane.resources.warehouses;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
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
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceSpec;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceStore;
import dev.lakeroute.dblocal.controlplane.resources.engine.Stamp;
import dev.lakeroute.dblocal.controlplane.resources.engine.UpdateMode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.Ids;

import java.util.List;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;

/**
 * SQL warehouses 2.0: create (which starts the warehouse), edit, start, stop and delete. With Spark,
 * STARTING→RUNNING waits for the warehouse's own Spark driver and STOPPING→STOPPED for its end (see
 * {@link WarehouseDirectory}); without Spark the states take the server's cluster start and stop delays
 * and nothing computes behind RUNNING. The Statement Execution API finds, starts and reaches warehouses
 * through {@link WarehouseDirectory}. Auto-stop after {@code auto_stop_mins} is not emulated.
 */
public final class SqlWarehouses implements ResourceFamily {
    public static final String FAMILY = "sql-warehouses";
    private static final List<String> SIZES = List.of("2X-Small", "X-Small", "Small", "Medium", "Large", "X-Large",
            "2X-Large", "3X-Large", "4X-Large");
    private final WarehouseDirectory directory;

    public SqlWarehouses(WarehouseDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<ResourceSpec> specs() {
        return List.of(ResourceSpec.builder(FAMILY, "SQL warehouse")
                .collection(WarehouseDirectory.COLLECTION)
                .id("id", IdStrategy.generated(() -> Ids.hex32().substring(0, 16)))
                .name("name")
                .create(POST, "sql/warehouses")
                .get(GET, "sql/warehouses/{id}", IdSource.path("id"))
                .list(GET, "sql/warehouses")
                .update(POST, "sql/warehouses/{id}/edit", IdSource.path("id"), UpdateMode.MERGE)
                .delete(DELETE, "sql/warehouses/{id}", IdSource.path("id"))
                .listField("warehouses")
                .pagination(Pagination.tokens("page_size", 100, 1000).allWhenNoSizeGiven())
                .required("name")
                .unique("name")
                .duplicateMessage((field, name) -> "SQL warehouse with name '" + name + "' already exists.")
                .stamp(Stamp.fixed("state", "STARTING"),
                        Stamp.createdBy("creator_name"),
                        Stamp.defaultValue("cluster_size", TextNode.valueOf("2X-Small")),
                        Stamp.defaultValue("auto_stop_mins", IntNode.valueOf(120)),
                        Stamp.defaultValue("min_num_clusters", IntNode.valueOf(1)),
                        Stamp.defaultValue("max_num_clusters", IntNode.valueOf(1)),
                        Stamp.defaultValue("enable_photon", BooleanNode.TRUE),
                        Stamp.defaultValue("enable_serverless_compute", BooleanNode.FALSE),
                        Stamp.defaultValue("warehouse_type", TextNode.valueOf("PRO")),
                        Stamp.defaultValue("spot_instance_policy", TextNode.valueOf("COST_OPTIMIZED")),
                        Stamp.fixed("num_clusters", IntNode.valueOf(0)),
                        Stamp.fixed("num_active_sessions", IntNode.valueOf(0)),
                        Stamp.fixed("health", Json.object().put("status", "HEALTHY")),
                        Stamp.derived("odbc_params", warehouse -> Json.object().put("hostname", "127.0.0.1")
                                .put("path", "/sql/1.0/warehouses/" + warehouse.path("id").asText()).put("protocol", "http").put("port", 443)),
                        Stamp.derived("jdbc_url", warehouse -> TextNode.valueOf("jdbc:databricks://127.0.0.1:443/default;transportMode=http;ssl=0;"
                                + "AuthMech=3;httpPath=/sql/1.0/warehouses/" + warehouse.path("id").asText() + ";")))
                .notFound(NotFoundStyle.REST_404, id -> "SQL warehouse " + id + " does not exist.")
                .replies(Reply.fields("id"), Reply.whole(), Reply.empty(), Reply.empty())
                .behaviour(new WarehouseRules())
                .build());
    }

    @Override
    public void registerExtras(ApiRoutes routes) {
        routes.post("/api/2.0/sql/warehouses/{id}/start", request -> {
            directory.start(request.pathParam("id"));
            return Json.object();
        });
        routes.post("/api/2.0/sql/warehouses/{id}/stop", request -> {
            directory.stop(request.pathParam("id"));
            return Json.object();
        });
    }

    /** The Java hook for the execution plane; {@link WarehouseDirectory} can also be made from the server context alone. */
    public WarehouseDirectory directory() {
        return directory;
    }

    private final class WarehouseRules implements ResourceBehaviour {
        @Override
        public void validate(Operation operation, ObjectNode warehouse, ObjectNode existing) {
            String size = warehouse.path("cluster_size").asText();
            if (!SIZES.contains(size)) {
                throw ApiException.invalidParameter("Invalid cluster_size '" + size + "'; allowed are " + SIZES);
            }
            long autoStop = warehouse.path("auto_stop_mins").asLong();
            if (autoStop < 0) {
                throw ApiException.invalidParameter("auto_stop_mins must be 0 (never) or positive, was " + autoStop);
            }
            long min = warehouse.path("min_num_clusters").asLong();
            long max = warehouse.path("max_num_clusters").asLong();
            if (min < 1 || max < min || max > 40) {
                throw ApiException.invalidParameter("Cluster counts must satisfy 1 <= min_num_clusters <= max_num_clusters <= 40, were "
                        + min + " and " + max);
            }
            String type = warehouse.path("warehouse_type").asText();
            if (!List.of("CLASSIC", "PRO", "TYPE_UNSPECIFIED").contains(type)) {
                throw ApiException.invalidParameter("Invalid warehouse_type '" + type + "'; allowed are CLASSIC and PRO");
            }
        }

        @Override
        public void created(ObjectNode warehouse) {
            directory.finishStarting(warehouse.path("id").asText());
        }

        @Override
        public void deleted(ObjectNode warehouse) {
            directory.deleted(warehouse.path("id").asText());
        }

        @Override
        public void recover(ResourceStore store) {
            directory.recover();
        }
    }
}
