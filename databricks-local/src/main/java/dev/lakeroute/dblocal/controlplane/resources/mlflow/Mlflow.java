package dev.lakeroute.dblocal.controlplane.resources.mlflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
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
import dev.lakeroute.dblocal.controlplane.resources.engine.SoftDelete;
import dev.lakeroute.dblocal.controlplane.resources.engine.Stamp;
import dev.lakeroute.dblocal.controlplane.resources.engine.UpdateMode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.Json;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;

/**
 * MLflow tracking 2.0: experiments and runs with params, metrics (latest value and history) and
 * tags. Deletion marks {@code lifecycle_stage} {@code deleted} and can be undone with restore; deleting
 * an experiment deletes its runs. Artifacts are not stored (artifact_uri is reported, nothing is behind it).
 */
public final class Mlflow implements ResourceFamily {
    public static final String EXPERIMENTS = "mlflow-experiments";
    public static final String RUNS = "mlflow-runs";
    private static final Set<String> RUN_STATUSES = Set.of("RUNNING", "SCHEDULED", "FINISHED", "FAILED", "KILLED");
    private final ResourceRegistry registry;
    private final Clock clock;

    public Mlflow(ResourceRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public List<ResourceSpec> specs() {
        SoftDelete lifecycle = new SoftDelete("lifecycle_stage", "active", "deleted", "view_type");
        return List.of(
                ResourceSpec.builder(EXPERIMENTS, "Experiment")
                        .collection("mlflow.experiments")
                        .id("experiment_id", IdStrategy.numeric())
                        .name("name")
                        .renamedBy("new_name")
                        .create(POST, "mlflow/experiments/create")
                        .get(GET, "mlflow/experiments/get", IdSource.field("experiment_id"))
                        .list(GET, "mlflow/experiments/list")
                        .list(POST, "mlflow/experiments/search")
                        .update(POST, "mlflow/experiments/update", IdSource.field("experiment_id"), UpdateMode.MERGE)
                        .delete(POST, "mlflow/experiments/delete", IdSource.field("experiment_id"))
                        .listField("experiments")
                        .pagination(Pagination.tokens("max_results", 1000, 50_000))
                        .required("name")
                        .missingFieldMessage(Mlflow::missingParameter)
                        .unique("name")
                        .duplicateMessage((field, name) -> "Experiment '" + name + "' already exists.")
                        .stamp(Stamp.fixed("lifecycle_stage", "active"),
                                Stamp.createdAtMillis("creation_time"), Stamp.updatedAtMillis("last_update_time"),
                                Stamp.defaultValue("tags", Json.array()),
                                Stamp.defaultValue("artifact_location", writing -> TextNode.valueOf(
                                        "dbfs:/databricks/mlflow-tracking/" + writing.document().path("experiment_id").asText())))
                        .softDelete(lifecycle)
                        .notFound(NotFoundStyle.REST_404, id -> "No Experiment with id=" + id + " exists")
                        .replies(Reply.fields("experiment_id"), Reply.wrapped("experiment"), Reply.empty(), Reply.empty())
                        .behaviour(new ExperimentRules())
                        .build(),
                ResourceSpec.builder(RUNS, "Run")
                        .collection("mlflow.runs")
                        .id("run_id", IdStrategy.hex32())
                        .create(POST, "mlflow/runs/create")
                        .get(GET, "mlflow/runs/get", IdSource.field("run_id", "run_uuid"))
                        .list(POST, "mlflow/runs/search")
                        .update(POST, "mlflow/runs/update", IdSource.field("run_id", "run_uuid"), UpdateMode.MERGE)
                        .delete(POST, "mlflow/runs/delete", IdSource.field("run_id"))
                        .listField("runs")
                        .pagination(Pagination.tokens("max_results", 1000, 50_000))
                        .required("experiment_id")
                        .missingFieldMessage(Mlflow::missingParameter)
                        .parent(ParentRef.of(EXPERIMENTS, "experiment_id"))
                        .stamp(Stamp.fixed("lifecycle_stage", "active"),
                                Stamp.derived("run_uuid", run -> run.path("run_id")),
                                Stamp.defaultValue("status", TextNode.valueOf("RUNNING")),
                                Stamp.defaultValue("start_time", writing -> Json.MAPPER.getNodeFactory().numberNode(writing.nowMillis())),
                                Stamp.defaultValue("user_id", writing -> TextNode.valueOf(writing.principal())),
                                Stamp.defaultValue("artifact_uri", writing -> TextNode.valueOf("dbfs:/databricks/mlflow-tracking/"
                                        + writing.document().path("experiment_id").asText() + "/" + writing.document().path("run_id").asText()
                                        + "/artifacts")))
                        .softDelete(new SoftDelete("lifecycle_stage", "active", "deleted", "run_view_type"))
                        .notFound(NotFoundStyle.REST_404, id -> "Run '" + id + "' not found")
                        .replies(Reply.wrapped("run"), Reply.wrapped("run"), Reply.renamed("info", "run_info"), Reply.empty())
                        .behaviour(new RunRules())
                        .build());
    }

    private static String missingParameter(String field) {
        return "Missing value for required parameter '" + field + "'. See the API docs for more information about request parameters.";
    }

    @Override
    public void registerExtras(ApiRoutes routes) {
        ResourceStore experiments = registry.store(EXPERIMENTS);
        ResourceStore runs = registry.store(RUNS);
        routes.get("/api/2.0/mlflow/experiments/get-by-name", request -> {
            String name = request.requireString("experiment_name");
            ObjectNode experiment = experiments.all().stream()
                    .filter(candidate -> candidate.path("name").asText().equals(name)).findFirst()
                    .orElseThrow(() -> ApiException.notFound("Could not find experiment with name '" + name + "'"));
            return Json.object().set("experiment", experiments.view(experiment, false));
        });
        routes.post("/api/2.0/mlflow/experiments/restore", request -> {
            String id = request.requireString("experiment_id");
            experiments.restore(id);
            for (ObjectNode run : runs.all()) {
                if (run.path("experiment_id").asText().equals(id) && runs.isDeleted(run)) {
                    runs.restore(run.path("run_id").asText());
                }
            }
            return Json.object();
        });
        routes.post("/api/2.0/mlflow/experiments/set-experiment-tag", request -> {
            String id = request.requireString("experiment_id");
            experiments.requireActive(id);
            ObjectNode tag = keyValue(request);
            experiments.change(id, experiment -> {
                putByKey(experiment.withArray("tags"), tag);
                return experiment;
            });
            return Json.object();
        });
        routes.post("/api/2.0/mlflow/runs/restore", request -> {
            runs.restore(request.requireString("run_id"));
            return Json.object();
        });
        routes.post("/api/2.0/mlflow/runs/log-metric", request -> {
            ObjectNode metric = metric(request.body(), request);
            changeActiveRun(runs, runId(request), run -> addMetric(run, metric));
            return Json.object();
        });
        for (String path : List.of("/api/2.0/mlflow/runs/log-parameter", "/api/2.0/mlflow/runs/log-param")) {
            routes.post(path, request -> {
                ObjectNode param = keyValue(request);
                changeActiveRun(runs, runId(request), run -> addParam(run, param));
                return Json.object();
            });
        }
        routes.post("/api/2.0/mlflow/runs/set-tag", request -> {
            ObjectNode tag = keyValue(request);
            changeActiveRun(runs, runId(request), run -> {
                putByKey(data(run).withArray("tags"), tag);
                if (tag.path("key").asText().equals("mlflow.runName")) {
                    run.put("run_name", tag.path("value").asText());
                }
            });
            return Json.object();
        });
        routes.post("/api/2.0/mlflow/runs/delete-tag", request -> {
            String key = request.requireString("key");
            changeActiveRun(runs, runId(request), run -> {
                ArrayNode tags = data(run).withArray("tags");
                if (!removeByKey(tags, key)) {
                    throw ApiException.notFound("No tag with name: " + key + " in run with id " + run.path("run_id").asText());
                }
            });
            return Json.object();
        });
        routes.post("/api/2.0/mlflow/runs/log-batch", request -> {
            ObjectNode body = request.body();
            List<ObjectNode> metrics = new ArrayList<>();
            body.path("metrics").forEach(metric -> metrics.add(metric((ObjectNode) metric, null)));
            changeActiveRun(runs, runId(request), run -> {
                body.path("params").forEach(param -> addParam(run, checkedKeyValue(param)));
                metrics.forEach(metric -> addMetric(run, metric));
                body.path("tags").forEach(tag -> putByKey(data(run).withArray("tags"), checkedKeyValue(tag)));
            });
            return Json.object();
        });
        routes.get("/api/2.0/mlflow/metrics/get-history", request -> {
            ObjectNode run = runs.require(runId(request));
            String key = request.requireString("metric_key");
            ArrayNode history = Json.array();
            run.path("_metric_history").forEach(metric -> {
                if (metric.path("key").asText().equals(key)) {
                    history.add(metric);
                }
            });
            return Json.object().set("metrics", history);
        });
    }

    private static String runId(ApiRequest request) {
        return IdSource.field("run_id", "run_uuid").read(request);
    }

    private void changeActiveRun(ResourceStore runs, String runId, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode run = runs.require(runId);
        if (runs.isDeleted(run)) {
            throw ApiException.invalidParameter("The run " + runId + " must be in the 'active' state. Current state is deleted.");
        }
        runs.change(runId, stored -> {
            change.accept(stored);
            return stored;
        });
    }

    private ObjectNode metric(ObjectNode body, ApiRequest request) {
        ObjectNode metric = Json.object();
        String key = body.path("key").asText("");
        if (key.isEmpty()) {
            throw ApiException.invalidParameter(missingParameter("key"));
        }
        JsonNode value = body.get("value");
        if (value == null || value.isNull()) {
            throw ApiException.invalidParameter(missingParameter("value"));
        }
        if (!body.hasNonNull("timestamp")) {
            throw ApiException.invalidParameter(missingParameter("timestamp"));
        }
        double number;
        try {
            number = value.isNumber() ? value.asDouble() : Double.parseDouble(value.asText());
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter("Metric value '" + value.asText() + "' is not a number");
        }
        metric.put("key", key).put("value", number).put("timestamp", body.path("timestamp").asLong(clock.millis()))
                .put("step", body.path("step").asLong(0));
        return metric;
    }

    private static ObjectNode keyValue(ApiRequest request) {
        return Json.object().put("key", request.requireString("key")).put("value", request.string("value").orElse(""));
    }

    private static ObjectNode checkedKeyValue(JsonNode entry) {
        String key = entry.path("key").asText("");
        if (key.isEmpty()) {
            throw ApiException.invalidParameter(missingParameter("key"));
        }
        return Json.object().put("key", key).put("value", entry.path("value").asText(""));
    }

    private static ObjectNode data(ObjectNode run) {
        return run.withObject("data");
    }

    private static void addMetric(ObjectNode run, ObjectNode metric) {
        run.withArray("_metric_history").add(metric);
        ArrayNode latest = data(run).withArray("metrics");
        for (int i = 0; i < latest.size(); i++) {
            JsonNode current = latest.get(i);
            if (current.path("key").asText().equals(metric.path("key").asText())) {
                boolean newer = metric.path("step").asLong() > current.path("step").asLong()
                        || (metric.path("step").asLong() == current.path("step").asLong()
                        && metric.path("timestamp").asLong() >= current.path("timestamp").asLong());
                if (newer) {
                    latest.set(i, metric);
                }
                return;
            }
        }
        latest.add(metric);
    }

    private static void addParam(ObjectNode run, ObjectNode param) {
        ArrayNode params = data(run).withArray("params");
        for (JsonNode existing : params) {
            if (existing.path("key").asText().equals(param.path("key").asText())) {
                if (!existing.path("value").asText().equals(param.path("value").asText())) {
                    throw ApiException.invalidParameter("Changing param values is not allowed. Param with key='" + param.path("key").asText()
                            + "' was already logged with value='" + existing.path("value").asText() + "' for run ID='"
                            + run.path("run_id").asText() + "'. Attempted logging new value '" + param.path("value").asText() + "'.");
                }
                return;
            }
        }
        params.add(param);
    }

    private static void putByKey(ArrayNode entries, ObjectNode entry) {
        removeByKey(entries, entry.path("key").asText());
        entries.add(entry);
    }

    private static boolean removeByKey(ArrayNode entries, String key) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).path("key").asText().equals(key)) {
                entries.remove(i);
                return true;
            }
        }
        return false;
    }

    /** {@code ORDER BY}-style sorting of search results: {@code name ASC}, {@code start_time DESC}, {@code metrics.rmse}. */
    private static Comparator<ObjectNode> orderBy(ApiRequest request, Function<ObjectNode, Function<String, JsonNode>> resolve,
                                                 Comparator<ObjectNode> fallback) {
        JsonNode clauses = request.field("order_by").orElse(null);
        List<String> orders = new ArrayList<>();
        if (clauses != null && clauses.isArray()) {
            clauses.forEach(clause -> orders.add(clause.asText()));
        } else {
            orders.addAll(request.queryAll("order_by"));
        }
        Comparator<ObjectNode> order = null;
        for (String clause : orders) {
            String[] parts = clause.trim().split("\\s+");
            String key = parts[0].replace("attributes.", "").replace("attribute.", "");
            boolean descending = parts.length > 1 && parts[1].equalsIgnoreCase("DESC");
            Comparator<ObjectNode> one = Comparator.comparing(document -> resolve.apply(document).apply(key),
                    Comparator.nullsLast(Mlflow::compareValues));
            one = descending ? one.reversed() : one;
            order = order == null ? one : order.thenComparing(one);
        }
        return order == null ? fallback : order.thenComparing(fallback);
    }

    private static int compareValues(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.asDouble(), b.asDouble());
        }
        return a.asText().compareTo(b.asText());
    }

    /** Experiment names as the search filter and order see them. */
    private static Function<String, JsonNode> experimentKeys(ObjectNode experiment) {
        return key -> {
            String lower = key.toLowerCase(Locale.ROOT);
            if (lower.startsWith("tags.") || lower.startsWith("tag.")) {
                return valueByKey(experiment.path("tags"), key.substring(key.indexOf('.') + 1));
            }
            return experiment.get(lower.replace("attributes.", "").replace("attribute.", ""));
        };
    }

    private static Function<String, JsonNode> runKeys(ObjectNode run) {
        return key -> {
            int dot = key.indexOf('.');
            String prefix = dot < 0 ? "attributes" : key.substring(0, dot).toLowerCase(Locale.ROOT);
            String name = dot < 0 ? key : key.substring(dot + 1);
            return switch (prefix) {
                case "metrics", "metric" -> valueByKey(run.path("data").path("metrics"), name);
                case "params", "param", "parameters" -> valueByKey(run.path("data").path("params"), name);
                case "tags", "tag" -> valueByKey(run.path("data").path("tags"), name);
                default -> run.get(name.equals("run_name") || name.equals("status") || name.equals("start_time")
                        || name.equals("end_time") || name.equals("run_id") || name.equals("user_id") ? name : name.toLowerCase(Locale.ROOT));
            };
        };
    }

    private static JsonNode valueByKey(JsonNode entries, String key) {
        for (JsonNode entry : entries) {
            if (entry.path("key").asText().equals(key)) {
                return entry.get("value");
            }
        }
        return null;
    }

    private static final class ExperimentRules implements ResourceBehaviour {
        @Override
        public boolean listed(ObjectNode experiment, ApiRequest request) {
            return MlflowFilter.parse(request.string("filter").orElse(null), Mlflow::experimentKeys).test(experiment);
        }

        @Override
        public Comparator<ObjectNode> order(ApiRequest request) {
            Comparator<ObjectNode> newestFirst = Comparator.<ObjectNode>comparingLong(e -> e.path("last_update_time").asLong()).reversed()
                    .thenComparing(e -> e.path("experiment_id").asText());
            return orderBy(request, Mlflow::experimentKeys, newestFirst);
        }
    }

    /** Runs keep info fields flat and params, metrics and tags under {@code data}; clients see {@code {info, data, inputs}}. */
    private static final class RunRules implements ResourceBehaviour {
        /** Deleting an experiment deletes its runs with it, as MLflow does. */
        @Override
        public boolean blocksParentDelete(ObjectNode run) {
            return false;
        }

        @Override
        public ObjectNode prepare(Operation operation, ObjectNode body, ObjectNode existing) {
            if (body.hasNonNull("status") && !RUN_STATUSES.contains(body.path("status").asText())) {
                throw ApiException.invalidParameter("Invalid run status '" + body.path("status").asText() + "'; allowed are " + RUN_STATUSES);
            }
            if (operation == Operation.CREATE) {
                ObjectNode data = Json.object();
                JsonNode tags = body.remove("tags");
                ArrayNode storedTags = data.putArray("tags");
                if (tags != null && tags.isArray()) {
                    tags.forEach(tag -> storedTags.add(checkedKeyValue(tag)));
                }
                data.putArray("params");
                data.putArray("metrics");
                body.set("data", data);
                if (!body.hasNonNull("run_name")) {
                    JsonNode runName = valueByKey(storedTags, "mlflow.runName");
                    if (runName != null) {
                        body.set("run_name", runName);
                    }
                }
            } else {
                body.remove("data");
                body.remove("experiment_id");
            }
            return body;
        }

        @Override
        public void validate(Operation operation, ObjectNode run, ObjectNode existing) {
            if (run.hasNonNull("run_name") && valueByKey(run.path("data").path("tags"), "mlflow.runName") == null) {
                ((ArrayNode) run.withObject("data").withArray("tags")).add(Json.object()
                        .put("key", "mlflow.runName").put("value", run.path("run_name").asText()));
            }
        }

        @Override
        public boolean listed(ObjectNode run, ApiRequest request) {
            JsonNode ids = request.field("experiment_ids").orElse(null);
            List<String> experiments = new ArrayList<>();
            if (ids != null && ids.isArray()) {
                ids.forEach(id -> experiments.add(id.asText()));
            } else {
                experiments.addAll(request.queryAll("experiment_ids"));
            }
            if (!experiments.isEmpty() && !experiments.contains(run.path("experiment_id").asText())) {
                return false;
            }
            return MlflowFilter.parse(request.string("filter").orElse(null), Mlflow::runKeys).test(run);
        }

        @Override
        public Comparator<ObjectNode> order(ApiRequest request) {
            Comparator<ObjectNode> newestFirst = Comparator.<ObjectNode>comparingLong(run -> run.path("start_time").asLong()).reversed()
                    .thenComparing(run -> run.path("run_id").asText());
            return orderBy(request, Mlflow::runKeys, newestFirst);
        }

        @Override
        public ObjectNode view(ObjectNode run, boolean inList) {
            ObjectNode info = Json.object();
            for (String field : List.of("run_id", "run_uuid", "run_name", "experiment_id", "user_id", "status", "start_time",
                    "end_time", "artifact_uri", "lifecycle_stage")) {
                if (run.hasNonNull(field)) {
                    info.set(field, run.get(field));
                }
            }
            ObjectNode view = Json.object();
            view.set("info", info);
            view.set("data", run.path("data").isObject() ? run.get("data") : Json.object());
            view.set("inputs", Json.object());
            return view;
        }
    }
}
