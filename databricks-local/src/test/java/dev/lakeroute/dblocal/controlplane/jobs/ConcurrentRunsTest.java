package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.DatabricksLocal;
import dev.lakeroute.dblocal.http.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many one-time runs submitted and polled at once over HTTP: each ends TERMINATED SUCCESS exactly once,
 * no update is lost or overtaken by an older one, and a restart finds every run as it ended.
 */
class ConcurrentRunsTest {
    private static final int RUNS = 300;
    private static final String TOKEN = "dapi-concurrent-runs";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ScheduledExecutorService pollTimer = Executors.newSingleThreadScheduledExecutor();
    /** Every life cycle state each run was seen in, in the order the polls answered. */
    private final Map<Long, List<String>> seen = new ConcurrentHashMap<>();

    @Test
    void concurrentSubmitsEachTerminateSuccessfullyOnceAndSurviveARestart(@TempDir Path dir) throws Exception {
        Set<Long> runIds;
        long tokenRun;
        try (DatabricksLocal local = start(dir)) {
            List<CompletableFuture<Long>> submits = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                submits.add(post(local, "/api/2.1/jobs/runs/submit", conditionRun("many-" + i, null))
                        .thenApply(reply -> reply.path("run_id").asLong()));
            }
            List<CompletableFuture<String>> sameToken = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                sameToken.add(post(local, "/api/2.1/jobs/runs/submit", conditionRun("token", "one-token"))
                        .thenApply(reply -> reply.path("run_id").asText()));
            }
            List<CompletableFuture<JsonNode>> finished = new ArrayList<>();
            runIds = new HashSet<>();
            for (CompletableFuture<Long> submit : submits) {
                long runId = submit.get(2, TimeUnit.MINUTES);
                runIds.add(runId);
                finished.add(untilFinal(local, runId));
            }
            assertThat(runIds).as("every submit got a run of its own").hasSize(RUNS);
            Set<String> tokenRuns = new HashSet<>();
            for (CompletableFuture<String> submit : sameToken) {
                tokenRuns.add(submit.get(2, TimeUnit.MINUTES));
            }
            assertThat(tokenRuns).as("one idempotency token, one run").hasSize(1);
            tokenRun = Long.parseLong(tokenRuns.iterator().next());

            for (CompletableFuture<JsonNode> future : finished) {
                assertSucceeded(future.get(2, TimeUnit.MINUTES));
            }
            seen.forEach((runId, states) -> assertThat(states).as("states of run %d as polled", runId)
                    .isSortedAccordingTo((a, b) -> Integer.compare(rank(a), rank(b))));
            assertThat(listAll(local)).as("runs/list pages list every run exactly once")
                    .containsExactlyInAnyOrderElementsOf(withToken(runIds, tokenRun));
        }
        assertThat(tempFiles(dir)).as("no half-written state left behind").isEmpty();

        try (DatabricksLocal restarted = start(dir)) {
            List<CompletableFuture<JsonNode>> recovered = new ArrayList<>();
            runIds.forEach(runId -> recovered.add(get(restarted, "/api/2.1/jobs/runs/get?run_id=" + runId)));
            for (CompletableFuture<JsonNode> run : recovered) {
                assertSucceeded(run.get(1, TimeUnit.MINUTES));
            }
            assertThat(listAll(restarted)).containsExactlyInAnyOrderElementsOf(withToken(runIds, tokenRun));
            assertThat(post(restarted, "/api/2.1/jobs/runs/submit", conditionRun("token", "one-token")).get(1, TimeUnit.MINUTES)
                    .path("run_id").asLong()).as("the token still answers its run after a restart").isEqualTo(tokenRun);
        } finally {
            pollTimer.shutdownNow();
        }
    }

    private static DatabricksLocal start(Path dir) {
        return DatabricksLocal.builder().dataDir(dir).token(TOKEN).start();
    }

    private static String conditionRun(String name, String token) {
        return "{\"run_name\":\"" + name + "\"" + (token == null ? "" : ",\"idempotency_token\":\"" + token + "\"")
                + ",\"tasks\":[{\"task_key\":\"check\",\"condition_task\":{\"op\":\"EQUAL_TO\",\"left\":\"1\",\"right\":\"1\"}}]}";
    }

    private static void assertSucceeded(JsonNode run) {
        assertThat(run.path("state").path("life_cycle_state").asText()).as("run %s", run.path("run_id")).isEqualTo("TERMINATED");
        assertThat(run.path("state").path("result_state").asText()).isEqualTo("SUCCESS");
        assertThat(run.path("end_time").asLong()).isGreaterThanOrEqualTo(run.path("start_time").asLong());
        JsonNode task = run.path("tasks").get(0);
        assertThat(task.path("state").path("result_state").asText()).isEqualTo("SUCCESS");
        assertThat(task.path("condition_task").path("outcome").asText()).isEqualTo("true");
    }

    /** Order of the life cycle: a run may skip states but never return to an earlier one. */
    private static int rank(String lifeCycle) {
        return switch (lifeCycle) {
            case "PENDING" -> 0;
            case "RUNNING" -> 1;
            case "TERMINATING" -> 2;
            default -> 3;
        };
    }

    private static Set<Long> withToken(Set<Long> runIds, long tokenRun) {
        Set<Long> all = new HashSet<>(runIds);
        all.add(tokenRun);
        return all;
    }

    private List<Long> listAll(DatabricksLocal local) throws Exception {
        List<Long> listed = new ArrayList<>();
        String pageToken = "";
        do {
            JsonNode page = get(local, "/api/2.1/jobs/runs/list?limit=25&page_token=" + pageToken).get(1, TimeUnit.MINUTES);
            page.path("runs").forEach(run -> listed.add(run.path("run_id").asLong()));
            pageToken = page.path("has_more").asBoolean() ? page.path("next_page_token").asText() : null;
        } while (pageToken != null);
        return listed;
    }

    private CompletableFuture<JsonNode> untilFinal(DatabricksLocal local, long runId) {
        return get(local, "/api/2.1/jobs/runs/get?run_id=" + runId).thenCompose(run -> {
            String lifeCycle = run.path("state").path("life_cycle_state").asText();
            seen.computeIfAbsent(runId, id -> new ArrayList<>()).add(lifeCycle);
            if (Set.of("TERMINATED", "SKIPPED", "INTERNAL_ERROR").contains(lifeCycle)) {
                return CompletableFuture.completedFuture(run);
            }
            return CompletableFuture.supplyAsync(() -> null, CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS, pollTimer))
                    .thenCompose(ignored -> untilFinal(local, runId));
        });
    }

    private CompletableFuture<JsonNode> get(DatabricksLocal local, String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(local.url() + pathAndQuery)).GET());
    }

    private CompletableFuture<JsonNode> post(DatabricksLocal local, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(local.url() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private CompletableFuture<JsonNode> send(HttpRequest.Builder request) {
        return client.sendAsync(request.header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> {
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                    try {
                        return Json.MAPPER.readTree(response.body());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static List<Path> tempFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("state"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
