package dev.lakeroute.camel.databricks.clusters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksInvalidRequestException;
import dev.lakeroute.camel.databricks.poll.PollLoop;
import dev.lakeroute.camel.databricks.request.OperationRequest;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.OperationStep;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.step.StepResult;

/**
 * {@code clusters/create|start|restart|resize|edit|delete}: resolves {@code sparkVersion=latest-lts|latest},
 * makes the call, and with {@code waitForState} waits for RUNNING (TERMINATED for delete), returning the
 * cluster as clusters/get describes it. {@code clusters/start} of a cluster that already runs is not an
 * error when RUNNING is what the route waits for.
 */
public final class ClusterStep implements OperationStep {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterStep.class);

    private final Calls calls;
    private final ClusterWaiter waiter;

    public ClusterStep(Calls calls, ClusterWaiter waiter) {
        this.calls = calls;
        this.waiter = waiter;
    }

    @Override
    public CompletableFuture<StepResult> execute(StepContext context) {
        // The body's spark_version overlays the option, like every other field.
        String requested = context.request().fieldText("spark_version");
        if (requested == null) {
            requested = context.config().getSparkVersion();
        }
        if (requested == null || requested.isBlank() || !context.request().operation().knows("spark_version")) {
            return call(context, context.request());
        }
        return resolveSparkVersion(context, requested)
                .thenApply(key -> context.request().withField("spark_version", TextNode.valueOf(key)))
                .thenCompose(req -> call(context, req));
    }

    private CompletableFuture<StepResult> call(StepContext context, OperationRequest request) {
        String operation = request.operation().name();
        String target = context.config().getWaitForState();
        return context.client().call(request).handle((response, failure) -> {
            if (failure == null) {
                return response;
            }
            Throwable cause = PollLoop.unwrap(failure);
            if (operation.equals("clusters/start") && ClusterWaiter.RUNNING.equals(target) && ClusterWaiter.isAlreadyRunning(cause)) {
                LOG.debug("clusters/start: cluster {} is not TERMINATED; waiting for RUNNING", request.fieldText("cluster_id"));
                return null;
            }
            throw cause instanceof RuntimeException r ? r : new CompletionException(cause);
        }).thenCompose(response -> {
            JsonNode answer = response == null || response.body().length == 0 ? calls.fields() : calls.tree(response, request);
            Map<String, Object> headers = response == null ? new java.util.LinkedHashMap<>() : calls.headers(request, response, answer);
            String clusterId = Calls.text(answer, "cluster_id");
            if (clusterId == null) {
                clusterId = request.fieldText("cluster_id");
            }
            if (clusterId != null) {
                headers.put(DatabricksConstants.CLUSTER_ID, clusterId);
            }
            if (target == null) {
                return CompletableFuture.completedFuture(new StepResult(calls.java(answer), headers));
            }
            if (clusterId == null) {
                throw new DatabricksInvalidRequestException(operation, "cluster_id", "is missing for waitForState=" + target,
                        "the clusterId option or cluster_id in the body");
            }
            return waiter.await(context, clusterId, target, operation).thenApply(cluster -> {
                headers.put(DatabricksConstants.CLUSTER_STATE, target);
                return new StepResult(calls.java(cluster), headers);
            });
        });
    }

    private CompletableFuture<String> resolveSparkVersion(StepContext context, String requested) {
        if (!SparkVersionSelector.isAlias(requested)) {
            return CompletableFuture.completedFuture(requested);
        }
        boolean lts = requested.equalsIgnoreCase(SparkVersionSelector.LATEST_LTS);
        return calls.json(context, "clusters/spark-versions", calls.fields()).thenApply(answer -> {
            List<SparkVersionSelector.SparkVersion> versions = new ArrayList<>();
            answer.path("versions").forEach(v -> versions.add(new SparkVersionSelector.SparkVersion(Calls.text(v, "key"),
                    Calls.text(v, "name"))));
            return SparkVersionSelector.select(versions, lts).orElseThrow(() -> new DatabricksInvalidRequestException(
                    context.request().operation().name(), "sparkVersion", "'" + requested + "' matches none of the "
                    + versions.size() + " runtimes clusters/spark-versions lists", "an explicit spark_version key"));
        });
    }

}
