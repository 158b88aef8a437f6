package dev.lakeroute.camel.databricks.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.Exchange;
import org.apache.camel.Route;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.catalogue.Scope;
import dev.lakeroute.camel.databricks.jobs.RunStep;
import dev.lakeroute.camel.databricks.request.OperationRequest;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.CompositeStep;
import dev.lakeroute.camel.databricks.step.OptionCheck;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.step.StepResult;

/**
 * {@code databricks:workflow}: a job the route declares (tasks with depends_on and run_if, a job cluster or an
 * existing cluster), kept as one job in the workspace and run like {@code jobs/run-now}. The definition is the
 * {@code definition} option (resource or bean) or else the message body. The job is found again by its name and
 * the camel_route_id tag, created once, reset when the definition's hash changed; then run-now, waiting and
 * repairing as {@link RunStep} does. The body becomes task_key → that task's state, result, run page and output.
 */
public final class WorkflowStep implements CompositeStep<WorkflowStep.Options> {

    public static final String NAME = RunStep.WORKFLOW;

    /**
     * The pseudo-operation: run-now of the workflow's job. Its idempotency token (derived from the message like
     * run-now's) makes a redelivered message find the run the first delivery started.
     */
    public static final Operation OPERATION = new Operation(NAME, "POST", "/api/2.2/jobs/run-now", "2.2", Scope.WORKSPACE,
            List.of(), Set.of(), Set.of("idempotency_token"), false);

    private final Calls calls;
    private final RunStep runs;
    private final WorkflowJob jobs;

    /** @param definition the definition option (resource text or bean), null when the body is the definition */
    public record Options(Object definition, RunStep.Options run) {
    }

    public WorkflowStep(Calls calls, RunStep runs) {
        this.calls = calls;
        this.runs = runs;
        this.jobs = new WorkflowJob(calls);
    }

    @Override
    public Set<String> operations() {
        return Set.of(NAME);
    }

    @Override
    public List<Operation> ownOperations() {
        return List.of(OPERATION);
    }

    @Override
    public void validate(OptionCheck check) {
        boolean workflow = serves(check.operation());
        check.onlyFor("definition", check.config().getDefinition() != null && !workflow, "databricks:workflow");
        if (workflow) {
            check.onlyFor("fetchOutput", check.config().isFetchOutput(),
                    "jobs/runs/submit, jobs/run-now and jobs/runs/repair (databricks:workflow always returns each task's output)");
        }
    }

    @Override
    public Options options(DatabricksConfiguration config, Operation operation) {
        RunStep.Options run = runs.options(config, operation);
        return new Options(config.getDefinition(), new RunStep.Options(run.waitForCompletion(), false, run.polls(),
                run.cancelOnTimeout(), run.cancelOnStop(), run.repairAttempts(), null, run.cancelPreviousRuns(), run.cancelPolls()));
    }

    @Override
    public boolean readsBody(Object body) {
        return true;
    }

    @Override
    public CompletableFuture<StepResult> execute(StepContext context, Options options) {
        Exchange exchange = context.exchange();
        Object body = exchange.getMessage().getBody();
        WorkflowDefinition definition = WorkflowDefinition.read(options.definition() != null ? options.definition() : body,
                exchange.getContext(), calls.mapper(), options.definition() != null ? "definition" : "message body");
        String routeId = routeId(exchange);
        String name = definition.name() != null && !definition.name().isBlank() ? definition.name() : "camel-" + routeId;
        return jobs.ensure(context, definition, name, routeId).thenCompose(jobId -> {
            ObjectNode fields = calls.fields().put("job_id", jobId);
            // With the definition in an option, a Map body is the run's own settings (job_parameters, python_params ...).
            if (options.definition() != null && body instanceof Map<?, ?> overrides) {
                ObjectNode given = calls.mapper().valueToTree(overrides);
                given.remove("job_id");
                fields.setAll(given);
            }
            String token = context.request().fieldText("idempotency_token");
            if (token != null) {
                fields.put("idempotency_token", token);
            }
            OperationRequest runNow = calls.request("jobs/run-now", null, fields);
            StepContext run = context.withRequest(runNow);
            return runs.execute(run, options.run()).thenCompose(result -> {
                if (!options.run().waitForCompletion()) {
                    return CompletableFuture.completedFuture(result);
                }
                return taskResults(run, calls.mapper().valueToTree(result.body()))
                        .thenApply(tasks -> new StepResult(tasks, result.headers()));
            });
        });
    }

    /** The route running this step; the route that created the exchange when the unit of work does not say. */
    private static String routeId(Exchange exchange) {
        Route route = exchange.getUnitOfWork() == null ? null : exchange.getUnitOfWork().getRoute();
        String id = route != null ? route.getRouteId() : exchange.getFromRouteId();
        return id == null ? exchange.getContext().getName() : id;
    }

    /** task_key → life_cycle_state, result_state, state_message, run_id, run_page_url and the task run's output. */
    private CompletableFuture<Object> taskResults(StepContext context, JsonNode run) {
        Map<String, Object> results = new LinkedHashMap<>();
        List<CompletableFuture<Void>> outputs = new ArrayList<>();
        for (JsonNode task : run.path("tasks")) {
            Map<String, Object> result = new LinkedHashMap<>();
            JsonNode state = task.path("state");
            result.put("life_cycle_state", Calls.text(state, "life_cycle_state"));
            result.put("result_state", Calls.text(state, "result_state"));
            result.put("state_message", Calls.text(state, "state_message"));
            result.put("run_id", task.path("run_id").asLong());
            result.put("run_page_url", Calls.text(task, "run_page_url"));
            result.put("output", null);
            results.put(Calls.text(task, "task_key"), result);
            outputs.add(Calls.quietly(calls.json(context, "jobs/runs/get-output", calls.fields().put("run_id", task.path("run_id").asLong()))
                    .thenAccept(output -> {
                        ObjectNode copy = output.deepCopy();
                        copy.remove("metadata");
                        synchronized (results) {
                            result.put("output", calls.java(copy));
                        }
                    })));
        }
        return CompletableFuture.allOf(outputs.toArray(CompletableFuture[]::new)).thenApply(done -> {
            synchronized (results) {
                return new LinkedHashMap<>(results);
            }
        });
    }
}
