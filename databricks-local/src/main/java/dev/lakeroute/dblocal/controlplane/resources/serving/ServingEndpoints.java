package dev.lakeroute.dblocal.controlplane.resources.serving;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lakeroute.dblocal.controlplane.ServerContext;
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
import dev.lakeroute.dblocal.controlplane.resources.engine.Stamp;
import dev.lakeroute.dblocal.controlplane.resources.engine.TimedTransitions;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.Ids;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;

/**
 * Serving endpoints 2.0: create, get, list, delete and config updates. A new or updated config is
 * {@code pending_config} with state {@code {NOT_READY|READY, IN_PROGRESS}} and becomes the endpoint's
 * {@code config} (state {@code {READY, NOT_UPDATING}}) after the server's cluster start delay. No model is
 * served: {@code /serving-endpoints/{name}/invocations} is not answered.
 */
public final class ServingEndpoints implements ResourceFamily {
    public static final String FAMILY = "serving-endpoints";
    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9_-]{1,63}$");
    private final ResourceRegistry registry;
    private final TimedTransitions transitions;
    private final Duration readyDelay;
    private final java.time.Clock clock;

    public ServingEndpoints(ResourceRegistry registry, ServerContext context) {
        this.registry = registry;
        this.transitions = new TimedTransitions(context.scheduler());
        this.readyDelay = context.settings().clusterStartDelay();
        this.clock = context.clock();
    }

    @Override
    public List<ResourceSpec> specs() {
        return List.of(ResourceSpec.builder(FAMILY, "Serving endpoint")
                .collection("serving.endpoints")
                .id("name", IdStrategy.fromField("name"))
                .name("name")
                .create(POST, "serving-endpoints")
                .get(GET, "serving-endpoints/{name}", IdSource.path("name"))
                .list(GET, "serving-endpoints")
                .delete(DELETE, "serving-endpoints/{name}", IdSource.path("name"))
                .listField("endpoints")
                .required("name")
                .stamp(new Stamp("id", true, true, false, writing -> TextNode.valueOf(Ids.hex32())),
                        Stamp.createdBy("creator"),
                        Stamp.createdAtMillis("creation_timestamp"),
                        Stamp.updatedAtMillis("last_updated_timestamp"),
                        Stamp.fixed("state", Json.object().put("ready", "NOT_READY").put("config_update", "IN_PROGRESS")),
                        Stamp.fixed("permission_level", "CAN_MANAGE"))
                .notFound(NotFoundStyle.REST_404, name -> "Endpoint with name '" + name + "' does not exist.")
                .duplicateMessage((field, name) -> "Endpoint with name '" + name + "' already exists.")
                .behaviour(new EndpointRules())
                .build());
    }

    @Override
    public void registerExtras(ApiRoutes routes) {
        routes.put("/api/2.0/serving-endpoints/{name}/config", request -> {
            ResourceStore store = registry.store(FAMILY);
            String name = request.pathParam("name");
            ObjectNode config = configOf(request.body());
            ObjectNode updated = store.change(name, endpoint -> {
                if (endpoint.path("state").path("config_update").asText().equals("IN_PROGRESS")) {
                    throw new ApiException(409, "RESOURCE_CONFLICT", "Endpoint '" + name + "' is already being updated; "
                            + "wait until state.config_update is NOT_UPDATING.");
                }
                long version = endpoint.path("config").path("config_version").asLong(0) + 1;
                config.put("config_version", version);
                endpoint.set("pending_config", config);
                endpoint.withObject("state").put("config_update", "IN_PROGRESS");
                endpoint.put("last_updated_timestamp", clock.millis());
                return endpoint;
            }).orElseThrow(() -> store.notFound(name));
            applyPendingConfigLater(store, name);
            return store.view(updated, false);
        });
    }

    /** The config an update or create asks for, with served entities named and routed the way Databricks defaults them. */
    private static ObjectNode configOf(JsonNode requested) {
        ObjectNode config = requested != null && requested.isObject() ? ((ObjectNode) requested).deepCopy() : Json.object();
        config.remove("name");
        ArrayNode entities = config.withArray("served_entities");
        if (entities.isEmpty() && config.path("served_models").isArray()) {
            config.path("served_models").forEach(entities::add);
        }
        for (JsonNode entity : entities) {
            ObjectNode served = (ObjectNode) entity;
            if (!served.hasNonNull("name")) {
                String base = served.path("entity_name").asText(served.path("model_name").asText("entity"));
                String version = served.path("entity_version").asText(served.path("model_version").asText(""));
                served.put("name", (base.replace('.', '-') + (version.isEmpty() ? "" : "-" + version)));
            }
        }
        if (!config.has("traffic_config") && !entities.isEmpty()) {
            ObjectNode route = Json.object().put("served_model_name", entities.get(0).path("name").asText())
                    .put("served_entity_name", entities.get(0).path("name").asText()).put("traffic_percentage", 100);
            config.putObject("traffic_config").putArray("routes").add(route);
        }
        return config;
    }

    private void applyPendingConfigLater(ResourceStore store, String name) {
        transitions.run(readyDelay, () -> store.change(name, endpoint -> {
            if (endpoint.path("state").path("config_update").asText().equals("IN_PROGRESS")) {
                JsonNode pending = endpoint.remove("pending_config");
                if (pending instanceof ObjectNode config) {
                    for (JsonNode served : config.withArray("served_entities")) {
                        ((ObjectNode) served).putObject("state").put("deployment", "DEPLOYMENT_READY");
                    }
                    endpoint.set("config", config);
                }
                endpoint.putObject("state").put("ready", "READY").put("config_update", "NOT_UPDATING");
            }
            return endpoint;
        }));
    }

    private final class EndpointRules implements ResourceBehaviour {
        @Override
        public ObjectNode prepare(Operation operation, ObjectNode body, ObjectNode existing) {
            ObjectNode config = configOf(body.remove("config"));
            config.put("config_version", 1);
            body.set("pending_config", config);
            return body;
        }

        @Override
        public void validate(Operation operation, ObjectNode endpoint, ObjectNode existing) {
            String name = endpoint.path("name").asText();
            if (!NAME.matcher(name).matches()) {
                throw ApiException.invalidParameter("Invalid endpoint name '" + name
                        + "': use 1 to 63 letters, digits, dashes and underscores.");
            }
        }

        @Override
        public void created(ObjectNode endpoint) {
            applyPendingConfigLater(registry.store(FAMILY), endpoint.path("name").asText());
        }

        @Override
        public void recover(ResourceStore store) {
            for (ObjectNode endpoint : store.all()) {
                if (endpoint.path("state").path("config_update").asText().equals("IN_PROGRESS")) {
                    applyPendingConfigLater(store, endpoint.path("name").asText());
                }
            }
        }
    }
}
