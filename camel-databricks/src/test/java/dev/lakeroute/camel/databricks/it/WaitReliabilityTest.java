package dev.lakeroute.camel.databricks.it;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.camel.databricks.error.DatabricksRateLimitedException;
import dev.lakeroute.camel.databricks.error.DatabricksTimeoutException;
import dev.lakeroute.dblocal.faults.Fault;
import dev.lakeroute.dblocal.faults.FaultKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Start the work once, and tell me how it really ended": run waits through the blips of a real server —
 * a 500, a 429 storm, dropped connections on jobs/runs/get while the run goes on — report the run's true
 * outcome, and a wait that gives up says what became of the run and names it in its headers.
 */
class WaitReliabilityTest extends DatabricksLocalTestSupport {

    private static String clusterId;
    private static final String SCRIPTS = "/FileStore/it-reliability/";

    @BeforeEach
    void clusterAndScripts() {
        if (clusterId != null) {
            return;
        }
        clusterId = sharedCluster();
        call("databricks:dbfs/put?overwrite=true&path=" + SCRIPTS + "short.py", "import time\ntime.sleep(3)\nprint('done')\n");
        call("databricks:dbfs/put?overwrite=true&path=" + SCRIPTS + "slow.py", "import time\ntime.sleep(600)\n");
    }

    @AfterEach
    void clearFaults() {
        LOCAL.server().faults().clear();
    }

    private Map<String, Object> submit(String name, String script) {
        return Map.of("run_name", name, "tasks", List.of(Map.of("task_key", "main", "existing_cluster_id", clusterId,
                "spark_python_task", Map.of("python_file", "dbfs:" + SCRIPTS + script))));
    }

    /** Sends asynchronously and returns once the run is on the server, so a fault can hit the wait and not the submit. */
    private CompletableFuture<Exchange> submitAndAwaitRunStart(String uri, String name, String script) {
        CompletableFuture<Exchange> sent = template.asyncSend("direct:call", e -> {
            e.getMessage().setHeader("databricksUri", uri);
            e.getMessage().setBody(submit(name, script));
        });
        await().atMost(20, TimeUnit.SECONDS).until(() -> activeRun(name) != null);
        return sent;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> activeRun(String name) {
        List<Map<String, Object>> runs = (List<Map<String, Object>>) (List<?>) list(
                "databricks:jobs/runs/list?paginate=true&param.active_only=true", null);
        return runs.stream().filter(r -> name.equals(r.get("run_name"))).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> runState(Object runId) {
        return (Map<String, Object>) map("databricks:jobs/runs/get?runId=" + runId, null).get("state");
    }

    @Test
    void oneInternalErrorOnRunsGetMidWaitStillReportsTheRunsSuccess() throws Exception {
        CompletableFuture<Exchange> sent = submitAndAwaitRunStart("databricks:jobs/runs/submit", "it-one-500", "short.py");
        LOCAL.server().faults().inject(Fault.of("jobs/runs/get", FaultKind.INTERNAL_ERROR).times(1));
        Exchange e = sent.get(60, TimeUnit.SECONDS);
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader(DatabricksConstants.RUN_RESULT_STATE)).isEqualTo("SUCCESS");
        assertThat(LOCAL.server().faults().pending()).as("the 500 was met by a probe").isEmpty();
    }

    @Test
    void aRateLimitStormWithRetryAfterMidWaitIsWaitedOut() throws Exception {
        CompletableFuture<Exchange> sent = submitAndAwaitRunStart("databricks:jobs/runs/submit", "it-429-storm", "short.py");
        // More 429s than maxRetries lets one call absorb: the wait itself must ride them out.
        LOCAL.server().faults().inject(Fault.of("jobs/runs/get", FaultKind.RATE_LIMIT).times(5).retryAfterSeconds(1));
        Exchange e = sent.get(60, TimeUnit.SECONDS);
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader(DatabricksConstants.RUN_RESULT_STATE)).isEqualTo("SUCCESS");
        assertThat(LOCAL.server().faults().pending()).isEmpty();
    }

    @Test
    void droppedConnectionsAndUnavailableAnswersMidWaitAreWaitedOut() throws Exception {
        CompletableFuture<Exchange> sent = submitAndAwaitRunStart("databricks:jobs/runs/submit", "it-outage", "short.py");
        LOCAL.server().faults().inject(Fault.of("jobs/runs/get", FaultKind.DROP).times(6));
        LOCAL.server().faults().inject(Fault.of("jobs/runs/get", FaultKind.UNAVAILABLE).times(6));
        Exchange e = sent.get(60, TimeUnit.SECONDS);
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader(DatabricksConstants.RUN_RESULT_STATE)).isEqualTo("SUCCESS");
    }

    @Test
    void aWaitThatGivesUpWhileProbesFailCancelsTheRunAndNamesIt() throws Exception {
        CompletableFuture<Exchange> sent = submitAndAwaitRunStart("databricks:jobs/runs/submit?runTimeout=3s", "it-give-up",
                "slow.py");
        LOCAL.server().faults().inject(Fault.of("jobs/runs/get", FaultKind.INTERNAL_ERROR).times(1000));
        Exchange e = sent.get(60, TimeUnit.SECONDS);
        LOCAL.server().faults().clear();
        assertThat(e.getException()).isInstanceOf(DatabricksTimeoutException.class)
                .hasMessageContaining("the last probe failed").hasMessageContaining("HTTP 500").hasMessageContaining("was cancelled");
        Object runId = e.getMessage().getHeader(DatabricksConstants.RUN_ID);
        assertThat(runId).isInstanceOf(Long.class);
        assertThat(e.getMessage().getHeader(DatabricksConstants.REMOTE_STATE)).isEqualTo("CANCELLED");
        assertThat(e.getException().getMessage()).contains("run " + runId);
        await().atMost(20, TimeUnit.SECONDS).until(() -> "CANCELED".equals(runState(runId).get("result_state")));
    }

    @Test
    void cancelOnTimeoutFalseLeavesTheRunRunningAndSaysSo() throws Exception {
        Exchange e = exchange("databricks:jobs/runs/submit?runTimeout=1s&cancelOnTimeout=false", submit("it-left", "slow.py"));
        assertThat(e.getException()).isInstanceOf(DatabricksTimeoutException.class).hasMessageContaining("is still running");
        Object runId = e.getMessage().getHeader(DatabricksConstants.RUN_ID);
        assertThat(e.getMessage().getHeader(DatabricksConstants.REMOTE_STATE)).isEqualTo("RUNNING");
        assertThat(e.getMessage().getHeader(DatabricksConstants.RUN_PAGE_URL, String.class)).contains(String.valueOf(runId));
        assertThat(runState(runId).get("life_cycle_state")).isIn("PENDING", "RUNNING");
        call("databricks:jobs/runs/cancel", Map.of("run_id", runId));
        await().atMost(20, TimeUnit.SECONDS).until(() -> "TERMINATED".equals(runState(runId).get("life_cycle_state")));
    }

    @Test
    void aRetryAfterBeyondRetryTimeoutFailsSayingWhy() {
        LOCAL.server().faults().inject(Fault.of("token/list", FaultKind.RATE_LIMIT).times(1).retryAfterSeconds(600));
        DatabricksException e = failure("databricks:token/list", null);
        assertThat(e).isInstanceOf(DatabricksRateLimitedException.class);
        assertThat(e.getMessage()).contains("HTTP 429").contains("Retry-After").contains("600 s").contains("retryTimeout");
        assertThat(e.getRetryAfter()).hasSeconds(600);
    }
}
