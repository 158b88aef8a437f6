package dev.lakeroute.camel.databricks.jobs;

import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.lakeroute.camel.databricks.error.DatabricksStoppedException;
import dev.lakeroute.camel.databricks.error.WaitedFor;
import dev.lakeroute.camel.databricks.poll.PollLoop;
import dev.lakeroute.camel.databricks.poll.Verdict;
import dev.lakeroute.camel.databricks.poll.WaitSettings;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.ProducerScope;
import dev.lakeroute.camel.databricks.step.StepContext;

/**
 * {@code cancelPreviousRuns}: cancels every active run of a job ({@code jobs/runs/cancel-all}) and waits until
 * {@code jobs/runs/list?active_only=true} lists none, so the run started next is the only one (and a job with
 * {@code max_concurrent_runs=1} does not skip it).
 */
final class PreviousRuns {

    private static final Logger LOG = LoggerFactory.getLogger(PreviousRuns.class);

    private final Calls calls;

    PreviousRuns(Calls calls) {
        this.calls = calls;
    }

    CompletableFuture<Void> cancel(StepContext context, long jobId, WaitSettings settings) {
        String operation = context.request().operation().name();
        LOG.info("{}: cancelling the active runs of job {} (cancelPreviousRuns)", operation, jobId);
        return calls.json(context, "jobs/runs/cancel-all", calls.fields().put("job_id", jobId)).thenCompose(cancelled -> {
            PollLoop<JsonNode, Void> loop = new PollLoop<>(context.scope().poller(), settings.backoff(), settings.timeout(),
                    settings.progress(operation, "job", String.valueOf(jobId)),
                    () -> calls.json(context, "jobs/runs/list", calls.fields().put("job_id", jobId).put("active_only", true).put("limit", 1)),
                    runs -> runs.path("runs").isEmpty() ? Verdict.done(null) : Verdict.pending("CANCELLING"), null);
            ProducerScope.InFlight stopper = () -> {
                loop.abort(new DatabricksStoppedException("the route stopped while the runs of job " + jobId + " were being cancelled",
                        operation), WaitedFor.RemoteState.UNKNOWN);
                return CompletableFuture.completedFuture(null);
            };
            context.scope().track(stopper);
            return loop.start().whenComplete((done, failure) -> context.scope().done(stopper));
        });
    }
}
