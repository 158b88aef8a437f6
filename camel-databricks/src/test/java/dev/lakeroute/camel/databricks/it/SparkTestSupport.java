package dev.lakeroute.camel.databricks.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    private static final String SHARED_WAREHOUSE = "it-shared-warehouse";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

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
    protected String sharedWarehouse() {
        return sharedWarehouse(SPARK.url(), SPARK.token());
    }

    /** {@link #sharedWarehouse()} for classes that are not routes of this support (over the REST API). */
    public static synchronized String sharedWarehouse(String url, String token) {
        try {
            for (JsonNode warehouse : rest(url, token, "GET", "/api/2.0/sql/warehouses", null).path("warehouses")) {
                if (SHARED_WAREHOUSE.equals(warehouse.path("name").asText()) && "RUNNING".equals(warehouse.path("state").asText())) {
                    return warehouse.path("id").asText();
                }
            }
            String id = rest(url, token, "POST", "/api/2.0/sql/warehouses",
                    "{\"name\":\"" + SHARED_WAREHOUSE + "\",\"cluster_size\":\"2X-Small\",\"max_num_clusters\":1}").path("id").asText();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!"RUNNING".equals(rest(url, token, "GET", "/api/2.0/sql/warehouses/" + id, null).path("state").asText())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the shared warehouse " + id + " did not reach RUNNING within 3 minutes");
                }
                Thread.sleep(100);
            }
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode rest(String url, String token, String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
        return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
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
        HTTP.send(delete, HttpResponse.BodyHandlers.discarding());
    }
}
