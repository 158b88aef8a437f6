package dev.lakeroute.dblocal.controlplane.jobs;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.service.jobs.ConditionTask;
import com.databricks.sdk.service.jobs.ConditionTaskOp;
import com.databricks.sdk.service.jobs.CreateJob;
import com.databricks.sdk.service.jobs.RepairRun;
import com.databricks.sdk.service.jobs.Run;
import com.databricks.sdk.service.jobs.RunIf;
import com.databricks.sdk.service.jobs.RunLifeCycleState;
import com.databricks.sdk.service.jobs.RunNow;
import com.databricks.sdk.service.jobs.RunTask;
import com.databricks.sdk.service.jobs.SparkPythonTask;
import com.databricks.sdk.service.jobs.Task;
import com.databricks.sdk.service.jobs.TaskDependency;
import dev.lakeroute.dblocal.DatabricksLocal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Task values of spark_python_task scripts: set, read downstream (get, {{tasks.…}} references, a condition), kept across a restart. */
class TaskValuesTest {

    private static DatabricksLocal start(Path dir) {
        return DatabricksLocal.builder().dataDir(dir).token("dapi-values").start();
    }

    private static WorkspaceClient client(DatabricksLocal local) {
        return new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(local.token()));
    }

    private static Task script(String key, String file, String... parameters) {
        return new Task().setTaskKey(key).setSparkPythonTask(new SparkPythonTask().setPythonFile("dbfs:/scripts/" + file)
                .setParameters(List.of(parameters)));
    }

    private static Task after(Task task, String... upstream) {
        return task.setDependsOn(Arrays.stream(upstream).map(key -> new TaskDependency().setTaskKey(key)).toList());
    }

    private static Run finished(WorkspaceClient w, long runId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            RunLifeCycleState state = w.jobs().getRun(runId).getState().getLifeCycleState();
            return state == RunLifeCycleState.TERMINATED || state == RunLifeCycleState.INTERNAL_ERROR;
        });
        return w.jobs().getRun(runId);
    }

    private static RunTask task(Run run, String key) {
        return run.getTasks().stream().filter(t -> t.getTaskKey().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void valuesSetUpstreamAreReadDownstreamAndARepairAfterARestartStillSeesThem(@TempDir Path dir) throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("dbfs/scripts"));
        Files.writeString(scripts.resolve("count.py"), "dbutils.jobs.taskValues.set('rows', 42)\n"
                + "dbutils.jobs.taskValues.set(key='tables', value={'orders': ['2025-01-31']})\n");
        Files.writeString(scripts.resolve("report.py"), """
                import sys
                rows = dbutils.jobs.taskValues.get(taskKey='count', key='rows')
                missing = dbutils.jobs.taskValues.get(taskKey='count', key='absent', default='none')
                print('argument', sys.argv[1], 'tables', sys.argv[2], 'get', rows + 0, missing)
                """);
        Files.writeString(scripts.resolve("ok.py"), "print('ok')\n");
        long jobId;
        long runId;
        try (DatabricksLocal local = start(dir)) {
            WorkspaceClient w = client(local);
            jobId = w.jobs().create(new CreateJob().setName("values").setTasks(List.of(
                    script("count", "count.py"),
                    after(script("report", "report.py", "{{tasks.count.values.rows}}", "{{tasks.`count`.values.tables}}"), "count"),
                    after(script("typo", "ok.py", "{{tasks.count.values.rowz}}", "{{tasks.other.values.rows}}"), "count"),
                    after(new Task().setTaskKey("gate").setConditionTask(new ConditionTask().setLeft("{{tasks.count.values.rows}}")
                            .setOp(ConditionTaskOp.EQUAL_TO).setRight("42")), "count")))).getJobId();
            runId = w.jobs().runNow(new RunNow().setJobId(jobId)).getResponse().getRunId();
            Run run = finished(w, runId);
            assertThat(w.jobs().getRunOutput(task(run, "report").getRunId()).getLogs())
                    .contains("argument 42 tables {\"orders\":[\"2025-01-31\"]} get 42 none");
            assertThat(task(run, "gate").getConditionTask().getOutcome()).isEqualTo("true");
            assertThat(task(run, "typo").getState().getStateMessage()).isEqualTo("Task typo cannot start: "
                    + "the dynamic value reference {{tasks.count.values.rowz}} cannot be resolved: task count set no task value rowz (it set: rows, tables); "
                    + "the dynamic value reference {{tasks.other.values.rows}} cannot be resolved: task other is not upstream of typo "
                    + "(task values are read from the tasks it depends on, directly or through others: count).");
        }
        try (DatabricksLocal local = start(dir)) {
            WorkspaceClient w = client(local);
            w.jobs().repairRun(new RepairRun().setRunId(runId).setRerunTasks(List.of("report")));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> w.jobs().getRun(runId).getState().getLifeCycleState() == RunLifeCycleState.TERMINATED);
            RunTask repaired = task(w.jobs().getRun(runId), "report");
            assertThat(w.jobs().getRunOutput(repaired.getRunId()).getLogs()).contains("argument 42 ").contains("get 42 none");
        }
    }

    @Test
    void aValueThatIsNotJsonOrOver48KiBFailsTheTaskThatSetsIt(@TempDir Path dir) throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("dbfs/scripts"));
        Files.writeString(scripts.resolve("big.py"), "dbutils.jobs.taskValues.set('fits', 'x' * (48 * 1024 - 2))\n"
                + "dbutils.jobs.taskValues.set('big', 'x' * (48 * 1024))\n");
        Files.writeString(scripts.resolve("object.py"), "dbutils.jobs.taskValues.set('when', object())\n");
        Files.writeString(scripts.resolve("reader.py"), "print('fits', len(dbutils.jobs.taskValues.get('big', 'fits')))\n"
                + "dbutils.jobs.taskValues.get('object', 'when', default=0)\n");
        try (DatabricksLocal local = start(dir)) {
            WorkspaceClient w = client(local);
            long jobId = w.jobs().create(new CreateJob().setName("limits").setTasks(List.of(
                    script("big", "big.py"), script("object", "object.py"), after(script("reader", "reader.py"), "big").setRunIf(RunIf.ALL_DONE)))).getJobId();
            Run run = finished(w, w.jobs().runNow(new RunNow().setJobId(jobId)).getResponse().getRunId());
            assertThat(task(run, "big").getState().getStateMessage()).isEqualTo("ValueError: dbutils.jobs.taskValues.set: the value of key big "
                    + "is 49154 bytes as JSON; the JSON of a task value may be at most 48 KiB (49152 bytes)");
            assertThat(task(run, "object").getState().getStateMessage())
                    .startsWith("TypeError: dbutils.jobs.taskValues.set: the value of key when cannot be represented as JSON (")
                    .endsWith("); task values must be str, int, float, bool, None, list or dict");
            // A failed task keeps what it set before it failed; a task that is not upstream cannot be read even with a default.
            RunTask reader = task(run, "reader");
            assertThat(w.jobs().getRunOutput(reader.getRunId()).getLogs()).contains("fits 49150");
            assertThat(reader.getState().getStateMessage()).isEqualTo("ValueError: dbutils.jobs.taskValues.get: no task object upstream "
                    + "of task reader; task values are read from the tasks it depends on (directly or through others): big");
        }
    }
}
