package dev.lakeroute.dblocal.execution;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.service.compute.ClusterSpec;
import com.databricks.sdk.service.compute.State;
import com.databricks.sdk.service.jobs.CreateJob;
import com.databricks.sdk.service.jobs.JobCluster;
import com.databricks.sdk.service.jobs.NotebookTask;
import com.databricks.sdk.service.jobs.Run;
import com.databricks.sdk.service.jobs.RunNow;
import com.databricks.sdk.service.jobs.RunResultState;
import com.databricks.sdk.service.jobs.RunTask;
import com.databricks.sdk.service.jobs.Source;
import com.databricks.sdk.service.jobs.SparkSubmitTask;
import com.databricks.sdk.service.jobs.Task;
import com.databricks.sdk.service.jobs.TaskDependency;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A two-task DAG on one job cluster: a real driver for the run, gone with the run. */
class JobClusterDagTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvmWithSpark();

    static final String PREPARE = """
            // Databricks notebook source
            val rows = dbutils.widgets.get("rows").toInt
            dbutils.fs.put("dbfs:/dag-test/numbers.txt", (1 to rows).mkString("\\n"), true)

            // COMMAND ----------

            dbutils.notebook.exit("wrote " + sc.textFile("dbfs:/dag-test/numbers.txt").count())
            """;

    @Test
    void notebookAndDependentSubmitTaskShareTheJobClusterWhichEndsWithTheRun(@TempDir Path dir) throws Exception {
        WorkspaceClient w = SparkTestSupport.sdk(local.url(), local.token());
        SparkTestSupport.importScalaNotebook(w, "/Users/tests@example.com/dag/prepare", PREPARE);
        RawHttp http = RawHttp.bearer(local.url(), local.token());
        SparkTestSupport.dbfsUpload(http, "/FileStore/jars/dag/counter.jar",
                SparkTestSupport.compileJar(dir, Map.of(SparkTestSupport.COUNTER_CLASS, SparkTestSupport.COUNTER), SparkTestSupport.COUNTER_CLASS));

        long jobId = w.jobs().create(new CreateJob().setName("dag")
                .setJobClusters(List.of(new JobCluster().setJobClusterKey("main").setNewCluster(new ClusterSpec()
                        .setSparkVersion("15.4.x-scala2.12").setNodeTypeId("i3.xlarge").setNumWorkers(0L))))
                .setTasks(List.of(
                        new Task().setTaskKey("prepare").setJobClusterKey("main")
                                .setNotebookTask(new NotebookTask().setNotebookPath("/Users/tests@example.com/dag/prepare")
                                        .setSource(Source.WORKSPACE).setBaseParameters(Map.of("rows", "42"))),
                        new Task().setTaskKey("count").setJobClusterKey("main")
                                .setDependsOn(List.of(new TaskDependency().setTaskKey("prepare")))
                                // No --class: the application JAR's manifest names it, as spark-submit reads it.
                                .setSparkSubmitTask(new SparkSubmitTask().setParameters(List.of(
                                        "dbfs:/FileStore/jars/dag/counter.jar", "42", "the DAG"))))))
                .getJobId();

        Run run = SparkTestSupport.awaitRun(w, w.jobs().runNow(new RunNow().setJobId(jobId)).getResponse().getRunId(), Duration.ofSeconds(150));

        assertThat(run.getState().getResultState()).as(run.getState().getStateMessage()).isEqualTo(RunResultState.SUCCESS);
        Map<String, RunTask> tasks = run.getTasks().stream().collect(Collectors.toMap(RunTask::getTaskKey, Function.identity()));
        assertThat(tasks.get("prepare").getState().getResultState()).isEqualTo(RunResultState.SUCCESS);
        assertThat(tasks.get("count").getState().getResultState()).isEqualTo(RunResultState.SUCCESS);
        assertThat(tasks.get("count").getStartTime()).isGreaterThanOrEqualTo(tasks.get("prepare").getEndTime());
        assertThat(w.jobs().getRunOutput(tasks.get("prepare").getRunId()).getNotebookOutput().getResult()).isEqualTo("wrote 42");
        assertThat(w.jobs().getRunOutput(tasks.get("count").getRunId()).getLogs()).contains("counted 42 rows for the DAG");

        String clusterId = tasks.get("prepare").getClusterInstance().getClusterId();
        assertThat(tasks.get("count").getClusterInstance().getClusterId()).isEqualTo(clusterId);
        await().atMost(Duration.ofSeconds(30)).until(() -> w.clusters().get(clusterId).getState() == State.TERMINATED);
        assertThat(SparkTestSupport.driverProcesses(clusterId)).as("driver of the finished job cluster").isEmpty();
    }
}
