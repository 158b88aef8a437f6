package dev.lakeroute.dblocal.driver;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.service.compute.CommandStatusResponse;
import com.databricks.sdk.service.compute.Command;
import com.databricks.sdk.service.compute.CreateCluster;
import com.databricks.sdk.service.compute.CreateContext;
import com.databricks.sdk.service.compute.Language;
import dev.lakeroute.dblocal.DatabricksLocal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cluster with workers over the REST API: a Spark standalone Master and one Worker JVM per worker,
 * whose executors run the tasks; resizes add and remove Workers; closing the server leaves no JVM.
 * One 2-worker cluster of small workers (m5d.large: 1 core, 512m) serves the class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClustersWithWorkersTest {
    private static DatabricksLocal local;
    private static WorkspaceClient w;
    private static String clusterId;
    private static String contextId;
    private static final List<Long> executorPids = new ArrayList<>();

    @BeforeAll
    static void startTwoWorkerCluster() throws Exception {
        local = DatabricksLocal.builder().clusterStartDelay(Duration.ZERO).clusterStopDelay(Duration.ZERO)
                .spark(DriverSettings.defaults().withHeap("768m").withMaxContexts(2)
                        // Six JVMs start on 2 cores; under a full test run that takes longer than one driver.
                        .withStartTimeout(Duration.ofMinutes(4))).start();
        w = new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(local.token()));
        clusterId = w.clusters().create(new CreateCluster().setClusterName("workers").setSparkVersion("15.4.x-scala2.12")
                .setNodeTypeId("m5d.large").setNumWorkers(2L)).get(Duration.ofMinutes(5)).getClusterId();
        contextId = w.commandExecution().create(new CreateContext().setClusterId(clusterId).setLanguage(Language.SCALA)).get(Duration.ofMinutes(2)).getId();
    }

    private static String scala(String code) throws Exception {
        CommandStatusResponse done = w.commandExecution().execute(new Command().setClusterId(clusterId).setContextId(contextId)
                .setLanguage(Language.SCALA).setCommand(code)).get(Duration.ofMinutes(2));
        assertThat(done.getResults().getResultType().toString()).as(String.valueOf(done.getResults().getCause())).isNotEqualTo("ERROR");
        return String.valueOf(done.getResults().getData());
    }

    /** The value of the last line: {@code res3: Int = 2} → {@code 2}. */
    private static String value(String output) {
        String last = output.lines().reduce((first, second) -> second).orElse("");
        return last.substring(last.indexOf('=') + 1).trim();
    }

    @Test
    @Order(1)
    void tasksRunInOneExecutorJvmPerWorkerAndReadDbfs() throws Exception {
        String driverPid = value(scala("ProcessHandle.current.pid"));
        String pids = value(scala("sc.parallelize(1 to 16, 16).map(_ => ProcessHandle.current.pid).distinct.collect.sorted.mkString(\",\")"));
        Arrays.stream(pids.split(",")).map(Long::parseLong).forEach(executorPids::add);

        assertThat(executorPids).hasSize(2).doesNotContain(Long.parseLong(driverPid));
        assertThat(value(scala("spark.range(100).repartition(4).write.mode(\"overwrite\").parquet(\"dbfs:/tmp/workers/range\");"
                + " spark.read.parquet(\"dbfs:/tmp/workers/range\").count"))).isEqualTo("100");
        try (var files = Files.list(local.dataDir().resolve("dbfs/tmp/workers/range"))) {
            assertThat(files.filter(file -> file.getFileName().toString().endsWith(".parquet")).count()).isEqualTo(4);
        }
    }

    /** The cluster was left RUNNING on purpose: closing the server must take down every JVM of it. */
    @AfterAll
    static void closingTheServerLeavesNoClusterJvmBehind() {
        List<ProcessHandle> clusterJvms = clusterId == null ? List.of() : ClusterProcesses.of(clusterId);
        local.close();
        assertThat(clusterJvms).as("driver, master and workers of " + clusterId).hasSizeGreaterThanOrEqualTo(clusterId == null ? 0 : 3)
                .allSatisfy(process -> assertThat(process.isAlive()).as(process.info().commandLine().orElse("")).isFalse());
        assertThat(executorPids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .as("executor %d", pid).isFalse());
    }
}
