package dev.lakeroute.dblocal.execution;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.service.compute.Library;
import com.databricks.sdk.service.jobs.CreateJob;
import com.databricks.sdk.service.jobs.Run;
import com.databricks.sdk.service.jobs.RunNow;
import com.databricks.sdk.service.jobs.RunOutput;
import com.databricks.sdk.service.jobs.RunResultState;
import com.databricks.sdk.service.jobs.SparkJarTask;
import com.databricks.sdk.service.jobs.SparkSubmitTask;
import com.databricks.sdk.service.jobs.Task;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** spark_jar_task and spark_submit_task runs: a main class from a DBFS JAR on the shared cluster's driver. */
class JarTasksTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvmWithSpark();

    @TempDir
    static Path dir;
    private static WorkspaceClient w;
    private static String clusterId;

    @BeforeAll
    static void uploadJar() throws IOException {
        w = SparkTestSupport.sdk(local.url(), local.token());
        clusterId = SparkTestSupport.sharedCluster(local.url(), local.token());
        byte[] jar = SparkTestSupport.compileJar(dir, Map.of(SparkTestSupport.COUNTER_CLASS, SparkTestSupport.COUNTER), null);
        RawHttp http = RawHttp.bearer(local.url(), local.token());
        SparkTestSupport.dbfsUpload(http, "/FileStore/jars/jar-tasks/counter.jar", jar);
        SparkTestSupport.dbfsUpload(http, "/FileStore/jars/jar-tasks/counter-submit.jar", jar);
    }

    private static long jarJob(List<String> parameters) {
        return w.jobs().create(new CreateJob().setName("counter").setTasks(List.of(new Task().setTaskKey("count")
                        .setExistingClusterId(clusterId)
                        .setLibraries(List.of(new Library().setJar("dbfs:/FileStore/jars/jar-tasks/counter.jar")))
                        .setSparkJarTask(new SparkJarTask().setMainClassName(SparkTestSupport.COUNTER_CLASS).setParameters(parameters)))))
                .getJobId();
    }

    @Test
    void jarTaskRunsTheMainClassWithItsParametersAndReturnsItsOutput() {
        long jobId = jarJob(List.of("1000", "a \"quoted\" $name; with \\ backslash"));

        Run run = SparkTestSupport.awaitRun(w, w.jobs().runNow(new RunNow().setJobId(jobId)).getResponse().getRunId(), Duration.ofSeconds(90));

        assertThat(run.getState().getResultState()).as(run.getState().getStateMessage()).isEqualTo(RunResultState.SUCCESS);
        RunOutput output = w.jobs().getRunOutput(run.getTasks().iterator().next().getRunId());
        assertThat(output.getLogs()).contains("counted 1000 rows for a \"quoted\" $name; with \\ backslash");
        assertThat(output.getError()).isNull();
    }

    @Test
    void exceptionFromMainFailsTheTaskWithItsStackTrace() {
        long jobId = jarJob(List.of("1000", "x"));

        Run run = SparkTestSupport.awaitRun(w, w.jobs().runNow(new RunNow().setJobId(jobId).setJarParams(List.of("25", "y", "fail")))
                .getResponse().getRunId(), Duration.ofSeconds(90));

        assertThat(run.getState().getResultState()).isEqualTo(RunResultState.FAILED);
        RunOutput output = w.jobs().getRunOutput(run.getTasks().iterator().next().getRunId());
        assertThat(output.getError()).isEqualTo("java.lang.IllegalStateException: failing as asked after 25 rows");
        assertThat(output.getErrorTrace()).contains("java.lang.IllegalStateException: failing as asked after 25 rows",
                "com.example.jobs.Counter.main(Counter.java:").doesNotContain("java.lang.reflect.Method.invoke");
        assertThat(output.getLogs()).contains("counted 25 rows for y");
    }

    @Test
    void sparkSubmitTaskRunsTheApplicationJarWithItsConfAndArguments() {
        long jobId = w.jobs().create(new CreateJob().setName("submit").setTasks(List.of(new Task().setTaskKey("submit")
                        .setExistingClusterId(clusterId)
                        .setSparkSubmitTask(new SparkSubmitTask().setParameters(List.of("--class", SparkTestSupport.COUNTER_CLASS,
                                "--conf", "spark.sql.shuffle.partitions=7", "--executor-memory", "2g",
                                "dbfs:/FileStore/jars/jar-tasks/counter-submit.jar", "300", "submitted"))))))
                .getJobId();

        Run run = SparkTestSupport.awaitRun(w, w.jobs().runNow(new RunNow().setJobId(jobId)).getResponse().getRunId(), Duration.ofSeconds(90));

        assertThat(run.getState().getResultState()).as(run.getState().getStateMessage()).isEqualTo(RunResultState.SUCCESS);
        RunOutput output = w.jobs().getRunOutput(run.getTasks().iterator().next().getRunId());
        assertThat(output.getLogs()).contains("counted 300 rows for submitted", "partitions=7");
    }
}
