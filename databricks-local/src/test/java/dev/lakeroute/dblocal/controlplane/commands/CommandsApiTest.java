package dev.lakeroute.dblocal.controlplane.commands;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.execution.SparkTestSupport;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** API 1.2 over HTTP against a real Spark driver, with the request shapes Databricks' REST API 1.2 documentation uses. */
class CommandsApiTest {
    /** The JVM's Spark server and its shared cluster: a driver of this class's own would cost a start. */
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvmWithSpark();
    private static final List<String> CONTEXTS = new CopyOnWriteArrayList<>();
    private static RawHttp http;
    private static String clusterId;

    @BeforeAll
    static void sharedCluster() {
        http = RawHttp.bearer(local.url(), local.token());
        clusterId = SparkTestSupport.sharedCluster(local.url(), local.token());
    }

    /** The cluster is shared: its contexts are given back, within the driver's limit for the next classes. */
    @AfterAll
    static void destroyContexts() {
        CONTEXTS.forEach(context -> http.post("/api/1.2/contexts/destroy", "{\"clusterId\":\"" + clusterId + "\",\"contextId\":\"" + context + "\"}"));
    }

    private static String form(Map<String, String> fields) {
        return String.join("&", fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
    }

    private static JsonNode awaitCommand(String context, String command) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonNode status = http.get("/api/1.2/commands/status?clusterId=" + clusterId + "&contextId=" + context
                    + "&commandId=" + command).json();
            if (List.of("Finished", "Cancelled", "Error").contains(status.get("status").asText()) || System.nanoTime() > deadline) {
                return status;
            }
            Thread.sleep(50);
        }
    }

    private static String runningContext(String language) throws InterruptedException {
        String context = http.postForm("/api/1.2/contexts/create", "language=" + language + "&clusterId=" + clusterId).json().get("id").asText();
        CONTEXTS.add(context);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (http.get("/api/1.2/contexts/status?clusterId=" + clusterId + "&contextId=" + context).json().get("status").asText().equals("Pending")) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(50);
        }
        return context;
    }

    @Test
    void formEncodedExecuteRunsScalaWithDatabricksOutput() throws Exception {
        String context = runningContext("scala");

        String command = http.postForm("/api/1.2/commands/execute", form(Map.of("language", "scala", "clusterId", clusterId,
                "contextId", context, "command", "sc.parallelize(1 to 10).collect"))).json().get("id").asText();
        JsonNode status = awaitCommand(context, command);

        assertThat(status.get("id").asText()).isEqualTo(command);
        assertThat(status.get("status").asText()).isEqualTo("Finished");
        assertThat(status.get("results").toString())
                .isEqualTo("{\"resultType\":\"text\",\"data\":\"res0: Array[Int] = Array(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)\"}");
        assertThat(http.post("/api/1.2/contexts/destroy", "{\"clusterId\":\"" + clusterId + "\",\"contextId\":\"" + context + "\"}")
                .json().get("id").asText()).isEqualTo(context);
    }

    @Test
    void jsonAndMultipartCommandsRunSql() throws Exception {
        String context = runningContext("sql");
        String boundary = "lakeroute-boundary";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"clusterId\"\r\n\r\n" + clusterId + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"contextId\"\r\n\r\n" + context + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nsql\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"command\"; filename=\"query.sql\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\nSELECT 42 AS answer\r\n--" + boundary + "--\r\n";

        RawHttp.Reply reply = http.send(HttpRequest.newBuilder(URI.create(local.url() + "/api/1.2/commands/execute"))
                .header("Authorization", "Bearer " + local.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(multipart)).build());
        JsonNode results = awaitCommand(context, reply.json().get("id").asText()).get("results");

        assertThat(results.get("resultType").asText()).isEqualTo("table");
        assertThat(results.get("data").toString()).isEqualTo("[[42]]");
        assertThat(results.get("schema").get(0).get("name").asText()).isEqualTo("answer");
        assertThat(results.has("notebookExitValue")).isFalse();
    }

    @Test
    void failingSqlCommandFinishesWithAnErrorResultCarryingSparksMessage() throws Exception {
        String context = runningContext("sql");
        String command = http.postForm("/api/1.2/commands/execute", form(Map.of("language", "sql", "clusterId", clusterId,
                "contextId", context, "command", "SELEC 1"))).json().get("id").asText();

        JsonNode status = awaitCommand(context, command);

        assertThat(status.get("status").asText()).isEqualTo("Finished");
        JsonNode results = status.get("results");
        assertThat(results.get("resultType").asText()).isEqualTo("error");
        assertThat(results.get("summary").asText())
                .startsWith("org.apache.spark.sql.catalyst.parser.ParseException: [PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'")
                .contains("== SQL ==\nSELEC 1\n^^^");
        assertThat(results.get("cause").asText()).contains("[PARSE_SYNTAX_ERROR]").contains("\tat org.apache.spark.sql");
    }

    @Test
    void throwingScalaCommandFinishesWithAnErrorResultNamingTheException() throws Exception {
        String context = runningContext("scala");

        JsonNode thrown = awaitCommand(context, execute(context, "throw new IllegalStateException(\"no input for day 2024-05-01\")")).get("results");
        assertThat(thrown.get("resultType").asText()).isEqualTo("error");
        assertThat(thrown.get("summary").asText()).isEqualTo("java.lang.IllegalStateException: no input for day 2024-05-01");
        assertThat(thrown.get("cause").asText()).contains("IllegalStateException: no input for day 2024-05-01");

        JsonNode sql = awaitCommand(context, execute(context, "spark.sql(\"SELEC 1\")"));
        assertThat(sql.get("status").asText()).isEqualTo("Finished");
        assertThat(sql.get("results").get("summary").asText())
                .startsWith("org.apache.spark.sql.catalyst.parser.ParseException: [PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'");
    }

    private static String execute(String context, String code) {
        return http.postForm("/api/1.2/commands/execute", form(Map.of("language", "scala", "clusterId", clusterId,
                "contextId", context, "command", code))).json().get("id").asText();
    }

    @Test
    void errorsForUnknownClusterUnknownContextAndMissingFields() {
        RawHttp.Reply unknownCluster = http.post("/api/1.2/contexts/create", "{\"language\":\"scala\",\"clusterId\":\"0000-000000-nothere0\"}");
        assertThat(unknownCluster.status()).isEqualTo(400);
        assertThat(unknownCluster.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");

        RawHttp.Reply unknownContext = http.get("/api/1.2/contexts/status?clusterId=" + clusterId + "&contextId=1234");
        assertThat(unknownContext.status()).isEqualTo(404);
        assertThat(unknownContext.errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");

        RawHttp.Reply badLanguage = http.post("/api/1.2/contexts/create", "{\"language\":\"cobol\",\"clusterId\":\"" + clusterId + "\"}");
        assertThat(badLanguage.status()).isEqualTo(400);
        assertThat(badLanguage.json().get("message").asText()).contains("allowed: scala, python, sql, r");
    }
}
