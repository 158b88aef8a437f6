package dev.lakeroute.dblocal.controlplane.resources.clusterpolicies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdSource;
import dev.lakeroute.dblocal.controlplane.resources.engine.IdStrategy;
import dev.lakeroute.dblocal.controlplane.resources.engine.NotFoundStyle;
import dev.lakeroute.dblocal.controlplane.resources.engine.Operation;
import dev.lakeroute.dblocal.controlplane.resources.engine.Reply;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceBehaviour;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceFamily;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceSpec;
import dev.lakeroute.dblocal.controlplane.resources.engine.Stamp;
import dev.lakeroute.dblocal.controlplane.resources.engine.UpdateMode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.Json;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;

/**
 * Cluster policies 2.0. Policies are stored and validated as JSON; clusters created here are not
 * checked against them.
 */
public final class ClusterPolicies implements ResourceFamily {
    public static final String FAMILY = "cluster-policies";
    private static final String ID = "policy_id";

    @Override
    public List<ResourceSpec> specs() {
        return List.of(ResourceSpec.builder(FAMILY, "Cluster policy")
                .id(ID, IdStrategy.hex16())
                .name("name")
                .create(POST, "policies/clusters/create")
                .update(POST, "policies/clusters/edit", IdSource.field(ID), UpdateMode.REPLACE)
                .get(GET, "policies/clusters/get", IdSource.field(ID))
                .list(GET, "policies/clusters/list")
                .delete(POST, "policies/clusters/delete", IdSource.field(ID))
                .listField("policies")
                .required("name")
                .requiredOnUpdate("name")
                .unique("name")
                .duplicateMessage((field, value) -> "Cluster policy with name '" + value + "' already exists.")
                .stamp(Stamp.createdAtMillis("created_at_timestamp"),
                        Stamp.createdBy("creator_user_name"),
                        Stamp.fixed("is_default", BooleanNode.FALSE))
                .notFound(NotFoundStyle.CLASSIC_400, id -> "Cluster policy " + id + " does not exist.")
                .replies(Reply.fields(ID), Reply.whole(), Reply.empty(), Reply.empty())
                .behaviour(new PolicyRules())
                .build());
    }

    /** A definition is a JSON object in a string; lists sort the way {@code sort_column}/{@code sort_order} ask. */
    private static final class PolicyRules implements ResourceBehaviour {
        @Override
        public void validate(Operation operation, ObjectNode policy, ObjectNode existing) {
            for (String field : List.of("definition", "policy_family_definition_overrides")) {
                JsonNode text = policy.get(field);
                if (text == null || text.isNull()) {
                    continue;
                }
                JsonNode parsed;
                try {
                    parsed = Json.MAPPER.readTree(text.asText().getBytes(StandardCharsets.UTF_8));
                } catch (java.io.IOException e) {
                    throw ApiException.invalidParameter("Invalid " + field + ": it must be a JSON object in a string, e.g. "
                            + "{\"spark_version\": {\"type\": \"fixed\", \"value\": \"15.4.x-scala2.12\"}}");
                }
                if (parsed == null || !parsed.isObject()) {
                    throw ApiException.invalidParameter("Invalid " + field + ": it must be a JSON object, was " + text.asText());
                }
            }
            if (policy.has("max_clusters_per_user") && policy.path("max_clusters_per_user").asLong() <= 0) {
                throw ApiException.invalidParameter("max_clusters_per_user must be positive, was " + policy.path("max_clusters_per_user"));
            }
        }

        @Override
        public Comparator<ObjectNode> order(ApiRequest request) {
            String column = request.string("sort_column").orElse("POLICY_CREATION_TIME").toUpperCase(Locale.ROOT);
            Comparator<ObjectNode> order = switch (column) {
                case "POLICY_NAME" -> Comparator.comparing(policy -> policy.path("name").asText().toLowerCase(Locale.ROOT));
                case "POLICY_CREATION_TIME" -> Comparator.comparingLong(policy -> policy.path("created_at_timestamp").asLong());
                default -> throw ApiException.invalidParameter("Invalid sort_column '" + column + "'; allowed are POLICY_CREATION_TIME and POLICY_NAME");
            };
            String direction = request.string("sort_order").orElse("DESC").toUpperCase(Locale.ROOT);
            return switch (direction) {
                case "ASC" -> order;
                case "DESC" -> order.reversed();
                default -> throw ApiException.invalidParameter("Invalid sort_order '" + direction + "'; allowed are ASC and DESC");
            };
        }
    }
}
