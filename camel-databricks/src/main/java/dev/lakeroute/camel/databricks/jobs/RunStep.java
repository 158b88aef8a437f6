package dev.lakeroute.camel.databricks.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.poll.WaitSettings;
import dev.lakeroute.camel.databricks.request.OperationRequest;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.CompositeStep;
import dev.lakeroute.camel.databricks.step.OptionCheck;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.step.StepResult;

/**
 * {@code jobs/runs/submit} and {@code jobs/run-now}: start the run (with the idempotency token the
 * producer derived from the message), then with {@code waitForCompletion} wait for its end and return
 * the run ({@code jobs/runs/get}) or, with {@code fetchOutput}, its output.
 */
public final class RunStep implements CompositeStep<RunStep.Options> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunStep.class);
    private static final Set<String> OPERATIONS = Set.of("jobs/runs/submit", "jobs/run-now");
    private static final String USERS = "jobs/runs/submit and jobs/run-now";

    private final Calls calls;
    private final RunWaiter waiter;

    /** @param polls the polls of jobs/runs/get, limited by runTimeout */
    public record Options(boolean waitForCompletion, boolean fetchOutput, WaitSettings polls, boolean cancelOnTimeout,
                          boolean cancelOnStop) {
    }

    public RunStep(Calls calls) {
        this.calls = calls;
        this.waiter = new RunWaiter(calls);
    }

    @Override
    public Set<String> operations() {
        return OPERATIONS;
    }

    @Override
    public void validate(OptionCheck check) {
        DatabricksConfiguration c = check.config();
        OptionCheck.notNegative("runTimeout", c.getRunTimeout());
        if (!serves(check.operation())) {
            check.onlyFor("waitForCompletion", !c.isWaitForCompletion(), USERS);
            check.onlyFor("fetchOutput", c.isFetchOutput(), USERS);
            check.onlyFor("runTimeout", c.getRunTimeout() > 0, USERS);
        }
    }

    @Override
    public Options options(DatabricksConfiguration config, Operation operation) {
        return new Options(config.isWaitForCompletion(), config.isFetchOutput(), WaitSettings.of(config, config.getRunTimeout()),
                config.isCancelOnTimeout(), config.isCancelOnStop());
    }

    @Override
    public CompletableFuture<StepResult> execute(StepContext context, Options options) {
        OperationRequest request = context.request();
        boolean tokenGiven = context.exchange().getMessage().getHeader(DatabricksConstants.IDEMPOTENCY_TOKEN) != null;
        LOG.debug("{} with idempotency token {} (message {})", request.operation().name(),
                request.fieldText("idempotency_token"), context.exchange().getMessage().getMessageId());
        return context.client().call(request).thenCompose(response -> {
            JsonNode answer = calls.tree(response, request);
            Map<String, Object> headers = calls.headers(request, response, answer);
            if (!tokenGiven) {
                // A derived token stays internal: echoed as a header it would become the next run step's token.
                headers.remove(DatabricksConstants.IDEMPOTENCY_TOKEN);
            }
            JsonNode runIdNode = answer.get("run_id");
            if (!options.waitForCompletion() || runIdNode == null) {
                return CompletableFuture.completedFuture(new StepResult(calls.java(answer), headers));
            }
            long runId = runIdNode.asLong();
            return waiter.await(context, options, runId).thenCompose(run -> {
                headers.put(DatabricksConstants.RUN_PAGE_URL, Calls.text(run, "run_page_url"));
                headers.put(DatabricksConstants.RUN_RESULT_STATE, "SUCCESS");
                headers.values().removeIf(java.util.Objects::isNull);
                if (!options.fetchOutput()) {
                    return CompletableFuture.completedFuture(new StepResult(calls.java(run), headers));
                }
                return output(context, runId, run).thenApply(output -> new StepResult(output, headers));
            });
        });
    }

    /** One task (or a single-task run): its output. Several tasks: task_key → output, in task order. */
    private CompletableFuture<Object> output(StepContext context, long runId, JsonNode run) {
        JsonNode tasks = run.path("tasks");
        if (!tasks.isArray() || tasks.isEmpty()) {
            return getOutput(context, runId);
        }
        if (tasks.size() == 1) {
            return getOutput(context, tasks.get(0).path("run_id").asLong());
        }
        Map<String, Object> outputs = new LinkedHashMap<>();
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (JsonNode task : tasks) {
            String key = Calls.text(task, "task_key");
            outputs.put(key, null);
            all.add(getOutput(context, task.path("run_id").asLong()).thenAccept(output -> {
                synchronized (outputs) {
                    outputs.put(key, output);
                }
            }));
        }
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).thenApply(done -> {
            synchronized (outputs) {
                return new LinkedHashMap<>(outputs);
            }
        });
    }

    private CompletableFuture<Object> getOutput(StepContext context, long runId) {
        return calls.json(context, "jobs/runs/get-output", calls.fields().put("run_id", runId)).thenApply(calls::java);
    }
}
