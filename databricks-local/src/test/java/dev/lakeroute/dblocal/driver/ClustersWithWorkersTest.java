package dev.lakeroute.dblocal.driver;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.service.compute.GetEvents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lakeroute.dblocal.DatabricksLocal;
import dev.lakeroute.dblocal.runtime.WorkerSize;
import dev.lakeroute.dblocal.sparkdriver.DriverCommandLine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clusters with workers over the REST API. An {@code autoscale} cluster (1 to 2 small workers, m5d.large:
 * 1 core, 512m) is a Spark standalone Master plus Worker JVMs whose executors run the tasks: it grows while
 * tasks wait, shrinks back to min_workers once the extra worker idles, and closing the server leaves no JVM
 * of it. A cluster whose {@code spark.master} names a standalone cluster started outside databricks-local
 * runs its tasks on that cluster's worker, which outlives the cluster's termination. (Fixed-size workers,
 * resizes and jars on executors: camel-databricks' ClustersWithWorkersTest.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClustersWithWorkersTest {
    /** Long enough that the grown cluster is still grown when the test looks at it, on a loaded machine. */
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(8);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static DatabricksLocal local;
    private static WorkspaceClient w;
    private static String clusterId;
    private static String contextId;
    private static final List<Long> executorPids = new ArrayList<>();

    /** The "existing Spark cluster" a user points spark.master at: started by the test, not by databricks-local. */
    private static ScheduledExecutorService externalScheduler;
    private static StandaloneLauncher externalLauncher;
    private static StandaloneCluster external;
    private static StandaloneCluster.Worker externalWorker;
    private static Path externalDir;

    interface Check {
        void run() throws Exception;
    }

    /** Autoscaling acts on its own schedule: retries {@code check} until it passes or {@code within} is over. */
    private static void eventually(Duration within, Check check) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(250);
            }
        }
    }

    @BeforeAll
    static void startServerAndExternalSparkCluster() throws Exception {
        DriverSettings spark = DriverSettings.defaults().withHeap("768m").withMaxContexts(2)
                // Several JVMs start on 2 cores; under a full test run that takes longer than one driver.
                .withStartTimeout(Duration.ofMinutes(4))
                .withAutoscaleIdleTimeout(IDLE_TIMEOUT);
        local = DatabricksLocal.builder().clusterStartDelay(Duration.ZERO).clusterStopDelay(Duration.ZERO).spark(spark).start();
        w = new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(local.token()));

        // Spark's own Master and Worker main classes (through the driver module's StandaloneDaemon), in a
        // directory of the test's; they come up while the autoscale cluster is tested.
        externalScheduler = Executors.newSingleThreadScheduledExecutor();
        externalDir = Files.createTempDirectory("external-spark");
        externalLauncher = new StandaloneLauncher(externalDir, spark, externalScheduler);
        external = externalLauncher.startMaster("external-spark", externalDir.resolve("cluster"), new WorkerSize(1, 512));
        externalWorker = externalLauncher.startWorker(external);
    }

    private static String scala(String code) throws Exception {
        return scala(clusterId, contextId, code);
    }

    /**
     * Runs a scala command and returns its output. Polls every 200 ms: the SDK's waiter backs off to
     * seconds, which here would let an autoscaled worker idle out before the test looks at it.
     */
    private static String scala(String cluster, String context, String code) throws Exception {
        String commandId = api("POST", "/api/1.2/commands/execute", Map.of("clusterId", cluster, "contextId", context,
                "language", "scala", "command", code)).path("id").asText();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        JsonNode status;
        do {
            Thread.sleep(200);
            status = api("GET", "/api/1.2/commands/status?clusterId=" + cluster + "&contextId=" + context + "&commandId=" + commandId, null);
        } while (!List.of("Finished", "Error", "Cancelled").contains(status.path("status").asText()) && System.nanoTime() < deadline);
        assertThat(status.path("results").path("resultType").asText()).as(status.toString()).isEqualTo("text");
        return status.path("results").path("data").asText();
    }

    /** clusters/create, then clusters/get every 200 ms until RUNNING (the SDK's waiter backs off to 10 s, blurring the start time). */
    private static String createRunning(Map<String, Object> spec) throws Exception {
        String id = api("POST", "/api/2.1/clusters/create", spec).path("cluster_id").asText();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        String state;
        do {
            Thread.sleep(200);
            state = clusterJson(id).path("state").asText();
        } while (!List.of("RUNNING", "TERMINATED", "ERROR").contains(state) && System.nanoTime() < deadline);
        assertThat(state).as("cluster " + id).isEqualTo("RUNNING");
        return id;
    }

    private static String scalaContext(String cluster) throws Exception {
        String id = api("POST", "/api/1.2/contexts/create", Map.of("clusterId", cluster, "language", "scala")).path("id").asText();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        String status;
        do {
            Thread.sleep(200);
            status = api("GET", "/api/1.2/contexts/status?clusterId=" + cluster + "&contextId=" + id, null).path("status").asText();
        } while (status.equals("Pending") && System.nanoTime() < deadline);
        assertThat(status).as("context on " + cluster).isEqualTo("Running");
        return id;
    }

    private static JsonNode api(String method, String path, Object body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(local.url() + path))
                .header("Authorization", "Bearer " + local.token())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The value of the last line: {@code res3: Int = 2} → {@code 2}. */
    private static String value(String output) {
        String last = output.lines().reduce((first, second) -> second).orElse("");
        return last.substring(last.indexOf('=') + 1).trim();
    }

    /** clusters/get as JSON: the SDK's AutoScale type has no target_workers. */
    private static JsonNode clusterJson(String id) throws Exception {
        return api("GET", "/api/2.1/clusters/get?cluster_id=" + id, null);
    }

    private static List<String> events(String id) {
        List<String> events = new ArrayList<>();
        w.clusters().events(new GetEvents().setClusterId(id).setLimit(200L)).forEach(event -> events.add(event.getType()
                + " " + event.getDetails().getCause() + " " + event.getDetails().getCurrentNumWorkers() + "->"
                + event.getDetails().getTargetNumWorkers()));
        return events;
    }

    @Test
    @Order(1)
    void anAutoscaleClusterStartsWithMinWorkersAndGrowsWhileTasksWait() throws Exception {
        long started = System.nanoTime();
        clusterId = createRunning(Map.of("cluster_name", "autoscale", "spark_version", "15.4.x-scala2.12", "node_type_id", "m5d.large",
                "autoscale", Map.of("min_workers", 1, "max_workers", 2)));
        System.out.printf("autoscale cluster (1 worker at start): clusters/create -> RUNNING in %.1f s%n", (System.nanoTime() - started) / 1e9);
        contextId = scalaContext(clusterId);
        assertThat(clusterJson(clusterId).path("autoscale").path("target_workers").asInt()).isEqualTo(1);
        assertThat(value(scala("sc.statusTracker.getExecutorInfos.length - 1"))).isEqualTo("1");

        // One core cannot run 4 one-second tasks at once: tasks wait until the second worker's executor takes them.
        String driverPid = value(scala("ProcessHandle.current.pid"));
        // What clusters/get shows while the job runs: the grown cluster idles out again soon after it.
        Set<String> shown = ConcurrentHashMap.newKeySet();
        ScheduledExecutorService observer = Executors.newSingleThreadScheduledExecutor();
        observer.scheduleWithFixedDelay(() -> {
            try {
                JsonNode now = clusterJson(clusterId);
                shown.add(now.path("state").asText() + " target_workers=" + now.path("autoscale").path("target_workers").asInt()
                        + " executors=" + now.path("executors").size());
            } catch (Exception | AssertionError ignored) {
                // The next look counts.
            }
        }, 0, 200, TimeUnit.MILLISECONDS);
        String pids;
        String dbfsCount;
        try {
            pids = value(scala("""
                val deadline = System.currentTimeMillis + 150000
                var pids = Set.empty[Long]
                while (pids.size < 2 && System.currentTimeMillis < deadline) {
                  pids ++= sc.parallelize(1 to 4, 4).map { _ => Thread.sleep(1000); ProcessHandle.current.pid }.collect
                }
                pids.toSeq.sorted.mkString(",")"""));
            // At once, while the cluster is grown (a later command may find it shrunk again).
            dbfsCount = value(scala("spark.range(100).repartition(4).write.mode(\"overwrite\").parquet(\"dbfs:/tmp/workers/range\");"
                    + " spark.read.parquet(\"dbfs:/tmp/workers/range\").count"));
        } finally {
            observer.shutdownNow();
        }
        Arrays.stream(pids.split(",")).map(Long::parseLong).forEach(executorPids::add);

        assertThat(executorPids).as("executor JVMs of both workers").hasSize(2).doesNotContain(Long.parseLong(driverPid));
        assertThat(shown).contains("RUNNING target_workers=2 executors=2").allMatch(look -> look.startsWith("RUNNING"));
        assertThat(events(clusterId)).contains("RESIZING AUTOSCALE 1->2", "UPSIZE_COMPLETED AUTOSCALE 2->2");
        assertThat(dbfsCount).as("both executors wrote and read dbfs:/ as the driver does").isEqualTo("100");
        try (var files = Files.list(local.dataDir().resolve("dbfs/tmp/workers/range"))) {
            assertThat(files.filter(file -> file.getFileName().toString().endsWith(".parquet")).count()).isEqualTo(4);
        }
    }

    @Test
    @Order(2)
    void anIdleWorkerIsRemovedAfterTheIdleTimeoutDownToMinWorkers() throws Exception {
        eventually(Duration.ofSeconds(90), () -> {
            JsonNode shrunk = clusterJson(clusterId);
            assertThat(shrunk.path("autoscale").path("target_workers").asInt()).isEqualTo(1);
            assertThat(shrunk.path("executors")).hasSize(1);
        });

        assertThat(clusterJson(clusterId).path("autoscale").path("min_workers").asInt()).isEqualTo(1);
        assertThat(value(scala("sc.statusTracker.getExecutorInfos.length - 1"))).as("executors Spark sees").isEqualTo("1");
        assertThat(events(clusterId)).contains("RESIZING AUTOSCALE 2->1");
        eventually(Duration.ofSeconds(10), () -> assertThat(ClusterProcesses.of(clusterId).stream()
                .filter(process -> process.info().commandLine().orElse("").contains(DriverCommandLine.DAEMON_CLASS + " worker")))
                .as("Worker JVMs: the removed one is gone").hasSize(1));
    }

    @Test
    @Order(3)
    void aSparkMasterOfItsOwnRunsTheTasksOnThatClustersWorkerAndOutlivesTermination() throws Exception {
        external.ready().get(3, TimeUnit.MINUTES);
        String onMySpark = createRunning(Map.of("cluster_name", "on-my-spark", "spark_version", "15.4.x-scala2.12",
                "node_type_id", "m5d.large", "num_workers", 1,
                "spark_conf", Map.of("spark.master", external.masterUrl(), "spark.executor.memory", "512m",
                        // As the README tells users: remote executors need the driver's classes.
                        "spark.executor.extraClassPath", StandaloneLauncher.executorClasspath(externalDir))));
        String context = scalaContext(onMySpark);
        String parents = scala(onMySpark, context, "sc.parallelize(1 to 4, 4).map(_ => ProcessHandle.current.parent.get.pid)"
                + ".distinct.collect.mkString(\",\")");

        assertThat(value(parents)).as("the executors' parent: the external Worker")
                .isEqualTo(Long.toString(externalWorker.process().pid()));
        assertThat(ClusterProcesses.of(onMySpark)).as("databricks-local started only the driver").hasSize(1);

        api("POST", "/api/2.1/clusters/delete", Map.of("cluster_id", onMySpark));
        eventually(Duration.ofMinutes(2), () -> assertThat(clusterJson(onMySpark).path("state").asText()).isEqualTo("TERMINATED"));
        assertThat(ClusterProcesses.of(onMySpark)).as("its driver").isEmpty();

        assertThat(external.master().isAlive()).as("external Master").isTrue();
        assertThat(externalWorker.process().isAlive()).as("external Worker").isTrue();
    }

    /** The autoscale cluster was left RUNNING on purpose: closing the server must take down every JVM of it. */
    @AfterAll
    static void closingTheServerLeavesNoClusterJvmBehind() throws Exception {
        List<ProcessHandle> clusterJvms = clusterId == null ? List.of() : ClusterProcesses.of(clusterId);
        local.close();
        if (external != null) {
            externalLauncher.stopAll(external).get(1, TimeUnit.MINUTES);
            externalScheduler.shutdownNow();
        }
        assertThat(clusterJvms).as("driver, master and worker of " + clusterId).hasSizeGreaterThanOrEqualTo(clusterId == null ? 0 : 3)
                .allSatisfy(process -> assertThat(process.isAlive()).as(process.info().commandLine().orElse("")).isFalse());
        assertThat(executorPids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .as("executor %d", pid).isFalse());
    }
}
