package dev.lakeroute.camel.databricks.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;
import dev.lakeroute.camel.databricks.error.DatabricksInvalidRequestException;
import dev.lakeroute.camel.databricks.poll.WaitSettings;
import dev.lakeroute.camel.databricks.request.OperationRequest;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.CompositeStep;
import dev.lakeroute.camel.databricks.step.OptionCheck;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.step.StepResult;

/**
 * {@code jobs/runs/submit}, {@code jobs/run-now} and {@code jobs/runs/repair}: start the run (with the idempotency
 * token the producer derived from the message), then with {@code waitForCompletion} wait for its end, repairing it
 * up to {@code repairAttempts} times, and return the run ({@code jobs/runs/get}) or, with {@code fetchOutput}, its
 * output. {@code jobs/run-now} also finds its job by {@code jobName} and, with {@code cancelPreviousRuns}, cancels
 * the job's active runs first.
 */
public final class RunStep implements CompositeStep<RunStep.Options> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunStep.class);
    static final String SUBMIT = "jobs/runs/submit";
    static final String RUN_NOW = "jobs/run-now";
    static final String REPAIR = "jobs/runs/repair";
    /** databricks:workflow, which waits for its runs through this step's {@link #awaitEnd}. */
    public static final String WORKFLOW = "workflow";
    private static final Set<String> OPERATIONS = Set.of(SUBMIT, RUN_NOW, REPAIR);
    /** The operations that wait for a run: this step's and databricks:workflow. */
    private static final Set<String> WAITING = Set.of(SUBMIT, RUN_NOW, REPAIR, WORKFLOW);
    private static final String USERS = "jobs/runs/submit, jobs/run-now, jobs/runs/repair and databricks:workflow";
    private static final int MAX_REPAIR_ATTEMPTS = 100;

    private final Calls calls;
    private final RunRepairs repairs;
    private final JobsByName jobs;
    private final PreviousRuns previousRuns;

    /**
     * @param polls              the polls of jobs/runs/get, limited by runTimeout (per attempt)
     * @param repairAttempts     how many times a run that ended with failed tasks is repaired
     * @param jobName            jobs/run-now: the job's name, resolved through jobs/list; null when the job id is given
     * @param cancelPreviousRuns jobs/run-now and workflow: cancel the job's active runs before starting one
     * @param cancelPolls        the polls of jobs/runs/list after cancel-all, limited by waitTimeout
     */
    public record Options(boolean waitForCompletion, boolean fetchOutput, WaitSettings polls, boolean cancelOnTimeout,
                          boolean cancelOnStop, int repairAttempts, String jobName, boolean cancelPreviousRuns,
                          WaitSettings cancelPolls) {
    }

    public RunStep(Calls calls) {
        this.calls = calls;
        this.repairs = new RunRepairs(calls, new RunWaiter(calls));
        this.jobs = new JobsByName(calls);
        this.previousRuns = new PreviousRuns(calls);
    }

    @Override
    public Set<String> operations() {
        return OPERATIONS;
    }

    @Override
    public void validate(OptionCheck check) {
        DatabricksConfiguration c = check.config();
        String operation = check.operation().name();
        OptionCheck.notNegative("runTimeout", c.getRunTimeout());
        if (c.getRepairAttempts() < 0 || c.getRepairAttempts() > MAX_REPAIR_ATTEMPTS) {
            throw new DatabricksConfigurationException("repairAttempts", "is " + c.getRepairAttempts(),
                    "0 (no repair) to " + MAX_REPAIR_ATTEMPTS);
        }
        if (!WAITING.contains(operation)) {
            check.onlyFor("waitForCompletion", !c.isWaitForCompletion(), USERS);
            check.onlyFor("fetchOutput", c.isFetchOutput(), USERS);
            check.onlyFor("runTimeout", c.getRunTimeout() > 0, USERS);
            check.onlyFor("repairAttempts", c.getRepairAttempts() > 0, USERS);
        }
        check.onlyFor("jobName", c.getJobName() != null && !RUN_NOW.equals(operation), "jobs/run-now");
        check.onlyFor("cancelPreviousRuns", c.isCancelPreviousRuns() && !RUN_NOW.equals(operation) && !WORKFLOW.equals(operation),
                "jobs/run-now and databricks:workflow");
        if (c.getJobName() != null && RUN_NOW.equals(operation)) {
            if (c.getJobName().isBlank()) {
                throw new DatabricksConfigurationException("jobName", "is blank", "the name of a job (jobs/list?name=)");
            }
            if (c.getJobId() != null) {
                throw new DatabricksConfigurationException("jobName", "is given with jobId=" + c.getJobId(),
                        "either jobName or jobId, not both");
            }
        }
    }

    @Override
    public Options options(DatabricksConfiguration config, Operation operation) {
        return new Options(config.isWaitForCompletion(), config.isFetchOutput(), WaitSettings.of(config, config.getRunTimeout()),
                config.isCancelOnTimeout(), config.isCancelOnStop(), config.getRepairAttempts(),
                RUN_NOW.equals(operation.name()) ? config.getJobName() : null,
                config.isCancelPreviousRuns() && (RUN_NOW.equals(operation.name()) || WORKFLOW.equals(operation.name())),
                WaitSettings.of(config, config.getWaitTimeout()));
    }

    @Override
    public CompletableFuture<StepResult> execute(StepContext context, Options options) {
        return jobOf(context, options).thenCompose(request -> {
            StepContext resolved = request == context.request() ? context
                    : context.withRequest(request);
            if (!options.cancelPreviousRuns()) {
                return start(resolved, options);
            }
            JsonNode jobId = request.field("job_id");
            if (jobId == null || jobId.isNull()) {
                throw new DatabricksInvalidRequestException(RUN_NOW, "job_id", "is missing for cancelPreviousRuns=true",
                        "the jobId or jobName option, or job_id in the body");
            }
            return previousRuns.cancel(resolved, jobId.asLong(), options.cancelPolls()).thenCompose(v -> start(resolved, options));
        });
    }

    /** The request with the job_id jobName names. */
    private CompletableFuture<OperationRequest> jobOf(StepContext context, Options options) {
        OperationRequest request = context.request();
        if (options.jobName() == null) {
            return CompletableFuture.completedFuture(request);
        }
        if (request.hasField("job_id")) {
            throw new DatabricksInvalidRequestException(RUN_NOW, "job_id", "is given (" + request.fieldText("job_id")
                    + ") with jobName=" + options.jobName(), "either the jobName option or a job_id, not both");
        }
        return jobs.resolve(context, options.jobName()).thenApply(id -> {
            LOG.debug("jobs/run-now: job '{}' is job {}", options.jobName(), id);
            return request.withField("job_id", LongNode.valueOf(id));
        });
    }

    private CompletableFuture<StepResult> start(StepContext context, Options options) {
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
            boolean repair = REPAIR.equals(request.operation().name());
            JsonNode runIdNode = repair ? request.field("run_id") : answer.get("run_id");
            if (request.hasField("job_id")) {
                headers.put(DatabricksConstants.JOB_ID, request.field("job_id").asLong());
            }
            if (!options.waitForCompletion() || runIdNode == null || runIdNode.isNull()) {
                return CompletableFuture.completedFuture(new StepResult(calls.java(answer), headers));
            }
            long runId = runIdNode.asLong();
            headers.put(DatabricksConstants.RUN_ID, runId);
            Long repairId = repair && answer.hasNonNull("repair_id") ? answer.get("repair_id").asLong() : null;
            return awaitEnd(context, options, runId, repairId).thenCompose(run -> {
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

    /** The run once it succeeded, repaired up to repairAttempts times; {@code repairId} the repair to wait for, or null. */
    public CompletableFuture<JsonNode> awaitEnd(StepContext context, Options options, long runId, Long repairId) {
        return repairs.await(context, options, runId, repairId);
    }

    /** One task (or a single-task run): its output. Several tasks: task_key → output, in task order. */
    public CompletableFuture<Object> output(StepContext context, long runId, JsonNode run) {
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
