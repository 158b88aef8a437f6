package dev.lakeroute.camel.databricks.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;

/**
 * Routes against the JVM's one Spark-backed databricks-local ({@link DatabricksLocalExtension#perJvmWithSpark()}),
 * whose clusters and warehouses are real driver JVMs. Every class of the JVM that uses it shares it, so a class keeps
 * to names of its own (tables, DBFS paths, clusters), leaves what others use running, and ends the drivers only it
 * needs. A class that kills or stops drivers others may use needs a server of its own.
 */
public abstract class SparkTestSupport extends DatabricksLocalTestSupport {

    @RegisterExtension
    static final DatabricksLocalExtension SPARK = DatabricksLocalExtension.perJvmWithSpark();

    /** Spark drivers start in tens of seconds on a busy machine. */
    protected static final String START_WAIT = "waitTimeout=180000";

    @Override
    protected DatabricksLocalExtension server() {
        return SPARK;
    }

    /**
     * A SQL warehouse shared by the classes of this JVM: the RUNNING one named {@code it-shared-warehouse}, created on
     * first use, so classes that only run statements do not each start a warehouse driver.
     */
    @SuppressWarnings("unchecked")
    protected String sharedWarehouse() {
        Object listed = map("databricks:sql/warehouses/list", null).getOrDefault("warehouses", List.of());
        for (Map<String, Object> warehouse : (List<Map<String, Object>>) listed) {
            if ("it-shared-warehouse".equals(warehouse.get("name")) && "RUNNING".equals(warehouse.get("state"))) {
                return String.valueOf(warehouse.get("id"));
            }
        }
        Map<String, Object> created = map("databricks:sql/warehouses/create?waitForState=RUNNING&" + START_WAIT,
                Map.of("name", "it-shared-warehouse", "cluster_size", "2X-Small", "max_num_clusters", 1));
        return String.valueOf(created.get("id"));
    }

    /**
     * Terminates a cluster of the class's own once its tests are done (from {@code @AfterAll}, when no Camel context
     * runs), so its driver does not outlive the class on the shared server. Best effort: the JVM's end stops it anyway.
     */
    protected static void terminateCluster(String clusterId) throws IOException, InterruptedException {
        if (clusterId == null) {
            return;
        }
        HttpRequest delete = HttpRequest.newBuilder(URI.create(SPARK.url() + "/api/2.1/clusters/delete"))
                .header("Authorization", "Bearer " + SPARK.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"cluster_id\":\"" + clusterId + "\"}")).build();
        HttpClient.newHttpClient().send(delete, HttpResponse.BodyHandlers.discarding());
    }
}
