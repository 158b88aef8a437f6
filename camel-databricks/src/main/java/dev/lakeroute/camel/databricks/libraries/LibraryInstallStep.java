package dev.lakeroute.camel.databricks.libraries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.error.DatabricksStateException;
import dev.lakeroute.camel.databricks.error.DatabricksStoppedException;
import dev.lakeroute.camel.databricks.poll.PollLoop;
import dev.lakeroute.camel.databricks.poll.Verdict;
import dev.lakeroute.camel.databricks.poll.WaitSettings;
import dev.lakeroute.camel.databricks.request.OperationRequest;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.CompositeStep;
import dev.lakeroute.camel.databricks.step.ProducerScope;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.step.StepResult;

/**
 * {@code libraries/install} with {@code waitForState=INSTALLED}: after the call, polls
 * {@code libraries/cluster-status} until every requested library is INSTALLED and returns their
 * statuses; one FAILED fails the exchange with the library's messages.
 */
public final class LibraryInstallStep implements CompositeStep<LibraryInstallStep.Options> {

    static final String OPERATION = "libraries/install";
    static final String INSTALLED = "INSTALLED";
    private final Calls calls;

    /**
     * @param waitForInstalled waitForState=INSTALLED
     * @param polls            the polls of libraries/cluster-status, limited by waitTimeout
     */
    public record Options(boolean waitForInstalled, WaitSettings polls) {
    }

    public LibraryInstallStep(Calls calls) {
        this.calls = calls;
    }

    @Override
    public Set<String> operations() {
        return Set.of(OPERATION);
    }

    @Override
    public Map<String, String> waitStates() {
        return Map.of(OPERATION, INSTALLED);
    }

    @Override
    public Options options(DatabricksConfiguration config, Operation operation) {
        return new Options(INSTALLED.equals(config.getWaitForState()), WaitSettings.of(config, config.getWaitTimeout()));
    }

    @Override
    public CompletableFuture<StepResult> execute(StepContext context, Options options) {
        OperationRequest request = context.request();
        return context.client().call(request).thenCompose(response -> {
            JsonNode answer = calls.tree(response, request);
            Map<String, Object> headers = calls.headers(request, response, answer);
            if (!options.waitForInstalled()) {
                return CompletableFuture.completedFuture(new StepResult(calls.java(answer), headers));
            }
            String clusterId = request.fieldText("cluster_id");
            List<JsonNode> wanted = new ArrayList<>();
            request.fields().path("libraries").forEach(wanted::add);
            return await(context, options.polls(), clusterId, wanted).thenApply(statuses -> new StepResult(calls.java(statuses), headers));
        });
    }

    private CompletableFuture<JsonNode> await(StepContext context, WaitSettings settings, String clusterId, List<JsonNode> wanted) {
        String operation = context.request().operation().name();
        PollLoop<JsonNode, JsonNode> loop = new PollLoop<>(context.scope().poller(), settings.backoff(), settings.timeout(),
                settings.progress(operation, "cluster", clusterId),
                () -> calls.json(context, "libraries/cluster-status", calls.fields().put("cluster_id", clusterId)),
                status -> judge(operation, clusterId, wanted, status), null);
        ProducerScope.InFlight stopper = () -> {
            loop.abort(new DatabricksStoppedException("the route stopped while libraries were installing on " + clusterId,
                    operation), dev.lakeroute.camel.databricks.error.WaitedFor.RemoteState.RUNNING);
            return CompletableFuture.completedFuture(null);
        };
        context.scope().track(stopper);
        return loop.start().whenComplete((r, e) -> context.scope().done(stopper));
    }

    private Verdict<JsonNode> judge(String operation, String clusterId, List<JsonNode> wanted, JsonNode answer) {
        com.fasterxml.jackson.databind.node.ArrayNode mine = calls.mapper().createArrayNode();
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode library : wanted) {
            JsonNode status = null;
            for (JsonNode candidate : answer.path("library_statuses")) {
                if (library.equals(candidate.get("library"))) {
                    status = candidate;
                    break;
                }
            }
            String state = status == null ? "PENDING" : Calls.text(status, "status");
            if ("FAILED".equals(state)) {
                List<String> messages = new ArrayList<>();
                messages.add(library.toString());
                status.path("messages").forEach(m -> messages.add(m.asText()));
                return Verdict.failed(new DatabricksStateException(operation, clusterId, "FAILED", messages));
            }
            counts.merge(state, 1, Integer::sum);
            if (status != null) {
                mine.add(status);
            }
        }
        if (counts.getOrDefault(INSTALLED, 0) == wanted.size()) {
            return Verdict.done(mine);
        }
        return Verdict.pending(counts.toString());
    }

}
