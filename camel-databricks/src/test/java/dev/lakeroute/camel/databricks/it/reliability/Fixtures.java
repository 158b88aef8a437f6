package dev.lakeroute.camel.databricks.it.reliability;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the cells of one server need, made once through the REST API (not through the component under
 * test): a RUNNING cluster, the short python script of the runs and a job running it, a warehouse (Spark
 * servers only) and a cluster that {@code clusters/start} cells start and the harness stops again.
 */
final class Fixtures {

    /**
     * The run of the run cells: the injected faults hit the wait's first probe whatever the run's length, and the
     * kills land a few hundred milliseconds after the submit, so one second is enough and keeps the budget.
     */
    static final String SLEEP_SCRIPT = "import time\ntime.sleep(1)\nprint('slept 1 s')\n";
    static final String SCRIPT_PATH = "/FileStore/reliability/sleep1.py";
    static final String VOLUME = "/Volumes/main/default/landing";

    private static final ObjectMapper JSON = new ObjectMapper();

    final String clusterId;
    final long jobId;
    final String warehouseId;
    final String startClusterId;

    private Fixtures(String clusterId, long jobId, String warehouseId, String startClusterId) {
        this.clusterId = clusterId;
        this.jobId = jobId;
        this.warehouseId = warehouseId;
        this.startClusterId = startClusterId;
    }

    static Fixtures prepare(LocalAdmin admin, boolean warehouse, boolean withStartCluster) {
        long start = System.nanoTime();
        String cluster = createCluster(admin, "reliability-matrix");
        // The warehouse starts while the cluster does: each is a driver JVM to wait for.
        String warehouseId = warehouse ? createWarehouse(admin) : null;
        awaitClusterState(admin, cluster, "RUNNING", Duration.ofMinutes(3));
        admin.post("/api/2.0/dbfs/put", JSON.createObjectNode().put("path", SCRIPT_PATH).put("overwrite", true)
                .put("contents", Base64.getEncoder().encodeToString(SLEEP_SCRIPT.getBytes(StandardCharsets.UTF_8))));
        ObjectNode job = JSON.createObjectNode().put("name", "reliability-run-now");
        job.putArray("tasks").add(task(cluster));
        long jobId = admin.post("/api/2.1/jobs/create", job).path("job_id").asLong();
        if (warehouseId != null) {
            await(Duration.ofMinutes(3), "warehouse " + warehouseId + " RUNNING",
                    () -> "RUNNING".equals(admin.get("/api/2.0/sql/warehouses/" + warehouseId).path("state").asText()));
            // The first statement on a fresh driver compiles Spark's code paths: once here, not in the first cell.
            String warmUp = admin.post("/api/2.0/sql/statements", JSON.createObjectNode().put("warehouse_id", warehouseId)
                    .put("statement", "SELECT max(id % 7) FROM range(0, 1000000)").put("wait_timeout", "5s"))
                    .path("statement_id").asText();
            await(Duration.ofMinutes(3), "warm-up statement " + warmUp + " done", () -> {
                String state = admin.get("/api/2.0/sql/statements/" + warmUp).path("status").path("state").asText();
                return !state.equals("PENDING") && !state.equals("RUNNING");
            });
        }
        String startCluster = null;
        if (withStartCluster) {
            startCluster = createCluster(admin, "reliability-start");
            awaitClusterState(admin, startCluster, "RUNNING", Duration.ofMinutes(1));
            terminate(admin, startCluster);
        }
        System.out.printf("reliability fixtures on %s ready in %d ms%n", admin.url(), (System.nanoTime() - start) / 1_000_000);
        return new Fixtures(cluster, jobId, warehouseId, startCluster);
    }

    /** The one task of the run cells: the sleep script on the shared cluster. */
    static ObjectNode task(String clusterId) {
        ObjectNode task = JSON.createObjectNode().put("task_key", "main").put("existing_cluster_id", clusterId);
        task.putObject("spark_python_task").put("python_file", "dbfs:" + SCRIPT_PATH);
        return task;
    }

    /** After a server restart clusters are TERMINATED: the run cells need theirs RUNNING again. */
    void ensureRunning(LocalAdmin admin) {
        String state = clusterState(admin, clusterId);
        if (!"RUNNING".equals(state)) {
            if ("TERMINATED".equals(state)) {
                admin.post("/api/2.1/clusters/start", JSON.createObjectNode().put("cluster_id", clusterId));
            }
            awaitClusterState(admin, clusterId, "RUNNING", Duration.ofMinutes(3));
        }
    }

    /** Stops the clusters/start cells' cluster so the next cell starts it again. */
    static void terminate(LocalAdmin admin, String clusterId) {
        String state = clusterState(admin, clusterId);
        if (!"TERMINATED".equals(state)) {
            if (!"TERMINATING".equals(state)) {
                admin.post("/api/2.1/clusters/delete", JSON.createObjectNode().put("cluster_id", clusterId));
            }
            awaitClusterState(admin, clusterId, "TERMINATED", Duration.ofSeconds(30));
        }
    }

    static String clusterState(LocalAdmin admin, String clusterId) {
        return admin.get("/api/2.1/clusters/get?cluster_id=" + clusterId).path("state").asText();
    }

    static void awaitClusterState(LocalAdmin admin, String clusterId, String state, Duration timeout) {
        await(timeout, "cluster " + clusterId + " " + state, () -> state.equals(clusterState(admin, clusterId)));
    }

    private static String createCluster(LocalAdmin admin, String name) {
        return admin.post("/api/2.1/clusters/create", JSON.createObjectNode().put("cluster_name", name)
                .put("spark_version", "15.4.x-scala2.12").put("node_type_id", "i3.xlarge").put("num_workers", 0)
                .put("autotermination_minutes", 0)).path("cluster_id").asText();
    }

    private static String createWarehouse(LocalAdmin admin) {
        String id = admin.post("/api/2.0/sql/warehouses", JSON.createObjectNode().put("name", "reliability-wh")
                .put("cluster_size", "2X-Small").put("max_num_clusters", 1)).path("id").asText();
        JsonNode started = admin.get("/api/2.0/sql/warehouses/" + id);
        if (!"RUNNING".equals(started.path("state").asText()) && !"STARTING".equals(started.path("state").asText())) {
            admin.post("/api/2.0/sql/warehouses/" + id + "/start", JSON.createObjectNode());
        }
        return id;
    }

    static void await(Duration timeout, String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no " + what + " within " + timeout.toSeconds() + " s");
            }
            sleep(100);
        }
    }

    /** The first value {@code probe} returns that {@code done} accepts, or the last one after {@code timeout}. */
    static <T> T poll(Duration timeout, java.util.function.Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T value = probe.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            sleep(200);
            value = probe.get();
        }
        return value;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
