package dev.lakeroute.dblocal.execution;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.service.jobs.CreateJob;
import com.databricks.sdk.service.jobs.NotebookTask;
import com.databricks.sdk.service.jobs.Run;
import com.databricks.sdk.service.jobs.RunLifeCycleState;
import com.databricks.sdk.service.jobs.RunNow;
import com.databricks.sdk.service.jobs.RunOutput;
import com.databricks.sdk.service.jobs.RunResultState;
import com.databricks.sdk.service.jobs.Source;
import com.databricks.sdk.service.jobs.Task;
import com.databricks.sdk.service.workspace.Import;
import com.databricks.sdk.service.workspace.ImportFormat;
import com.databricks.sdk.service.workspace.Language;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Notebook tasks of job runs on a real driver: widgets, cells in order, exit values, failures and cancel. */
class NotebookTaskTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvmWithSpark();

    static final String GREETER = """
            // Databricks notebook source
            val name = dbutils.widgets.get("name")

            // COMMAND ----------

            // MAGIC %md
            // MAGIC # Totals
            // MAGIC This cell is documentation only.

            // COMMAND ----------

            val total = spark.range(1, 101).selectExpr("sum(id)").first.getLong(0)
            println(s"total is $total")

            // COMMAND ----------

            // MAGIC %sql
            // MAGIC SELECT 1 AS one

            // COMMAND ----------

            dbutils.notebook.exit(s"hello $name, total $total")

            // COMMAND ----------

            throw new IllegalStateException("cells after dbutils.notebook.exit must not run")
            """;

    static final String FAILING = """
            // Databricks notebook source
            val rows = spark.range(10).count()

            // COMMAND ----------

            if (rows == 10) throw new IllegalArgumentException("bad input: " + rows + " rows")

            // COMMAND ----------

            dbutils.notebook.exit("unreachable")
            """;

    static final String SLOW = """
            // Databricks notebook source
            spark.sparkContext.parallelize(1 to 4, 2).map { i => Thread.sleep(60000); i }.count()
            """;

    static final String PYTHON = """
            # Databricks notebook source
            greeting = "hi " + dbutils.widgets.get("name")

            # COMMAND ----------

            if dbutils.widgets.get("use_spark") == "yes":
                spark.range(3).count()

            # COMMAND ----------

            dbutils.notebook.exit(greeting)
            """;

    private static WorkspaceClient w;
    private static String clusterId;

    @BeforeAll
    static void notebooks() {
        w = SparkTestSupport.sdk(local.url(), local.token());
        clusterId = SparkTestSupport.sharedCluster(local.url(), local.token());
        SparkTestSupport.importScalaNotebook(w, "/Users/tests@example.com/notebooks/greeter", GREETER);
        SparkTestSupport.importScalaNotebook(w, "/Users/tests@example.com/notebooks/failing", FAILING);
        SparkTestSupport.importScalaNotebook(w, "/Users/tests@example.com/notebooks/slow", SLOW);
        w.workspace().importContent(new Import().setPath("/Users/tests@example.com/notebooks/plain-python").setFormat(ImportFormat.SOURCE)
                .setLanguage(Language.PYTHON).setOverwrite(true)
                .setContent(Base64.getEncoder().encodeToString(PYTHON.getBytes(StandardCharsets.UTF_8))));
    }

    private static long notebookJob(String name, String path, Map<String, String> baseParameters) {
        return w.jobs().create(new CreateJob().setName(name).setTasks(List.of(new Task().setTaskKey("notebook")
                .setExistingClusterId(clusterId)
                .setNotebookTask(new NotebookTask().setNotebookPath(path).setSource(Source.WORKSPACE).setBaseParameters(baseParameters)))))
                .getJobId();
    }

    @Test
    void notebookReadsWidgetsRunsCellsInOrderAndExitsWithItsValue() {
        long jobId = notebookJob("greeter", "/Users/tests@example.com/notebooks/greeter", Map.of("name", "base"));

        long runId = w.jobs().runNow(new RunNow().setJobId(jobId).setNotebookParams(Map.of("name", "run-now"))).getResponse().getRunId();
        Run run = SparkTestSupport.awaitRun(w, runId, Duration.ofSeconds(90));

        assertThat(run.getState().getResultState()).as(run.getState().getStateMessage()).isEqualTo(RunResultState.SUCCESS);
        RunOutput output = w.jobs().getRunOutput(run.getTasks().iterator().next().getRunId());
        assertThat(output.getNotebookOutput().getResult()).isEqualTo("hello run-now, total 5050");
        assertThat(output.getNotebookOutput().getTruncated()).isFalse();
    }

    @Test
    void failingCellFailsTheRunWithItsErrorInTheOutput() {
        long jobId = notebookJob("failing", "/Users/tests@example.com/notebooks/failing", Map.of());

        long runId = w.jobs().runNow(new RunNow().setJobId(jobId)).getResponse().getRunId();
        Run run = SparkTestSupport.awaitRun(w, runId, Duration.ofSeconds(90));

        assertThat(run.getState().getLifeCycleState()).isEqualTo(RunLifeCycleState.TERMINATED);
        assertThat(run.getState().getResultState()).isEqualTo(RunResultState.FAILED);
        RunOutput output = w.jobs().getRunOutput(run.getTasks().iterator().next().getRunId());
        assertThat(output.getError()).isEqualTo("java.lang.IllegalArgumentException: bad input: 10 rows");
        assertThat(output.getErrorTrace()).contains("IllegalArgumentException");
        assertThat(output.getNotebookOutput() == null || output.getNotebookOutput().getResult() == null).isTrue();
        assertThat(run.getTasks().iterator().next().getState().getStateMessage()).contains("Cell 2", "bad input: 10 rows");
    }

    @Test
    void missingNotebookAndGitSourceEndTheRunSayingWhy() {
        long missing = notebookJob("missing", "/Users/tests@example.com/notebooks/does-not-exist", Map.of());
        long git = w.jobs().create(new CreateJob().setName("git").setTasks(List.of(new Task().setTaskKey("notebook")
                .setExistingClusterId(clusterId)
                .setNotebookTask(new NotebookTask().setNotebookPath("notebooks/etl").setSource(Source.GIT))))).getJobId();

        Run missingRun = SparkTestSupport.awaitRun(w, w.jobs().runNow(new RunNow().setJobId(missing)).getResponse().getRunId(), Duration.ofSeconds(30));
        Run gitRun = SparkTestSupport.awaitRun(w, w.jobs().runNow(new RunNow().setJobId(git)).getResponse().getRunId(), Duration.ofSeconds(30));

        assertThat(missingRun.getState().getResultState()).isEqualTo(RunResultState.FAILED);
        assertThat(w.jobs().getRunOutput(missingRun.getTasks().iterator().next().getRunId()).getError())
                .contains("Unable to access the notebook \"/Users/tests@example.com/notebooks/does-not-exist\"");
        assertThat(gitRun.getState().getStateMessage()).contains("source GIT", "not supported");
    }

    @Test
    void pythonNotebookRunsOnPlainPythonAndSaysSoWhenItNeedsSpark() {
        long jobId = notebookJob("python", "/Users/tests@example.com/notebooks/plain-python", Map.of("name", "py", "use_spark", "no"));

        Run ok = SparkTestSupport.awaitRun(w, w.jobs().runNow(new RunNow().setJobId(jobId)).getResponse().getRunId(), Duration.ofSeconds(60));
        Run needsSpark = SparkTestSupport.awaitRun(w, w.jobs().runNow(new RunNow().setJobId(jobId)
                .setNotebookParams(Map.of("use_spark", "yes"))).getResponse().getRunId(), Duration.ofSeconds(60));

        assertThat(ok.getState().getResultState()).as(ok.getState().getStateMessage()).isEqualTo(RunResultState.SUCCESS);
        assertThat(w.jobs().getRunOutput(ok.getTasks().iterator().next().getRunId()).getNotebookOutput().getResult()).isEqualTo("hi py");
        assertThat(needsSpark.getState().getResultState()).isEqualTo(RunResultState.FAILED);
        assertThat(needsSpark.getTasks().iterator().next().getState().getStateMessage()).contains("Cell 2", "without Spark");
    }

    @Test
    void cancellingARunCancelsItsSparkJobInsteadOfLettingItFinish() {
        RawHttp http = RawHttp.bearer(local.url(), local.token());
        // A context of our own on the same cluster watches the driver's active Spark jobs.
        String observer = http.postForm("/api/1.2/contexts/create", "language=scala&clusterId=" + clusterId).json().get("id").asText();
        long jobId = notebookJob("slow", "/Users/tests@example.com/notebooks/slow", Map.of());
        long runId = w.jobs().runNow(new RunNow().setJobId(jobId)).getResponse().getRunId();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> activeSparkJobs(http, observer) > 0);

        long cancelledAt = System.nanoTime();
        w.jobs().cancelRun(runId);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> activeSparkJobs(http, observer) == 0);
        Duration sparkStopped = Duration.ofNanos(System.nanoTime() - cancelledAt);
        Run run = SparkTestSupport.awaitRun(w, runId, Duration.ofSeconds(10));

        assertThat(run.getState().getResultState()).isEqualTo(RunResultState.CANCELED);
        assertThat(run.getTasks().iterator().next().getState().getResultState()).isEqualTo(RunResultState.CANCELED);
        // Its tasks sleep 60 s: ending well before that means the Spark job was cancelled, not left to finish.
        // How fast is a benchmark's business; a loaded 2-core machine takes a few seconds.
        assertThat(sparkStopped).as("time from runs/cancel until no Spark job is active").isLessThan(Duration.ofSeconds(30));
        http.post("/api/1.2/contexts/destroy", "{\"clusterId\":\"" + clusterId + "\",\"contextId\":\"" + observer + "\"}");
    }

    /** {@code sc.statusTracker.getActiveJobIds.length} through API 1.2, e.g. {@code res3: Int = 1}. */
    private static int activeSparkJobs(RawHttp http, String contextId) {
        String command = http.postForm("/api/1.2/commands/execute", "language=scala&clusterId=" + clusterId + "&contextId=" + contextId
                + "&command=sc.statusTracker.getActiveJobIds.length").json().get("id").asText();
        JsonNode status = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> http.get("/api/1.2/commands/status?clusterId=" + clusterId + "&contextId=" + contextId
                        + "&commandId=" + command).json(), node -> "Finished".equals(node.path("status").asText()));
        String data = status.path("results").path("data").asText();
        return Integer.parseInt(data.substring(data.lastIndexOf('=') + 1).trim());
    }
}
