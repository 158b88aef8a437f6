package dev.lakeroute.camel.databricks.it;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.camel.databricks.error.DatabricksServerException;
import dev.lakeroute.camel.databricks.error.DatabricksTransportException;
import dev.lakeroute.dblocal.faults.Fault;
import dev.lakeroute.dblocal.faults.FaultKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Retries as the spec requires, against faults databricks-local injects. */
class FaultsTest extends DatabricksLocalTestSupport {

    @AfterEach
    void clearFaults() {
        LOCAL.server().faults().clear();
    }

    private void inject(String operation, FaultKind kind, int count) {
        LOCAL.server().faults().inject(Fault.of(operation, kind).times(count));
    }

    @Test
    void rateLimitedWithRetryAfterThenSucceeds() {
        LOCAL.server().faults().inject(Fault.of("token/list", FaultKind.RATE_LIMIT).times(1).retryAfterSeconds(1));
        long start = System.nanoTime();
        Exchange exchange = exchange("databricks:token/list", null);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(DatabricksConstants.ATTEMPTS)).isEqualTo(2);
        assertThat(elapsedMs).as("Retry-After: 1 honoured").isGreaterThanOrEqualTo(900);
    }

    @Test
    void unavailableTwiceThenSucceeds() {
        inject("token/list", FaultKind.UNAVAILABLE, 2);
        Exchange exchange = exchange("databricks:token/list", null);
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(DatabricksConstants.ATTEMPTS)).isEqualTo(3);
        assertThat(exchange.getMessage().getBody(Map.class)).containsKey("token_infos");
    }

    @Test
    void unavailableBeyondMaxRetriesFails() {
        inject("token/list", FaultKind.UNAVAILABLE, 5);
        DatabricksException e = failure("databricks:token/list?maxRetries=1", null);
        assertThat(e.getHttpStatus()).isEqualTo(503);
        assertThat(LOCAL.server().faults().pending()).hasSize(1);
    }

    @Test
    void internalErrorIsNotRetried() {
        inject("token/list", FaultKind.INTERNAL_ERROR, 2);
        DatabricksException e = failure("databricks:token/list", null);
        assertThat(e).isInstanceOf(DatabricksServerException.class);
        assertThat(e.getHttpStatus()).isEqualTo(500);
        assertThat(LOCAL.server().faults().pending()).as("one fault left: one attempt only").hasSize(1);
    }

    @Test
    void droppedConnectionOnGetIsRetried() {
        inject("token/list", FaultKind.DROP, 1);
        Exchange exchange = exchange("databricks:token/list", null);
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(Map.class)).containsKey("token_infos");
        assertThat(LOCAL.server().faults().pending()).isEmpty();
    }

    @Test
    void postWithoutIdempotencyTokenIsNotRetriedAfterItMayHaveReachedTheServer() {
        int before = tokenCount();
        inject("token/create", FaultKind.DROP_AFTER_RESPONSE, 1);
        DatabricksException e = failure("databricks:token/create", Map.of("comment", "drop-after-response"));
        assertThat(e).isInstanceOf(DatabricksTransportException.class);
        assertThat(e.getMessage()).contains("not retried").contains("idempotency token");
        assertThat(((DatabricksTransportException) e).getAttempts()).isEqualTo(1);
        assertThat(tokenCount()).as("the server did act on it: exactly one token").isEqualTo(before + 1);
    }

    @Test
    void runsSubmitIsRetriedWithItsIdempotencyTokenAndCreatesOneRun() {
        Exchange cluster = exchange("databricks:clusters/create", Map.of("cluster_name", "faults-idempotent",
                "spark_version", "15.4.x-scala2.12", "node_type_id", "i3.xlarge", "num_workers", 0));
        skipIfNotServed(cluster.getException(), "clusters/create");
        String clusterId = cluster.getMessage().getHeader(DatabricksConstants.CLUSTER_ID, String.class);
        Map<String, Object> submit = Map.of("run_name", "idempotent-submit",
                "tasks", List.of(Map.of("task_key", "t", "existing_cluster_id", clusterId,
                        "spark_jar_task", Map.of("main_class_name", "Main"))));
        int before = runCount();
        inject("jobs/runs/submit", FaultKind.DROP_AFTER_RESPONSE, 1);
        Exchange exchange = exchange("databricks:jobs/runs/submit?waitForCompletion=false", submit);
        skipIfNotServed(exchange.getException(), "jobs/runs/submit");
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(DatabricksConstants.ATTEMPTS)).isEqualTo(2);
        assertThat(exchange.getMessage().getHeader(DatabricksConstants.IDEMPOTENCY_TOKEN))
                .as("a derived token stays internal, or it would become the next run step's").isNull();
        assertThat(exchange.getMessage().getHeader(DatabricksConstants.RUN_ID)).isNotNull();
        assertThat(runCount()).as("no duplicate run").isEqualTo(before + 1);
        map("databricks:clusters/permanent-delete?clusterId=" + clusterId, null);
    }

    private int tokenCount() {
        List<?> tokens = (List<?>) map("databricks:token/list", null).get("token_infos");
        return tokens == null ? 0 : tokens.size();
    }

    private int runCount() {
        return list("databricks:jobs/runs/list?paginate=true", null).size();
    }
}
