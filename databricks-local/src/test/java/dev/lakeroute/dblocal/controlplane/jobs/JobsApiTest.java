package dev.lakeroute.dblocal.controlplane.jobs;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.core.DatabricksError;
import com.databricks.sdk.service.compute.ClusterSpec;
import com.databricks.sdk.service.compute.CreateCluster;
import com.databricks.sdk.service.compute.State;
import com.databricks.sdk.service.jobs.BaseJob;
import com.databricks.sdk.service.jobs.BaseRun;
import com.databricks.sdk.service.jobs.ConditionTask;
import com.databricks.sdk.service.jobs.ConditionTaskOp;
import com.databricks.sdk.service.jobs.CreateJob;
import com.databricks.sdk.service.jobs.Job;
import com.databricks.sdk.service.jobs.JobSettings;
import com.databricks.sdk.service.jobs.ListJobsRequest;
import com.databricks.sdk.service.jobs.ListRunsRequest;
import com.databricks.sdk.service.jobs.NotebookTask;
import com.databricks.sdk.service.jobs.RepairRun;
import com.databricks.sdk.service.jobs.ResetJob;
import com.databricks.sdk.service.jobs.Run;
import com.databricks.sdk.service.jobs.RunIf;
import com.databricks.sdk.service.jobs.RunJobTask;
import com.databricks.sdk.service.jobs.RunLifeCycleState;
import com.databricks.sdk.service.jobs.RunNow;
import com.databricks.sdk.service.jobs.RunOutput;
import com.databricks.sdk.service.jobs.RunResultState;
import com.databricks.sdk.service.jobs.RunTask;
import com.databricks.sdk.service.jobs.SparkPythonTask;
import com.databricks.sdk.service.jobs.SubmitRun;
import com.databricks.sdk.service.jobs.SubmitTask;
import com.databricks.sdk.service.jobs.Task;
import com.databricks.sdk.service.jobs.TaskDependency;
import com.databricks.sdk.service.jobs.UpdateJob;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import dev.lakeroute.dblocal.testing.QuickWaits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class JobsApiTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();

    private static WorkspaceClient w;
    private static RawHttp http;

    @BeforeAll
    static void setUp() throws IOException {
        w = new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(local.token()));
        http = RawHttp.bearer(local.url(), local.token());
        script("hello.py", "import sys\nprint('hello from', ' '.join(sys.argv[1:]))\n");
        script("fail.py", "print('about to fail')\nraise ValueError('bad input')\n");
        script("sleep.py", "import time\nprint('sleeping', flush=True)\ntime.sleep(30)\n");
        script("quick.py", "import time\ntime.sleep(0.5)\nprint('done')\n");
    }

    private static void script(String name, String content) throws IOException {
        Path file = local.server().dataDir().resolve("dbfs/jobs-test").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static SparkPythonTask python(String name, String... parameters) {
        return new SparkPythonTask().setPythonFile("dbfs:/jobs-test/" + name).setParameters(List.of(parameters));
    }

    private static Run awaitFinished(long runId) {
        return QuickWaits.run(w, runId);
    }

    private static RunTask task(Run run, String key) {
        return run.getTasks().stream().filter(t -> t.getTaskKey().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void jobsAreCreatedReadListedUpdatedResetAndDeleted() {
        String prefix = "crud-" + UUID.randomUUID();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(w.jobs().create(new CreateJob().setName(prefix).setTasks(List.of(
                    new Task().setTaskKey("main").setSparkPythonTask(python("hello.py", "job", Integer.toString(i)))))).getJobId());
        }
        Job job = w.jobs().get(ids.get(0));
        assertThat(job.getSettings().getName()).isEqualTo(prefix);
        assertThat(job.getSettings().getMaxConcurrentRuns()).isEqualTo(1L);
        assertThat(job.getSettings().getTasks()).singleElement().satisfies(t -> assertThat(t.getTaskKey()).isEqualTo("main"));
        assertThat(job.getCreatorUserName()).isNotBlank();
        assertThat(job.getCreatedTime()).isPositive();

        List<Long> listed = new ArrayList<>();
        for (BaseJob listedJob : w.jobs().list(new ListJobsRequest().setName(prefix).setLimit(1L))) {
            listed.add(listedJob.getJobId());
        }
        assertThat(listed).containsExactlyElementsOf(ids);
        JsonNode firstPage = http.get("/api/2.2/jobs/list?limit=1&name=" + prefix).json();
        assertThat(firstPage.path("has_more").asBoolean()).isTrue();
        assertThat(firstPage.path("jobs").get(0).path("settings").has("tasks")).isFalse();
        JsonNode legacyPage = http.get("/api/2.0/jobs/list?limit=2&offset=2&name=" + prefix).json();
        assertThat(legacyPage.path("jobs")).hasSize(1);
        assertThat(legacyPage.path("has_more").asBoolean()).isFalse();

        w.jobs().update(new UpdateJob().setJobId(ids.get(0)).setNewSettings(new JobSettings().setName(prefix + "-renamed")));
        Job updated = w.jobs().get(ids.get(0));
        assertThat(updated.getSettings().getName()).isEqualTo(prefix + "-renamed");
        assertThat(updated.getSettings().getTasks()).hasSize(1);

        w.jobs().reset(new ResetJob().setJobId(ids.get(0)).setNewSettings(new JobSettings().setName("reset").setTasks(List.of(
                new Task().setTaskKey("a").setSparkPythonTask(python("hello.py")),
                new Task().setTaskKey("b").setSparkPythonTask(python("hello.py")).setDependsOn(List.of(new TaskDependency().setTaskKey("a")))))));
        assertThat(w.jobs().get(ids.get(0)).getSettings().getTasks()).extracting(t -> t.getTaskKey()).containsExactly("a", "b");

        ids.forEach(id -> w.jobs().delete(id));
        // Databricks answers 400 INVALID_PARAMETER_VALUE "Job … does not exist."; the SDK maps that message to RESOURCE_DOES_NOT_EXIST.
        assertThatThrownBy(() -> w.jobs().get(ids.get(0)))
                .isInstanceOfSatisfying(DatabricksError.class, e -> assertThat(e.getErrorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST"));
    }

    @Test
    void submitTwiceWithTheSameIdempotencyTokenStartsOneRun() throws Exception {
        String token = UUID.randomUUID().toString();
        SubmitRun request = new SubmitRun().setRunName("idempotent").setIdempotencyToken(token)
                .setTasks(List.of(new SubmitTask().setTaskKey("main").setSparkPythonTask(python("hello.py"))));
        long first = w.jobs().submit(request).getResponse().getRunId();
        long second = w.jobs().submit(request).getResponse().getRunId();
        assertThat(second).isEqualTo(first);
        Run run = awaitFinished(w.jobs().submit(request).getResponse().getRunId());
        assertThat(run.getRunId()).isEqualTo(first);
        assertThat(run.getState().getResultState()).isEqualTo(RunResultState.SUCCESS);
        long runsWithName = 0;
        for (BaseRun listed : w.jobs().listRuns(new ListRunsRequest().setLimit(25L))) {
            if (listed.getRunId() == first) {
                runsWithName++;
            }
        }
        assertThat(runsWithName).isEqualTo(1);

        RawHttp.Reply tooLong = http.post("/api/2.1/jobs/runs/submit", "{\"idempotency_token\":\"" + "x".repeat(65)
                + "\",\"tasks\":[{\"task_key\":\"t\",\"spark_python_task\":{\"python_file\":\"dbfs:/jobs-test/hello.py\"}}]}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
    }

    @Test
    void aPythonTaskRunsToSuccessWithItsOutputInTheLogs() throws Exception {
        Run run = w.jobs().submit(new SubmitRun().setRunName("python").setTasks(List.of(
                new SubmitTask().setTaskKey("greet").setSparkPythonTask(python("hello.py", "camel", "route"))))).get(Duration.ofSeconds(30));
        assertThat(run.getState().getLifeCycleState()).isEqualTo(RunLifeCycleState.TERMINATED);
        assertThat(run.getState().getResultState()).isEqualTo(RunResultState.SUCCESS);
        assertThat(run.getRunPageUrl()).isEqualTo(local.url() + "/?o=0#job/" + run.getJobId() + "/run/" + run.getRunId());
        assertThat(run.getStartTime()).isPositive();
        assertThat(run.getEndTime()).isGreaterThanOrEqualTo(run.getStartTime());
        RunTask greet = task(run, "greet");
        assertThat(greet.getState().getResultState()).isEqualTo(RunResultState.SUCCESS);
        RunOutput output = w.jobs().getRunOutput(greet.getRunId());
        assertThat(output.getLogs()).contains("hello from camel route");
        assertThat(output.getMetadata().getRunId()).isEqualTo(greet.getRunId());
        assertThat(w.jobs().getRunOutput(run.getRunId()).getLogs()).contains("hello from camel route");
        JsonNode status = http.get("/api/2.2/jobs/runs/get?run_id=" + run.getRunId()).json().path("status");
        assertThat(status.path("state").asText()).isEqualTo("TERMINATED");
        assertThat(status.path("termination_details").path("code").asText()).isEqualTo("SUCCESS");
    }

    @Test
    void aFailingPythonTaskFailsTheRunWithTheError() {
        long runId = w.jobs().submit(new SubmitRun().setRunName("failing").setTasks(List.of(
                new SubmitTask().setTaskKey("boom").setSparkPythonTask(python("fail.py"))))).getResponse().getRunId();
        Run run = awaitFinished(runId);
        assertThat(run.getState().getResultState()).isEqualTo(RunResultState.FAILED);
        assertThat(run.getState().getStateMessage()).contains("ValueError: bad input");
        RunOutput output = w.jobs().getRunOutput(task(run, "boom").getRunId());
        assertThat(output.getError()).isEqualTo("ValueError: bad input");
        assertThat(output.getErrorTrace()).startsWith("Traceback (most recent call last):");
        assertThat(output.getLogs()).contains("about to fail");
    }

    @Test
    void dependentsOfAFailedTaskAreSkippedAsUpstreamFailed() throws IOException {
        long jobId = w.jobs().create(new CreateJob().setName("dag").setTasks(List.of(
                new Task().setTaskKey("extract").setSparkPythonTask(python("fail.py")),
                new Task().setTaskKey("transform").setSparkPythonTask(python("hello.py"))
                        .setDependsOn(List.of(new TaskDependency().setTaskKey("extract"))),
                new Task().setTaskKey("load").setSparkPythonTask(python("hello.py"))
                        .setDependsOn(List.of(new TaskDependency().setTaskKey("transform"))),
                new Task().setTaskKey("cleanup").setSparkPythonTask(python("hello.py")).setRunIf(RunIf.ALL_DONE)
                        .setDependsOn(List.of(new TaskDependency().setTaskKey("extract"))),
                new Task().setTaskKey("independent").setSparkPythonTask(python("hello.py"))))).getJobId();
        long runId = w.jobs().runNow(new RunNow().setJobId(jobId)).getResponse().getRunId();
        Run run = awaitFinished(runId);
        assertThat(run.getState().getResultState()).isEqualTo(RunResultState.FAILED);
        assertThat(run.getRunType().toString()).isEqualTo("JOB_RUN");
        assertThat(run.getRunPageUrl()).isEqualTo(local.url() + "/#job/" + jobId + "/run/" + runId);
        assertThat(task(run, "extract").getState().getResultState()).isEqualTo(RunResultState.FAILED);
        assertThat(task(run, "transform").getState().getLifeCycleState()).isEqualTo(RunLifeCycleState.SKIPPED);
        assertThat(task(run, "transform").getState().getResultState()).isEqualTo(RunResultState.UPSTREAM_FAILED);
        assertThat(task(run, "load").getState().getResultState()).isEqualTo(RunResultState.UPSTREAM_FAILED);
        assertThat(task(run, "cleanup").getState().getResultState()).isEqualTo(RunResultState.SUCCESS);
        assertThat(task(run, "independent").getState().getResultState()).isEqualTo(RunResultState.SUCCESS);
        assertThat(run.getState().getStateMessage()).startsWith("Task extract failed with message:");
        assertThatThrownBy(() -> w.jobs().getRunOutput(runId))
                .isInstanceOfSatisfying(DatabricksError.class, e -> assertThat(e.getMessage()).contains("multiple tasks"));

        script("fixed.py", "print('fixed')\n");
        w.jobs().reset(new ResetJob().setJobId(jobId).setNewSettings(new JobSettings().setName("dag").setTasks(List.of(
                new Task().setTaskKey("extract").setSparkPythonTask(python("fixed.py")),
                new Task().setTaskKey("transform").setSparkPythonTask(python("hello.py"))
                        .setDependsOn(List.of(new TaskDependency().setTaskKey("extract"))),
                new Task().setTaskKey("load").setSparkPythonTask(python("hello.py"))
                        .setDependsOn(List.of(new TaskDependency().setTaskKey("transform"))),
                new Task().setTaskKey("cleanup").setSparkPythonTask(python("hello.py")).setRunIf(RunIf.ALL_DONE)
                        .setDependsOn(List.of(new TaskDependency().setTaskKey("extract"))),
                new Task().setTaskKey("independent").setSparkPythonTask(python("hello.py"))))));
        long repairId = w.jobs().repairRun(new RepairRun().setRunId(runId).setRerunAllFailedTasks(true)).getResponse().getRepairId();
        assertThat(repairId).isPositive();
        Run repaired = awaitFinished(runId);
        assertThat(repaired.getRepairHistory()).hasSize(2);
        assertThat(task(repaired, "load").getState().getResultState()).isEqualTo(RunResultState.SUCCESS);
        w.jobs().delete(jobId);
    }

    @Test
    void sparkTaskTypesFailHonestlyWithoutTheExecutionPlane() {
        assertThatThrownBy(() -> w.jobs().submit(new SubmitRun().setRunName("notebook").setTasks(List.of(new SubmitTask()
                .setTaskKey("nb").setNotebookTask(new NotebookTask().setNotebookPath("/Users/me/etl"))))).get(Duration.ofSeconds(30)))
                .hasMessageContaining("INTERNAL_ERROR")
                .hasMessageContaining("requires the Spark execution plane; start databricks-local with Spark enabled");
    }

    @Test
    void cancellingARunningRunStopsItsTask() throws Exception {
        long runId = w.jobs().submit(new SubmitRun().setRunName("sleepy").setTasks(List.of(
                new SubmitTask().setTaskKey("sleep").setSparkPythonTask(python("sleep.py"))))).getResponse().getRunId();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> w.jobs().getRun(runId).getState().getLifeCycleState() == RunLifeCycleState.RUNNING);
        long started = System.nanoTime();
        w.jobs().cancelRun(runId);
        Run cancelled = awaitFinished(runId);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        assertThat(cancelled.getState().getResultState()).isEqualTo(RunResultState.CANCELED);
        assertThat(cancelled.getState().getUserCancelledOrTimedout()).isTrue();
        assertThat(task(cancelled, "sleep").getState().getResultState()).isEqualTo(RunResultState.CANCELED);
    }

    @Test
    void newClusterTasksRunOnAnEphemeralJobClusterThatIsTerminatedAfterwards() {
        long runId = w.jobs().submit(new SubmitRun().setRunName("ephemeral").setTasks(List.of(new SubmitTask().setTaskKey("main")
                .setNewCluster(new ClusterSpec().setSparkVersion("15.4.x-scala2.12").setNodeTypeId("i3.xlarge").setNumWorkers(1L))
                .setSparkPythonTask(python("hello.py"))))).getResponse().getRunId();
        Run run = awaitFinished(runId);
        assertThat(run.getState().getResultState()).isEqualTo(RunResultState.SUCCESS);
        String clusterId = task(run, "main").getClusterInstance().getClusterId();
        assertThat(w.clusters().get(clusterId).getClusterSource().toString()).isEqualTo("JOB");
        await().atMost(Duration.ofSeconds(10)).until(() -> w.clusters().get(clusterId).getState() == State.TERMINATED);
        assertThat(w.clusters().get(clusterId).getTerminationReason().getCode().toString()).isEqualTo("JOB_FINISHED");
    }

    @Test
    void aTerminatedExistingClusterIsStartedForTheTask() throws Exception {
        String clusterId = QuickWaits.runningCluster(w, new CreateCluster().setClusterName("for-jobs").setSparkVersion("15.4.x-scala2.12")
                .setNodeTypeId("i3.xlarge").setNumWorkers(0L));
        w.clusters().delete(clusterId);
        QuickWaits.cluster(w, clusterId, State.TERMINATED);
        long runId = w.jobs().submit(new SubmitRun().setRunName("existing").setTasks(List.of(new SubmitTask().setTaskKey("main")
                .setExistingClusterId(clusterId).setSparkPythonTask(python("hello.py"))))).getResponse().getRunId();
        Run run = awaitFinished(runId);
        assertThat(run.getState().getResultState()).isEqualTo(RunResultState.SUCCESS);
        assertThat(task(run, "main").getClusterInstance().getClusterId()).isEqualTo(clusterId);
        assertThat(w.clusters().get(clusterId).getState()).isEqualTo(State.RUNNING);
        w.clusters().delete(clusterId);
    }

    @Test
    void conditionTasksGateTheirDependents() {
        Run run = awaitFinished(w.jobs().submit(new SubmitRun().setRunName("conditions").setTasks(List.of(
                new SubmitTask().setTaskKey("check").setConditionTask(new ConditionTask().setLeft("10").setOp(ConditionTaskOp.GREATER_THAN).setRight("9.5")),
                new SubmitTask().setTaskKey("when_true").setSparkPythonTask(python("hello.py"))
                        .setDependsOn(List.of(new TaskDependency().setTaskKey("check").setOutcome("true"))),
                new SubmitTask().setTaskKey("when_false").setSparkPythonTask(python("hello.py"))
                        .setDependsOn(List.of(new TaskDependency().setTaskKey("check").setOutcome("false")))))).getResponse().getRunId());
        assertThat(run.getState().getResultState()).isEqualTo(RunResultState.SUCCESS);
        assertThat(task(run, "check").getConditionTask().getOutcome()).isEqualTo("true");
        assertThat(task(run, "when_true").getState().getResultState()).isEqualTo(RunResultState.SUCCESS);
        assertThat(task(run, "when_false").getState().getResultState()).isEqualTo(RunResultState.EXCLUDED);
    }

    @Test
    void runJobTasksRunAnotherJobAndParametersReachTheScript() {
        long child = w.jobs().create(new CreateJob().setName("child").setTasks(List.of(
                new Task().setTaskKey("greet").setSparkPythonTask(python("hello.py", "default"))))).getJobId();
        long parent = w.jobs().create(new CreateJob().setName("parent").setTasks(List.of(
                new Task().setTaskKey("call").setRunJobTask(new RunJobTask().setJobId(child)
                        .setPythonParams(List.of("from", "parent")))))).getJobId();
        Run run = awaitFinished(w.jobs().runNow(new RunNow().setJobId(parent)).getResponse().getRunId());
        assertThat(run.getState().getResultState()).isEqualTo(RunResultState.SUCCESS);
        long childRunId = w.jobs().getRunOutput(task(run, "call").getRunId()).getRunJobOutput().getRunId();
        Run childRun = w.jobs().getRun(childRunId);
        assertThat(childRun.getJobId()).isEqualTo(child);
        assertThat(w.jobs().getRunOutput(task(childRun, "greet").getRunId()).getLogs()).contains("hello from from parent");

        Run overridden = awaitFinished(w.jobs().runNow(new RunNow().setJobId(child).setPythonParams(List.of("override"))).getResponse().getRunId());
        assertThat(w.jobs().getRunOutput(task(overridden, "greet").getRunId()).getLogs()).contains("hello from override");
        w.jobs().delete(child);
        w.jobs().delete(parent);
    }

    @Test
    void runsOverTheConcurrencyLimitAreSkippedOrQueued() {
        JsonNode skipping = http.post("/api/2.1/jobs/create", "{\"name\":\"limited\",\"max_concurrent_runs\":1,\"tasks\":[{\"task_key\":\"t\","
                + "\"spark_python_task\":{\"python_file\":\"dbfs:/jobs-test/quick.py\"}}]}").json();
        long jobId = skipping.path("job_id").asLong();
        long first = w.jobs().runNow(new RunNow().setJobId(jobId)).getResponse().getRunId();
        long second = w.jobs().runNow(new RunNow().setJobId(jobId)).getResponse().getRunId();
        Run skipped = awaitFinished(second);
        assertThat(skipped.getState().getLifeCycleState()).isEqualTo(RunLifeCycleState.SKIPPED);
        assertThat(skipped.getState().getResultState()).isEqualTo(RunResultState.MAXIMUM_CONCURRENT_RUNS_REACHED);
        assertThat(awaitFinished(first).getState().getResultState()).isEqualTo(RunResultState.SUCCESS);

        long queuedJob = w.jobs().create(new CreateJob().setName("queued").setMaxConcurrentRuns(1L).setTasks(List.of(
                new Task().setTaskKey("t").setSparkPythonTask(python("quick.py"))))).getJobId();
        long a = w.jobs().runNow(new RunNow().setJobId(queuedJob)).getResponse().getRunId();
        long b = w.jobs().runNow(new RunNow().setJobId(queuedJob)).getResponse().getRunId();
        assertThat(w.jobs().getRun(b).getState().getLifeCycleState()).isEqualTo(RunLifeCycleState.QUEUED);
        assertThat(awaitFinished(a).getState().getResultState()).isEqualTo(RunResultState.SUCCESS);
        assertThat(awaitFinished(b).getState().getResultState()).isEqualTo(RunResultState.SUCCESS);

        List<Long> listed = new ArrayList<>();
        w.jobs().listRuns(new ListRunsRequest().setJobId(queuedJob).setLimit(1L)).forEach(r -> listed.add(r.getRunId()));
        assertThat(listed).containsExactlyInAnyOrder(a, b);
        JsonNode completed = http.get("/api/2.1/jobs/runs/list?job_id=" + queuedJob + "&completed_only=true").json();
        assertThat(completed.path("runs")).hasSize(2);
        assertThat(http.get("/api/2.1/jobs/runs/list?job_id=" + queuedJob + "&active_only=true").json().path("runs")).isEmpty();

        w.jobs().deleteRun(a);
        assertThat(http.get("/api/2.1/jobs/runs/get?run_id=" + a).status()).isEqualTo(400);
    }

    @Test
    void missingJobsAndRunsAreInvalidParameterValues() {
        RawHttp.Reply job = http.get("/api/2.1/jobs/get?job_id=123");
        assertThat(job.status()).isEqualTo(400);
        assertThat(job.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(job.json().path("message").asText()).isEqualTo("Job 123 does not exist.");
        RawHttp.Reply run = http.get("/api/2.2/jobs/runs/get?run_id=456");
        assertThat(run.status()).isEqualTo(400);
        assertThat(run.json().path("message").asText()).isEqualTo("Run 456 does not exist.");
        assertThat(http.post("/api/2.0/jobs/run-now", "{\"job_id\":789}").errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
        RawHttp.Reply cycle = http.post("/api/2.1/jobs/create", "{\"name\":\"c\",\"tasks\":["
                + "{\"task_key\":\"a\",\"depends_on\":[{\"task_key\":\"b\"}],\"condition_task\":{\"left\":\"1\",\"op\":\"EQUAL_TO\",\"right\":\"1\"}},"
                + "{\"task_key\":\"b\",\"depends_on\":[{\"task_key\":\"a\"}],\"condition_task\":{\"left\":\"1\",\"op\":\"EQUAL_TO\",\"right\":\"1\"}}]}");
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.json().path("message").asText()).contains("cycle");
        RawHttp.Reply noCluster = http.post("/api/2.1/jobs/runs/submit", "{\"tasks\":[{\"task_key\":\"a\",\"existing_cluster_id\":\"0000-000000-nothere1\","
                + "\"spark_python_task\":{\"python_file\":\"dbfs:/x.py\"}}]}");
        assertThat(noCluster.status()).isEqualTo(400);
        assertThat(noCluster.json().path("message").asText()).isEqualTo("Cluster 0000-000000-nothere1 does not exist");
        assertThat(Set.of(200)).contains(http.post("/api/2.1/jobs/runs/cancel-all", "{\"all_queued_runs\":true}").status());
    }
}
