package dev.lakeroute.camel.databricks.it;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksRunFailedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every way databricks-local ends a run, as the route's wait sees it: only SUCCESS passes. */
class RunEndingsTest extends JobsTestSupport {

    private DatabricksRunFailedException runFailure(Exchange exchange) {
        assertThat(exchange.getException()).isInstanceOf(DatabricksRunFailedException.class);
        return (DatabricksRunFailedException) exchange.getException();
    }

    @Test
    void aFailedRunFailsTheExchangeNamingItsFailedTask() {
        long job = createJob(Map.of("name", unique("it-ends-failed")), task("divide", "fail.py"));
        DatabricksRunFailedException failure = runFailure(exchange("databricks:jobs/run-now?jobId=" + job, null));
        assertThat(failure.getLifeCycleState()).isEqualTo("TERMINATED");
        assertThat(failure.getResultState()).isEqualTo("FAILED");
        assertThat(failure.getFailedTasks()).singleElement().satisfies(t -> {
            assertThat(t.taskKey()).isEqualTo("divide");
            assertThat(t.resultState()).isEqualTo("FAILED");
            assertThat(t.stateMessage()).contains("ZeroDivisionError");
        });
    }

    @Test
    void aRunSkippedByMaxConcurrentRunsFailsWithSkipped() {
        long job = createJob(Map.of("name", unique("it-ends-skipped"), "max_concurrent_runs", 1, "queue", Map.of("enabled", false)), task("sleep", "sleep.py"));
        Exchange first = exchange("databricks:jobs/run-now?waitForCompletion=false&jobId=" + job, null);
        Object firstRun = first.getMessage().getHeader(DatabricksConstants.RUN_ID);
        try {
            DatabricksRunFailedException failure = runFailure(exchange("databricks:jobs/run-now?jobId=" + job, null));
            assertThat(failure.getLifeCycleState()).isEqualTo("SKIPPED");
            assertThat(failure.getResultState()).isEqualTo("MAXIMUM_CONCURRENT_RUNS_REACHED");
        } finally {
            call("databricks:jobs/runs/cancel?runId=" + firstRun, null);
        }
    }

    @Test
    void aRunCancelledFromOutsideFailsWithCanceled() {
        CompletableFuture<Exchange> waiting = CompletableFuture.supplyAsync(() ->
                exchange("databricks:jobs/runs/submit", submitRun(unique("it-ends-cancel"), task("sleep", "sleep.py"))));
        Object runId = await().atMost(20, TimeUnit.SECONDS).until(() -> activeRun("it-ends-cancel"), id -> id != null);
        call("databricks:jobs/runs/cancel?runId=" + runId, null);
        DatabricksRunFailedException failure = runFailure(waiting.join());
        assertThat(failure.getLifeCycleState()).isEqualTo("TERMINATED");
        assertThat(failure.getResultState()).isEqualTo("CANCELED");
    }

    @Test
    void aRunPastItsTimeoutSecondsFailsWithTimedOut() {
        Map<String, Object> run = with(submitRun(unique("it-ends-timeout"), task("sleep", "sleep.py")), "timeout_seconds", 1);
        DatabricksRunFailedException failure = runFailure(exchange("databricks:jobs/runs/submit", run));
        assertThat(failure.getResultState()).isEqualTo("TIMEDOUT");
        assertThat(failure.getFailedTasks()).extracting(t -> t.taskKey()).containsExactly("sleep");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTaskThatCannotRunEndsTheRunInInternalError() {
        Map<String, Object> gitTask = task("from-git", "ok.py");
        ((Map<String, Object>) gitTask.get("spark_python_task")).put("source", "GIT");
        Map<String, Object> run = with(submitRun(unique("it-ends-internal"), gitTask), "git_source",
                Map.of("git_url", "https://example.com/repo.git", "git_provider", "gitHub", "git_branch", "main"));
        DatabricksRunFailedException failure = runFailure(exchange("databricks:jobs/runs/submit", run));
        assertThat(failure.getLifeCycleState()).isEqualTo("INTERNAL_ERROR");
        assertThat(failure.getFailedTasks()).extracting(t -> t.lifeCycleState()).containsExactly("INTERNAL_ERROR");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTaskWaitingForItsRetryKeepsTheWaitGoingUntilTheRetrySucceeds() {
        String marker = unique("retry");
        Map<String, Object> retried = with(task("flaky", "once.py", marker), "max_retries", 1, "min_retry_interval_millis", 1500);
        String name = unique("it-ends-retry");
        CompletableFuture<Exchange> waiting = CompletableFuture.supplyAsync(() ->
                exchange("databricks:jobs/runs/submit", submitRun(name, retried)));
        AtomicBoolean sawWaitingForRetry = new AtomicBoolean();
        Object runId = await().atMost(20, TimeUnit.SECONDS).until(() -> activeRun(name), id -> id != null);
        await().atMost(20, TimeUnit.SECONDS).until(() -> {
            List<Map<String, Object>> tasks = (List<Map<String, Object>>) map("databricks:jobs/runs/get?runId=" + runId, null).get("tasks");
            Object state = ((Map<String, Object>) tasks.get(0).get("state")).get("life_cycle_state");
            if ("WAITING_FOR_RETRY".equals(state)) {
                sawWaitingForRetry.set(true);
                assertThat(waiting).isNotDone();
            }
            return sawWaitingForRetry.get();
        });
        Exchange done = waiting.join();
        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getHeader(DatabricksConstants.RUN_RESULT_STATE)).isEqualTo("SUCCESS");
    }

    @SuppressWarnings("unchecked")
    private Object activeRun(String namePrefix) {
        List<Map<String, Object>> runs = (List<Map<String, Object>>) (List<?>) list(
                "databricks:jobs/runs/list?paginate=true&param.active_only=true", null);
        return runs.stream().filter(r -> String.valueOf(r.get("run_name")).startsWith(namePrefix)).map(r -> r.get("run_id"))
                .findFirst().orElse(null);
    }
}
