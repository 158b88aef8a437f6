package dev.lakeroute.dblocal.controlplane.resources.warehouses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdStrategy;
import dev.lakeroute.dblocal.controlplane.resources.engine.Pagination;
import dev.lakeroute.dblocal.controlplane.resources.engine.PrincipalIds;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceBehaviour;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceFamily;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceSpec;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.DocumentCollection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static io.vertx.core.http.HttpMethod.GET;

/**
 * Query history 2.0 ({@code GET /sql/history/queries}, filtered by {@code filter_by} and paged with
 * {@code max_results}/{@code page_token}). Nothing here runs queries: the execution plane adds entries
 * with {@link #record(QueryRecord)}; the statement engine shares this family's instance through the
 * {@code ControlPlane}.
 */
public final class QueryHistory implements ResourceFamily {
    public static final String FAMILY = "sql-query-history";
    private static final String COLLECTION = "sql.query-history";
    private final DocumentCollection queries;

    public QueryHistory(ServerContext context) {
        this.queries = context.store().collection(COLLECTION);
    }

    /** Adds or replaces the history entry of one query. */
    public void record(QueryRecord query) {
        ObjectNode entry = Json.object()
                .put("query_id", query.queryId())
                .put("status", query.status())
                .put("query_text", query.queryText())
                .put("user_name", query.userName())
                .put("user_id", PrincipalIds.numericId(query.userName()))
                .put("executed_as_user_name", query.userName())
                .put("executed_as_user_id", PrincipalIds.numericId(query.userName()))
                .put("query_start_time_ms", query.startTimeMillis())
                .put("is_final", query.endTimeMillis() != null);
        if (query.warehouseId() != null) {
            entry.put("warehouse_id", query.warehouseId()).put("endpoint_id", query.warehouseId());
        }
        if (query.endTimeMillis() != null) {
            entry.put("query_end_time_ms", query.endTimeMillis())
                    .put("execution_end_time_ms", query.endTimeMillis())
                    .put("duration", query.endTimeMillis() - query.startTimeMillis());
        }
        if (query.rowsProduced() != null) {
            entry.put("rows_produced", query.rowsProduced());
        }
        if (query.statementType() != null) {
            entry.put("statement_type", query.statementType());
        }
        if (query.errorMessage() != null) {
            entry.put("error_message", query.errorMessage());
        }
        queries.put(query.queryId(), entry);
    }

    @Override
    public List<ResourceSpec> specs() {
        return List.of(ResourceSpec.builder(FAMILY, "Query")
                .collection(COLLECTION)
                .id("query_id", IdStrategy.uuid())
                .list(GET, "sql/history/queries")
                .listField("res")
                .pagination(Pagination.tokens("max_results", 100, 1000).withHasMoreField("has_next_page"))
                .behaviour(new HistoryFilter())
                .build());
    }

    /**
     * {@code filter_by} as the SDK sends it on a GET ({@code filter_by.statuses=FINISHED},
     * {@code filter_by.query_start_time_range.start_time_ms=…}) or as a JSON object.
     */
    private static final class HistoryFilter implements ResourceBehaviour {
        @Override
        public boolean listed(ObjectNode query, ApiRequest request) {
            JsonNode json = request.body().path("filter_by");
            return matches(query, "warehouse_id", values(request, json, "warehouse_ids"))
                    && matches(query, "status", values(request, json, "statuses"))
                    && matches(query, "user_id", values(request, json, "user_ids"))
                    && matches(query, "query_id", values(request, json, "statement_ids"))
                    && inRange(query, request, json);
        }

        private static List<String> values(ApiRequest request, JsonNode json, String field) {
            List<String> values = new ArrayList<>();
            for (String value : request.queryAll("filter_by." + field)) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        values.add(part.trim());
                    }
                }
            }
            json.path(field).forEach(value -> values.add(value.asText()));
            return values;
        }

        private static boolean matches(ObjectNode query, String field, List<String> allowed) {
            return allowed.isEmpty() || allowed.contains(query.path(field).asText());
        }

        private static boolean inRange(ObjectNode query, ApiRequest request, JsonNode json) {
            long start = bound(request, json, "start_time_ms", Long.MIN_VALUE);
            long end = bound(request, json, "end_time_ms", Long.MAX_VALUE);
            long at = query.path("query_start_time_ms").asLong();
            return at >= start && at <= end;
        }

        private static long bound(ApiRequest request, JsonNode json, String field, long fallback) {
            List<String> query = request.queryAll("filter_by.query_start_time_range." + field);
            if (!query.isEmpty()) {
                try {
                    return Long.parseLong(query.get(0));
                } catch (NumberFormatException e) {
                    throw dev.lakeroute.dblocal.http.ApiException.invalidParameter("filter_by.query_start_time_range." + field
                            + " must be milliseconds since the epoch, was '" + query.get(0) + "'");
                }
            }
            JsonNode value = json.path("query_start_time_range").path(field);
            return value.isMissingNode() || value.isNull() ? fallback : value.asLong();
        }

        @Override
        public Comparator<ObjectNode> order(ApiRequest request) {
            return Comparator.<ObjectNode>comparingLong(query -> query.path("query_start_time_ms").asLong()).reversed()
                    .thenComparing(query -> query.path("query_id").asText());
        }
    }
}
