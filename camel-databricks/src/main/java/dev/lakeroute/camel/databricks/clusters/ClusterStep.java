package dev.lakeroute.camel.databricks.clusters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.error.DatabricksInvalidRequestException;
import dev.lakeroute.camel.databricks.poll.WaitSettings;
import dev.lakeroute.camel.databricks.request.OperationRequest;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.CompositeStep;
import dev.lakeroute.camel.databricks.step.OptionCheck;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.step.StepResult;
import dev.lakeroute.camel.databricks.support.Failures;

/**
 * {@code clusters/create|start|restart|resize|edit|delete}: resolves {@code sparkVersion=latest-lts|latest},
 * makes the call, and with {@code waitForState} waits for RUNNING (TERMINATED for delete), returning the
 * cluster as clusters/get describes it. {@code clusters/start} of a cluster that already runs is not an
 * error when RUNNING is what the route waits for.
 */
public final class ClusterStep implements CompositeStep<ClusterStep.Options> {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterStep.class);
    /** The operations served, and the state waitForState waits for after each. */
    private static final Map<String, String> WAIT_STATES = servedStates();

    private final Calls calls;
    private final ClusterWaiter waiter;

    /**
     * @param waitForState the state to wait for, or null to return the call's answer at once
     * @param sparkVersion spark_version, latest-lts or latest; null when the option is not set
     * @param polls        the polls of clusters/get, limited by waitTimeout
     */
    public record Options(String waitForState, String sparkVersion, WaitSettings polls) {
    }

    public ClusterStep(Calls calls, ClusterWaiter waiter) {
        this.calls = calls;
        this.waiter = waiter;
    }

    private static Map<String, String> servedStates() {
        Map<String, String> states = new LinkedHashMap<>();
        for (String operation : List.of("clusters/create", "clusters/start", "clusters/restart", "clusters/resize", "clusters/edit")) {
            states.put(operation, ClusterWaiter.RUNNING);
        }
        states.put("clusters/delete", ClusterWaiter.TERMINATED);
        return Collections.unmodifiableMap(states);
    }

    @Override
    public Set<String> operations() {
        return WAIT_STATES.keySet();
    }

    @Override
    public Map<String, String> waitStates() {
        return WAIT_STATES;
    }

    @Override
    public void validate(OptionCheck check) {
        check.onlyFor("sparkVersion", check.config().getSparkVersion() != null && !check.operation().knows("spark_version"),
                "clusters/create and clusters/edit (latest-lts, latest or a spark_version key)");
    }

    /** A waitForState that does not fit the operation is a component-wide default (RUNNING on clusters/delete): not waited for. */
    @Override
    public Options options(DatabricksConfiguration config, Operation operation) {
        String state = WAIT_STATES.get(operation.name());
        return new Options(Objects.equals(config.getWaitForState(), state) ? state : null, config.getSparkVersion(),
                WaitSettings.of(config, config.getWaitTimeout()));
    }

    @Override
    public CompletableFuture<StepResult> execute(StepContext context, Options options) {
        // The body's spark_version overlays the option, like every other field.
        String requested = context.request().fieldText("spark_version");
        if (requested == null) {
            requested = options.sparkVersion();
        }
        if (requested == null || requested.isBlank() || !context.request().operation().knows("spark_version")) {
            return call(context, options, context.request());
        }
        return resolveSparkVersion(context, requested)
                .thenApply(key -> context.request().withField("spark_version", TextNode.valueOf(key)))
                .thenCompose(req -> call(context, options, req));
    }

    private CompletableFuture<StepResult> call(StepContext context, Options options, OperationRequest request) {
        String operation = request.operation().name();
        String target = options.waitForState();
        return context.client().call(request).handle((response, failure) -> {
            if (failure == null) {
                return response;
            }
            Throwable cause = Failures.unwrap(failure);
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
            return waiter.await(context, options.polls(), clusterId, target, operation).thenApply(cluster -> {
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
