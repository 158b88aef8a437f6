package dev.lakeroute.camel.databricks.it;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksRunFailedException;
import dev.lakeroute.camel.databricks.error.RunAttempt;

import static org.assertj.core.api.Assertions.assertThat;

/** repairAttempts re-runs the failed tasks of a run; jobs/runs/repair on its own waits for the repair. */
class RunRepairsTest extends JobsTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void runNowWithRepairAttemptsRepairsTheFailedTaskAndSucceeds() {
        long job = createJob(Map.of("name", unique("it-repair")), task("extract", "ok.py"),
                with(task("load", "once.py", unique("repair")), "depends_on", List.of(Map.of("task_key", "extract"))));
        Exchange e = exchange("databricks:jobs/run-now?repairAttempts=2&jobId=" + job, null);
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader(DatabricksConstants.RUN_RESULT_STATE)).isEqualTo("SUCCESS");
        Map<String, Object> run = map("databricks:jobs/runs/get?param.include_history=true&runId="
                                      + e.getMessage().getHeader(DatabricksConstants.RUN_ID), null);
        // The original run and one repair: the second attempt succeeded.
        assertThat((List<Map<String, Object>>) run.get("repair_history")).extracting(r -> r.get("type")).containsExactly("ORIGINAL", "REPAIR");
    }

    @Test
    void theFailureAfterTheLastRepairListsEveryAttemptsFailedTasks() {
        long job = createJob(Map.of("name", unique("it-repair-fails")), task("divide", "fail.py"));
        Exchange e = exchange("databricks:jobs/run-now?repairAttempts=2&jobId=" + job, null);
        assertThat(e.getException()).isInstanceOf(DatabricksRunFailedException.class);
        DatabricksRunFailedException failure = (DatabricksRunFailedException) e.getException();
        assertThat(failure.getAttempts()).extracting(RunAttempt::number).containsExactly(1, 2, 3);
        assertThat(failure.getAttempts().get(0).repairId()).isNull();
        assertThat(failure.getAttempts()).allSatisfy(a -> assertThat(a.failedTasks()).singleElement()
                .satisfies(t -> assertThat(t.stateMessage()).contains("ZeroDivisionError")));
        assertThat(failure.getMessage()).contains("after 3 attempts", "attempt 3: divide FAILED");
    }

    @Test
    void runsSubmitRepairsToo() {
        Exchange e = exchange("databricks:jobs/runs/submit?repairAttempts=1",
                submitRun(unique("it-repair-submit"), task("flaky", "once.py", unique("submit"))));
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader(DatabricksConstants.RUN_RESULT_STATE)).isEqualTo("SUCCESS");
    }

    @Test
    void theRepairStepRepairsAFailedRunAndWaitsForTheRepair() {
        long job = createJob(Map.of("name", unique("it-repair-step")), task("flaky", "once.py", unique("step")));
        Exchange failed = exchange("databricks:jobs/run-now?jobId=" + job, null);
        long runId = ((DatabricksRunFailedException) failed.getException()).getRunId();
        Exchange repaired = exchange("databricks:jobs/runs/repair?runId=" + runId, Map.of("rerun_all_failed_tasks", true));
        assertThat(repaired.getException()).isNull();
        assertThat(repaired.getMessage().getHeader(DatabricksConstants.RUN_RESULT_STATE)).isEqualTo("SUCCESS");
        assertThat(runState(runId)).containsEntry("result_state", "SUCCESS");
    }
}
