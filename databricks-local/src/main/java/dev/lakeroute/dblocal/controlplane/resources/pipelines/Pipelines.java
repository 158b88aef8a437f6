package dev.lakeroute.dblocal.controlplane.resources.pipelines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lakeroute.dblocal.controlplane.ServerContext;
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
import dev.lakeroute.dblocal.controlplane.resources.engine.TimedTransitions;
import dev.lakeroute.dblocal.controlplane.resources.engine.UpdateMode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.Json;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static io.vertx.core.http.HttpMethod.PUT;

/**
 * Pipelines (Lakeflow Declarative Pipelines / DLT) 2.0. Pipelines and their updates are stored, and an
 * update walks Databricks' states (QUEUED → CREATED → WAITING_FOR_RESOURCES → INITIALIZING →
 * SETTING_UP_TABLES → RUNNING → COMPLETED) on a timer while the pipeline is RUNNING, then the pipeline
 * is IDLE again. Nothing is executed: no notebook or table is touched.
 */
public final class Pipelines implements ResourceFamily {
    public static final String FAMILY = "pipelines";
    public static final String UPDATES = "pipeline-updates";
    static final List<String> UPDATE_STATES = List.of("QUEUED", "CREATED", "WAITING_FOR_RESOURCES", "INITIALIZING",
            "SETTING_UP_TABLES", "RUNNING", "COMPLETED");
    private static final List<String> TERMINAL = List.of("COMPLETED", "FAILED", "CANCELED");
    private static final Pattern NAME_FILTER = Pattern.compile("^\\s*name\\s+(=|LIKE)\\s+'([^']*)'\\s*$", Pattern.CASE_INSENSITIVE);
    private final ResourceRegistry registry;
    private final TimedTransitions transitions;
    private final Duration step;
    private final java.time.Clock clock;

    public Pipelines(ResourceRegistry registry, ServerContext context) {
        this.registry = registry;
        this.transitions = new TimedTransitions(context.scheduler());
        this.step = context.settings().clusterStopDelay();
        this.clock = context.clock();
    }

    @Override
    public List<ResourceSpec> specs() {
        return List.of(
                ResourceSpec.builder(FAMILY, "Pipeline")
                        .collection("pipelines")
                        .id("pipeline_id", IdStrategy.uuid())
                        .name("name")
                        .create(POST, "pipelines")
                        .get(GET, "pipelines/{pipeline_id}", IdSource.path("pipeline_id"))
                        .list(GET, "pipelines")
                        .update(PUT, "pipelines/{pipeline_id}", IdSource.path("pipeline_id"), UpdateMode.MERGE)
                        .delete(DELETE, "pipelines/{pipeline_id}", IdSource.path("pipeline_id"))
                        .listField("statuses")
                        .pagination(Pagination.tokens("max_results", 25, 100))
                        .stamp(Stamp.fixed("state", "IDLE"),
                                Stamp.createdBy("creator_user_name"),
                                Stamp.createdBy("run_as_user_name"),
                                Stamp.updatedAtMillis("last_modified"),
                                Stamp.fixed("health", "HEALTHY"),
                                Stamp.fixed("latest_updates", Json.array()),
                                Stamp.derived("spec", pipeline -> ((ObjectNode) pipeline.path("spec")).put("id", pipeline.path("pipeline_id").asText())))
                        .notFound(NotFoundStyle.REST_404, id -> "The specified pipeline " + id + " was not found.")
                        .replies(Reply.fields("pipeline_id").and("spec", "effective_settings"), Reply.whole(), Reply.empty(), Reply.empty())
                        .behaviour(new PipelineRules())
                        .build(),
                ResourceSpec.builder(UPDATES, "Update")
                        .collection("pipelines.updates")
                        .id("update_id", IdStrategy.uuid())
                        .parent(ParentRef.of(FAMILY, "pipeline_id"))
                        .stamp(Stamp.fixed("state", "QUEUED"), Stamp.createdAtMillis("creation_time"),
                                Stamp.defaultValue("cause", TextNode.valueOf("API_CALL")))
                        .notFound(NotFoundStyle.REST_404, id -> "The specified update " + id + " was not found.")
                        .behaviour(new ResourceBehaviour() {
                            @Override
                            public boolean blocksParentDelete(ObjectNode update) {
                                return false;
                            }

                            @Override
                            public void recover(ResourceStore updates) {
                                for (ObjectNode update : updates.all()) {
                                    String state = update.path("state").asText();
                                    if (!TERMINAL.contains(state)) {
                                        advanceLater(update.path("update_id").asText(), state);
                                    }
                                }
                            }
                        })
                        .build());
    }

    @Override
    public void registerExtras(ApiRoutes routes) {
        ResourceStore pipelines = registry.store(FAMILY);
        ResourceStore updates = registry.store(UPDATES);
        routes.post("/api/2.0/pipelines/{pipeline_id}/updates", request -> {
            String pipelineId = request.pathParam("pipeline_id");
            pipelines.requireActive(pipelineId);
            activeUpdate(pipelineId).ifPresent(active -> {
                throw new ApiException(409, "RESOURCE_CONFLICT", "Pipeline " + pipelineId + " already has an active update "
                        + active.path("update_id").asText() + "; stop it first.");
            });
            ObjectNode body = request.body();
            ObjectNode update = Json.object().put("pipeline_id", pipelineId)
                    .put("full_refresh", body.path("full_refresh").asBoolean(false))
                    .put("validate_only", body.path("validate_only").asBoolean(false));
            for (String field : List.of("cause", "refresh_selection", "full_refresh_selection", "parameters")) {
                if (body.hasNonNull(field)) {
                    update.set(field, body.get(field));
                }
            }
            ObjectNode created = updates.create(update, request.principal());
            String updateId = created.path("update_id").asText();
            pipelines.change(pipelineId, pipeline -> {
                pipeline.put("state", "RUNNING");
                pipeline.set("latest_updates", latest(pipeline, created));
                return pipeline;
            });
            advanceLater(updateId, "QUEUED");
            return Json.object().put("update_id", updateId);
        });
        routes.get("/api/2.0/pipelines/{pipeline_id}/updates/{update_id}", request -> {
            pipelines.require(request.pathParam("pipeline_id"));
            ObjectNode update = updates.require(request.pathParam("update_id"));
            if (!update.path("pipeline_id").asText().equals(request.pathParam("pipeline_id"))) {
                throw updates.notFound(request.pathParam("update_id"));
            }
            return Json.object().set("update", updates.view(update, false));
        });
        routes.get("/api/2.0/pipelines/{pipeline_id}/updates", request -> {
            String pipelineId = request.pathParam("pipeline_id");
            pipelines.require(pipelineId);
            List<ObjectNode> states = updates.all().stream()
                    .filter(update -> update.path("pipeline_id").asText().equals(pipelineId))
                    .sorted(Comparator.<ObjectNode>comparingLong(update -> update.path("creation_time").asLong()).reversed())
                    .map(update -> updates.view(update, true)).toList();
            return Pagination.tokens("max_results", 25, 100).page(states, "updates", request);
        });
        routes.post("/api/2.0/pipelines/{pipeline_id}/stop", request -> {
            String pipelineId = request.pathParam("pipeline_id");
            pipelines.requireActive(pipelineId);
            activeUpdate(pipelineId).ifPresent(active -> {
                String updateId = active.path("update_id").asText();
                updates.change(updateId, update -> update.put("state", "STOPPING"));
                transitions.after(step, updates::change, updateId, "state", "STOPPING", "CANCELED", this::finished);
            });
            if (activeUpdate(pipelineId).isEmpty()) {
                pipelines.change(pipelineId, pipeline -> pipeline.put("state", "IDLE"));
            }
            return Json.object();
        });
    }

    private Optional<ObjectNode> activeUpdate(String pipelineId) {
        return registry.store(UPDATES).all().stream()
                .filter(update -> update.path("pipeline_id").asText().equals(pipelineId))
                .filter(update -> !TERMINAL.contains(update.path("state").asText()))
                .findFirst();
    }

    /** Schedules the step after {@code state}; the last step (COMPLETED) makes the pipeline IDLE again. */
    private void advanceLater(String updateId, String state) {
        ResourceStore updates = registry.store(UPDATES);
        int index = UPDATE_STATES.indexOf(state);
        if (state.equals("STOPPING")) {
            transitions.after(step, updates::change, updateId, "state", "STOPPING", "CANCELED", this::finished);
            return;
        }
        if (index < 0 || index == UPDATE_STATES.size() - 1) {
            return;
        }
        boolean validateOnly = updates.find(updateId).map(update -> update.path("validate_only").asBoolean()).orElse(false);
        String next = validateOnly && UPDATE_STATES.get(index + 1).equals("RUNNING") ? "COMPLETED" : UPDATE_STATES.get(index + 1);
        transitions.after(step, updates::change, updateId, "state", state, next, moved -> {
            syncLatest(moved);
            if (TERMINAL.contains(next)) {
                finished(moved);
            } else {
                advanceLater(updateId, next);
            }
        });
    }

    private void finished(ObjectNode update) {
        syncLatest(update);
        registry.store(FAMILY).change(update.path("pipeline_id").asText(), pipeline -> pipeline.put("state", "IDLE"));
    }

    private void syncLatest(ObjectNode update) {
        registry.store(FAMILY).change(update.path("pipeline_id").asText(), pipeline -> {
            pipeline.set("latest_updates", latest(pipeline, update));
            pipeline.put("last_modified", clock.millis());
            return pipeline;
        });
    }

    /** The pipeline's {@code latest_updates} with this update first and current. */
    private static ArrayNode latest(ObjectNode pipeline, ObjectNode update) {
        ArrayNode latest = Json.array().add(stateInfo(update));
        for (JsonNode previous : pipeline.path("latest_updates")) {
            if (!previous.path("update_id").asText().equals(update.path("update_id").asText()) && latest.size() < 5) {
                latest.add(previous);
            }
        }
        return latest;
    }

    private static ObjectNode stateInfo(ObjectNode update) {
        return Json.object().put("update_id", update.path("update_id").asText()).put("state", update.path("state").asText())
                .put("creation_time", java.time.Instant.ofEpochMilli(update.path("creation_time").asLong()).toString());
    }

    /** Settings live under {@code spec}; lists show the short status; names are unique unless duplicates are allowed. */
    private final class PipelineRules implements ResourceBehaviour {
        @Override
        public ObjectNode prepare(Operation operation, ObjectNode body, ObjectNode existing) {
            if (body.path("dry_run").asBoolean(false)) {
                throw ApiException.invalidParameter("dry_run is not supported by databricks-local; create the pipeline instead.");
            }
            boolean allowDuplicates = body.path("allow_duplicate_names").asBoolean(false);
            ObjectNode spec = body.deepCopy();
            for (String field : List.of("dry_run", "allow_duplicate_names", "expected_last_modified", "pipeline_id", "run_as")) {
                spec.remove(field);
            }
            ObjectNode document = Json.object();
            document.set("spec", spec);
            document.put("_allow_duplicate_names", allowDuplicates);
            if (spec.hasNonNull("name")) {
                document.put("name", spec.path("name").asText());
            }
            return document;
        }

        @Override
        public void validate(Operation operation, ObjectNode pipeline, ObjectNode existing) {
            String name = pipeline.path("name").asText("");
            if (name.isEmpty() || pipeline.path("_allow_duplicate_names").asBoolean(false)) {
                return;
            }
            for (ObjectNode other : registry.store(FAMILY).all()) {
                if (!other.path("pipeline_id").asText().equals(pipeline.path("pipeline_id").asText())
                        && other.path("name").asText().equals(name)) {
                    throw ApiException.alreadyExists("Pipeline with name '" + name + "' already exists (id "
                            + other.path("pipeline_id").asText() + "). Pass allow_duplicate_names=true to create another.");
                }
            }
        }

        @Override
        public boolean listed(ObjectNode pipeline, ApiRequest request) {
            Optional<String> filter = request.string("filter").filter(f -> !f.isBlank());
            if (filter.isEmpty()) {
                return true;
            }
            Matcher matcher = NAME_FILTER.matcher(filter.get());
            if (!matcher.matches()) {
                throw ApiException.invalidParameter("Unsupported filter '" + filter.get() + "'; use name LIKE '%part%' or name = 'exact'");
            }
            String name = pipeline.path("name").asText();
            if (matcher.group(1).equals("=")) {
                return name.equals(matcher.group(2));
            }
            String regex = "\\Q" + matcher.group(2).replace("%", "\\E.*\\Q").replace("_", "\\E.\\Q") + "\\E";
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.DOTALL).matcher(name).matches();
        }

        @Override
        public ObjectNode view(ObjectNode pipeline, boolean inList) {
            if (inList) {
                ObjectNode status = Json.object();
                for (String field : List.of("pipeline_id", "name", "state", "creator_user_name", "run_as_user_name", "latest_updates", "health")) {
                    if (pipeline.has(field)) {
                        status.set(field, pipeline.get(field));
                    }
                }
                return status;
            }
            return pipeline;
        }
    }
}
