package dev.lakeroute.dblocal.controlplane.jobs;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.service.jobs.CreateJob;
import com.databricks.sdk.service.jobs.Run;
import com.databricks.sdk.service.jobs.RunLifeCycleState;
import com.databricks.sdk.service.jobs.RunNow;
import com.databricks.sdk.service.jobs.RunResultState;
import com.databricks.sdk.service.jobs.SparkPythonTask;
import com.databricks.sdk.service.jobs.SubmitRun;
import com.databricks.sdk.service.jobs.SubmitTask;
import com.databricks.sdk.service.jobs.Task;
import dev.lakeroute.dblocal.DatabricksLocal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class JobRunsRestartTest {

    private static DatabricksLocal start(Path dir) {
        return DatabricksLocal.builder().dataDir(dir).token("dapi-restart").clusterStartDelay(Duration.ofMillis(50))
                .clusterStopDelay(Duration.ofMillis(50)).start();
    }

    @Test
    void runsActiveAtShutdownComeBackAsInternalErrorsAndFinishedOnesStay(@TempDir Path dir) throws Exception {
        Path scripts = dir.resolve("dbfs/scripts");
        Files.createDirectories(scripts);
        Files.writeString(scripts.resolve("ok.py"), "print('ok')\n");
        Files.writeString(scripts.resolve("slow.py"), "import time\nprint('waiting', flush=True)\ntime.sleep(5)\n");
        long jobId;
        long finished;
        long active;
        try (DatabricksLocal local = start(dir)) {
            WorkspaceClient w = new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(local.token()));
            jobId = w.jobs().create(new CreateJob().setName("persistent").setTasks(List.of(new Task().setTaskKey("ok")
                    .setSparkPythonTask(new SparkPythonTask().setPythonFile("dbfs:/scripts/ok.py"))))).getJobId();
            finished = w.jobs().runNow(new RunNow().setJobId(jobId)).getResponse().getRunId();
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> w.jobs().getRun(finished).getState().getLifeCycleState() == RunLifeCycleState.TERMINATED);
            active = w.jobs().submit(new SubmitRun().setRunName("interrupted").setTasks(List.of(new SubmitTask().setTaskKey("slow")
                    .setSparkPythonTask(new SparkPythonTask().setPythonFile("dbfs:/scripts/slow.py"))))).getResponse().getRunId();
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> w.jobs().getRun(active).getState().getLifeCycleState() == RunLifeCycleState.RUNNING);
        }
        try (DatabricksLocal local = start(dir)) {
            WorkspaceClient w = new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(local.token()));
            assertThat(w.jobs().get(jobId).getSettings().getName()).isEqualTo("persistent");
            assertThat(w.jobs().getRun(finished).getState().getResultState()).isEqualTo(RunResultState.SUCCESS);
            Run interrupted = w.jobs().getRun(active);
            assertThat(interrupted.getState().getLifeCycleState()).isEqualTo(RunLifeCycleState.INTERNAL_ERROR);
            assertThat(interrupted.getState().getStateMessage()).isEqualTo("databricks-local restarted while the run was active");
            assertThat(interrupted.getTasks().iterator().next().getState().getLifeCycleState()).isEqualTo(RunLifeCycleState.INTERNAL_ERROR);
            assertThat(interrupted.getEndTime()).isPositive();
            long rerun = w.jobs().runNow(new RunNow().setJobId(jobId)).getResponse().getRunId();
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> w.jobs().getRun(rerun).getState().getResultState() == RunResultState.SUCCESS);
        }
    }
}
