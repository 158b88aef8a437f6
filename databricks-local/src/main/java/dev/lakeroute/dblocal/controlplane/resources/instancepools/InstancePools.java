package dev.lakeroute.dblocal.controlplane.resources.instancepools;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdSource;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdStrategy;
import dev.lakeroute.dblocal.controlplane.resources.engine.NotFoundStyle;
import dev.lakeroute.dblocal.controlplane.resources.engine.Operation;
import dev.lakeroute.dblocal.controlplane.resources.engine.Reply;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceBehaviour;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceFamily;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceSpec;
import dev.lakeroute.dblocal.controlplane.resources.engine.SoftDelete;
import dev.lakeroute.dblocal.controlplane.resources.engine.Stamp;
import dev.lakeroute.dblocal.controlplane.resources.engine.UpdateMode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.Ids;

import java.util.List;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;

/**
 * Instance pools 2.0. No machines are kept idle here: a pool is ACTIVE with zero instances until it
 * is deleted, when it turns DELETED and stays readable.
 */
public final class InstancePools implements ResourceFamily {
    public static final String FAMILY = "instance-pools";
    private static final String ID = "instance_pool_id";

    @Override
    public List<ResourceSpec> specs() {
        return List.of(ResourceSpec.builder(FAMILY, "Instance pool")
                .id(ID, IdStrategy.generated(() -> Ids.clusterId() + "-pool-" + Ids.alphanumeric(8)))
                .name("instance_pool_name")
                .create(POST, "instance-pools/create")
                .update(POST, "instance-pools/edit", IdSource.field(ID), UpdateMode.MERGE)
                .get(GET, "instance-pools/get", IdSource.field(ID))
                .list(GET, "instance-pools/list")
                .delete(POST, "instance-pools/delete", IdSource.field(ID))
                .listField("instance_pools")
                .required("instance_pool_name", "node_type_id")
                .requiredOnUpdate("instance_pool_name", "node_type_id")
                .stamp(Stamp.fixed("state", "ACTIVE"),
                        Stamp.fixed("stats", Json.object().put("used_count", 0).put("idle_count", 0)
                                .put("pending_used_count", 0).put("pending_idle_count", 0)),
                        Stamp.fixed("status", Json.object()),
                        Stamp.defaultValue("idle_instance_autotermination_minutes", IntNode.valueOf(60)),
                        Stamp.defaultValue("min_idle_instances", IntNode.valueOf(0)),
                        Stamp.derived("default_tags", pool -> Json.object()
                                .put("Vendor", "Databricks")
                                .put("DatabricksInstancePoolId", pool.path(ID).asText())
                                .put("DatabricksInstancePoolCreatorId", "local")))
                .softDelete(new SoftDelete("state", "ACTIVE", "DELETED", null))
                .notFound(NotFoundStyle.CLASSIC_400, id -> "Can't find an instance pool with id: " + id + ".")
                .replies(Reply.fields(ID), Reply.whole(), Reply.empty(), Reply.empty())
                .behaviour(new PoolRules())
                .build());
    }

    /** The checks Databricks makes on pool sizes and on the node type, which a pool cannot change. */
    private static final class PoolRules implements ResourceBehaviour {
        @Override
        public void validate(Operation operation, ObjectNode pool, ObjectNode existing) {
            if (existing != null && !existing.path("node_type_id").asText().equals(pool.path("node_type_id").asText())) {
                throw ApiException.invalidParameter("The node type of an instance pool cannot be changed (it is "
                        + existing.path("node_type_id").asText() + ").");
            }
            long minIdle = pool.path("min_idle_instances").asLong(0);
            if (minIdle < 0) {
                throw ApiException.invalidParameter("min_idle_instances must be non-negative, was " + minIdle);
            }
            if (pool.has("max_capacity") && pool.path("max_capacity").asLong() < minIdle) {
                throw ApiException.invalidParameter("max_capacity (" + pool.path("max_capacity").asLong()
                        + ") must be at least min_idle_instances (" + minIdle + ").");
            }
        }
    }
}
