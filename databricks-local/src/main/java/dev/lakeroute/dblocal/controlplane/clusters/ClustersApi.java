package dev.lakeroute.dblocal.controlplane.clusters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiFamily;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.Json;
import io.vertx.core.http.HttpMethod;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** Clusters API on {@code /api/2.0/clusters/*} and {@code /api/2.1/clusters/*}. */
public final class ClustersApi implements ApiFamily {
    private static final Set<String> BOTH = ApiRoutes.versions("2.0", "2.1");
    private static final int DEFAULT_PAGE_SIZE = 100;

    private final ClusterRegistry registry;

    public ClustersApi(ClusterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.handle(HttpMethod.POST, BOTH, "clusters/create", request -> {
            ObjectNode spec = ClusterSpecs.validated(request.body());
            ClusterInfo cluster = registry.create(spec, request.principal(), ClusterSource.API, Map.of());
            return Json.object().put("cluster_id", cluster.clusterId());
        });
        routes.handle(HttpMethod.POST, BOTH, "clusters/edit", request -> {
            String id = request.requireString("cluster_id");
            registry.require(id);
            registry.lifecycle().edit(id, ClusterSpecs.validated(request.body()), request.principal());
            return Json.object();
        });
        routes.handle(HttpMethod.POST, BOTH, "clusters/update", request -> {
            String id = request.requireString("cluster_id");
            String mask = request.requireString("update_mask");
            ObjectNode current = registry.require(id).details();
            ObjectNode spec = current.has("spec") ? (ObjectNode) current.get("spec").deepCopy() : Json.object();
            JsonNode changes = request.field("cluster").orElse(Json.object());
            applyMask(spec, mask, changes);
            registry.lifecycle().edit(id, ClusterSpecs.validated(spec), request.principal());
            return Json.object();
        });
        routes.handle(HttpMethod.POST, BOTH, "clusters/start", request -> {
            registry.start(request.requireString("cluster_id"), request.principal());
            return Json.object();
        });
        routes.handle(HttpMethod.POST, BOTH, "clusters/restart", request -> {
            registry.lifecycle().restart(request.requireString("cluster_id"), request.string("restart_user").orElse(request.principal()));
            return Json.object();
        });
        routes.handle(HttpMethod.POST, BOTH, "clusters/resize", request -> {
            String id = request.requireString("cluster_id");
            registry.require(id);
            registry.lifecycle().resize(id, size(request), request.principal());
            return Json.object();
        });
        routes.handle(HttpMethod.POST, BOTH, "clusters/delete", request -> {
            registry.terminate(request.requireString("cluster_id"), TerminationReason.userRequest(request.principal()), request.principal());
            return Json.object();
        });
        routes.handle(HttpMethod.POST, BOTH, "clusters/permanent-delete", request -> {
            registry.lifecycle().permanentDelete(request.requireString("cluster_id"));
            return Json.object();
        });
        routes.handle(HttpMethod.POST, BOTH, "clusters/pin", request -> {
            registry.lifecycle().pin(request.requireString("cluster_id"), true, request.principal());
            return Json.object();
        });
        routes.handle(HttpMethod.POST, BOTH, "clusters/unpin", request -> {
            registry.lifecycle().pin(request.requireString("cluster_id"), false, request.principal());
            return Json.object();
        });
        routes.handle(HttpMethod.POST, BOTH, "clusters/change-owner", request -> {
            String id = request.requireString("cluster_id");
            String owner = request.requireString("owner_username");
            ClusterInfo cluster = registry.require(id);
            if (cluster.state() != ClusterState.TERMINATED) {
                throw ApiException.invalidState("Cluster " + id + " must be terminated to change its owner; it is in state "
                        + cluster.state().displayName() + ".");
            }
            registry.lifecycle().changeOwner(id, owner);
            return Json.object();
        });
        routes.handle(HttpMethod.GET, BOTH, "clusters/get", request -> registry.details(request.requireString("cluster_id")));
        routes.get("/api/2.0/clusters/list", request -> {
            ArrayNode clusters = Json.array();
            matching(request).forEach(id -> registry.findDetails(id).ifPresent(clusters::add));
            return Json.object().set("clusters", clusters);
        });
        routes.get("/api/2.1/clusters/list", this::listPage);
        routes.handle(HttpMethod.POST, BOTH, "clusters/events", request -> {
            String id = request.requireString("cluster_id");
            registry.require(id);
            return registry.events().page(request.body().has("cluster_id") ? request.body() : Json.object().put("cluster_id", id));
        });
        routes.handle(HttpMethod.GET, BOTH, "clusters/spark-versions", request -> ClusterCatalog.sparkVersionsJson());
        routes.handle(HttpMethod.GET, BOTH, "clusters/list-node-types", request -> ClusterCatalog.nodeTypesJson());
        routes.handle(HttpMethod.GET, BOTH, "clusters/list-zones", request -> ClusterCatalog.zonesJson());
    }

    private ObjectNode listPage(ApiRequest request) {
        List<String> all = matching(request);
        int pageSize = request.intValue("page_size", DEFAULT_PAGE_SIZE);
        if (pageSize <= 0) {
            pageSize = DEFAULT_PAGE_SIZE;
        }
        long offset = request.string("page_token").filter(token -> !token.isEmpty()).map(PageToken::offset).orElse(0L);
        ArrayNode page = Json.array();
        for (long i = offset; i < all.size() && i < offset + pageSize; i++) {
            registry.findDetails(all.get((int) i)).ifPresent(page::add);
        }
        ObjectNode response = Json.object();
        response.set("clusters", page);
        if (offset + pageSize < all.size()) {
            response.put("next_page_token", PageToken.of(offset + pageSize));
        }
        if (offset > 0) {
            response.put("prev_page_token", PageToken.of(Math.max(0, offset - pageSize)));
        }
        return response;
    }

    /** {@code filter_by} arrives flattened into the query ({@code filter_by.cluster_states=RUNNING}, repeated or comma-separated). */
    private List<String> matching(ApiRequest request) {
        Set<String> states = multi(request, "filter_by.cluster_states");
        Set<String> sources = multi(request, "filter_by.cluster_sources");
        String pinned = request.string("filter_by.is_pinned").orElse(null);
        String policy = request.string("filter_by.policy_id").orElse(null);
        // Paging through the list re-asks the same question: while no cluster changed, the ordered ids still answer it.
        String question = new TreeSet<>(states) + "|" + new TreeSet<>(sources) + "|" + pinned + "|" + policy;
        long changes = registry.changes();
        Listed known = listed.get(question);
        if (known != null && known.changes() == changes) {
            return known.ids();
        }
        if (listed.size() > MAX_LISTED) {
            listed.clear();
        }
        List<String> ids = registry.ids(stored -> (states.isEmpty() || states.contains(stored.path("state").asText()))
                && (sources.isEmpty() || sources.contains(stored.path("cluster_source").asText()))
                && (pinned == null || Boolean.parseBoolean(pinned) == registry.isPinned(stored))
                && (policy == null || policy.equals(stored.path("policy_id").asText(null))), ListOrder::of);
        Listed fresh = new Listed(changes, List.copyOf(ids));
        listed.put(question, fresh);
        return fresh.ids();
    }

    /** The ordered ids that answered a list question, and the store's change count they were read at. */
    private record Listed(long changes, List<String> ids) {
    }

    private static final int MAX_LISTED = 64;
    private final Map<String, Listed> listed = new ConcurrentHashMap<>();

    private static Set<String> multi(ApiRequest request, String name) {
        Set<String> values = new HashSet<>();
        request.queryAll(name).forEach(value -> values.addAll(Arrays.asList(value.split(","))));
        values.removeIf(String::isBlank);
        return values;
    }

    /** Active clusters first, then the most recently started — roughly what the workspace UI shows. */
    private record ListOrder(boolean inactive, long startTime, String clusterId) implements Comparable<ListOrder> {
        static ListOrder of(JsonNode stored) {
            return new ListOrder(!ClusterLifecycle.stateOf(stored).isActive(), stored.path("start_time").asLong(),
                    stored.path("cluster_id").asText());
        }

        @Override
        public int compareTo(ListOrder other) {
            if (inactive != other.inactive) {
                return inactive ? 1 : -1;
            }
            if (startTime != other.startTime) {
                return startTime > other.startTime ? -1 : 1;
            }
            return clusterId.compareTo(other.clusterId);
        }
    }

    private static ObjectNode size(ApiRequest request) {
        ObjectNode size = Json.object();
        JsonNode autoscale = request.field("autoscale").orElse(null);
        if (autoscale != null) {
            size.set("autoscale", autoscale);
        } else if (request.field("num_workers").isPresent()) {
            size.put("num_workers", request.requireLong("num_workers"));
        } else {
            throw ApiException.invalidParameter("Either num_workers or autoscale must be given to resize a cluster.");
        }
        ObjectNode probe = size.deepCopy().put("spark_version", "15.4.x-scala2.12").put("node_type_id", "i3.xlarge");
        ClusterSpecs.validate(probe);
        return size;
    }

    private static void applyMask(ObjectNode spec, String mask, JsonNode changes) {
        for (String raw : mask.split(",")) {
            String field = raw.trim();
            if (field.isEmpty()) {
                continue;
            }
            if (field.equals("*")) {
                ClusterSpecs.SPEC_FIELDS.forEach(spec::remove);
                changes.fields().forEachRemaining(entry -> spec.set(entry.getKey(), entry.getValue().deepCopy()));
                continue;
            }
            if (!ClusterSpecs.SPEC_FIELDS.contains(field)) {
                throw ApiException.invalidParameter("update_mask names " + field + ", which is not a cluster attribute that can be updated.");
            }
            if (changes.hasNonNull(field)) {
                spec.set(field, changes.get(field).deepCopy());
            } else {
                spec.remove(field);
            }
            if (field.equals("num_workers") && changes.hasNonNull(field)) {
                spec.remove("autoscale");
            } else if (field.equals("autoscale") && changes.hasNonNull(field)) {
                spec.remove("num_workers");
            }
        }
    }
}
