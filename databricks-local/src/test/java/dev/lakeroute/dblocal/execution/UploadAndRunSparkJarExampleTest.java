package dev.lakeroute.dblocal.execution;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Databricks' REST API 1.2 documentation's "Upload and run a Spark JAR" example, step for step over raw HTTP: the JAR and the
 * log go up through DBFS, the JAR is installed as a library, then its three curl calls (form
 * encoded, as {@code curl -d} sends them) run it and return the content-size statistics.
 */
class UploadAndRunSparkJarExampleTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvmWithSpark();

    static final String LOG_ANALYZER = """
            package com.databricks.apps.logs.chapter1;

            import org.apache.spark.SparkContext;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;

            /** Content-size statistics of an Apache access log, as in the Databricks log analysis reference app. */
            public class LogAnalyzer {
                public static String processLogFile(SparkContext sc, String outFile, String logFile) {
                    JavaRDD<Long> sizes = JavaSparkContext.fromSparkContext(sc).textFile(logFile)
                            .filter(line -> !line.isBlank())
                            .map(line -> Long.parseLong(line.substring(line.lastIndexOf(' ') + 1).trim()))
                            .cache();
                    long count = sizes.count();
                    return String.format("Content Size Avg: %d, Min: %d, Max: %d",
                            sizes.reduce(Long::sum) / count, sizes.reduce(Math::min), sizes.reduce(Math::max));
                }
            }
            """;

    @Test
    void uploadedJarRunsThroughApi12CommandsAndReturnsTheContentSizeStatistics(@TempDir Path dir) throws Exception {
        RawHttp http = RawHttp.bearer(local.url(), local.token());
        String clusterId = SparkTestSupport.sharedCluster(local.url(), local.token());

        // An Apache access log with known content sizes (the last field of each line).
        Random random = new Random(42);
        StringBuilder log = new StringBuilder();
        long sum = 0;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        int lines = 500;
        for (int i = 0; i < lines; i++) {
            long size = 1 + random.nextInt(100_000);
            sum += size;
            min = Math.min(min, size);
            max = Math.max(max, size);
            log.append("10.0.0.").append(i % 255).append(" - - [21/Jul/2014:10:00:").append(String.format("%02d", i % 60))
                    .append(" -0800] \"GET /endpoint_").append(i % 17).append(" HTTP/1.1\" 200 ").append(size).append('\n');
        }
        String expected = "Content Size Avg: " + (sum / lines) + ", Min: " + min + ", Max: " + max;

        SparkTestSupport.dbfsUpload(http, "/somefile.log", log.toString().getBytes(StandardCharsets.UTF_8));
        byte[] jar = SparkTestSupport.compileJar(dir, Map.of("com.databricks.apps.logs.chapter1.LogAnalyzer", LOG_ANALYZER), null);
        SparkTestSupport.dbfsUpload(http, "/FileStore/jars/log-analyzer.jar", jar);
        SparkTestSupport.installJar(http, clusterId, "dbfs:/FileStore/jars/log-analyzer.jar");

        // 1. curl -X POST -n .../api/1.2/contexts/create -d "language=scala&clusterId=batVenom"
        RawHttp.Reply context = http.postForm("/api/1.2/contexts/create", "language=scala&clusterId=" + clusterId);
        assertThat(context.status()).as(context.body()).isEqualTo(200);
        String contextId = context.json().get("id").asText();

        // 2. curl -X POST -n .../api/1.2/commands/execute -d 'language=scala&clusterId=…&contextId=…&command=println(…)'
        RawHttp.Reply command = http.postForm("/api/1.2/commands/execute", "language=scala&clusterId=" + clusterId
                + "&contextId=" + contextId
                + "&command=println(com.databricks.apps.logs.chapter1.LogAnalyzer.processLogFile(sc,null,\"dbfs:/somefile.log\"))");
        assertThat(command.status()).as(command.body()).isEqualTo(200);
        String commandId = command.json().get("id").asText();

        // 3. curl -n '.../api/1.2/commands/status?clusterId=…&contextId=…&commandId=…' until it is done
        JsonNode status = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                .until(() -> http.get("/api/1.2/commands/status?clusterId=" + clusterId + "&contextId=" + contextId
                        + "&commandId=" + commandId).json(), node -> List.of("Finished", "Cancelled", "Error").contains(node.path("status").asText()));

        assertThat(status.get("id").asText()).isEqualTo(commandId);
        assertThat(status.get("status").asText()).isEqualTo("Finished");
        assertThat(status.get("results").toString()).isEqualTo("{\"resultType\":\"text\",\"data\":\"" + expected + "\"}");

        http.post("/api/1.2/contexts/destroy", "{\"contextId\":\"" + contextId + "\",\"clusterId\":\"" + clusterId + "\"}");
    }
}
