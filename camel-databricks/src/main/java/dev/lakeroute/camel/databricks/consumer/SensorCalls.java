package dev.lakeroute.camel.databricks.consumer;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lakeroute.camel.databricks.client.DatabricksClient;
import dev.lakeroute.camel.databricks.request.OperationRequest;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.support.Failures;

/**
 * The calls of a poll, through the endpoint's client (credentials, retries, rate limits) like every
 * producer call. A poll runs on the consumer's own scheduler thread, so it may wait for the answer;
 * the wait is bounded by the retry budget so a stop never hangs on a lost call.
 */
final class SensorCalls {

    private final Supplier<DatabricksClient> client;
    private final Calls calls;
    private final String apiVersion;
    private final Map<String, Object> params;
    private final Duration maxWait;

    SensorCalls(Supplier<DatabricksClient> client, Calls calls, String apiVersion, Map<String, Object> params, Duration maxWait) {
        this.client = client;
        this.calls = calls;
        this.apiVersion = apiVersion;
        this.params = Map.copyOf(params);
        this.maxWait = maxWait;
    }

    /** Request fields: the endpoint's {@code param.*} options, which the sensor's own fields then override. */
    ObjectNode fields() {
        ObjectNode fields = calls.fields();
        params.forEach((name, value) -> fields.set(name, calls.mapper().valueToTree(value)));
        return fields;
    }

    JsonNode call(String operation, ObjectNode fields) throws Exception {
        try {
            return calls.json(client.get(), request(operation, fields)).get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw cause(e);
        } catch (TimeoutException e) {
            throw new TimeoutException(operation + " did not answer within " + maxWait.toMillis() + " ms");
        }
    }

    /** A request for {@code operation} with the endpoint's API version where the operation has it. */
    OperationRequest request(String operation, ObjectNode fields) {
        return calls.request(operation, apiVersion, fields);
    }

    DatabricksClient client() {
        return client.get();
    }

    /**
     * The outcome of work that bounds its own wait (a statement's waitTimeout, after which it is cancelled), or its
     * failure as the work failed; stopping the consumer ends the work, and so this wait.
     */
    static <T> T await(CompletableFuture<T> work) throws Exception {
        try {
            return work.get();
        } catch (ExecutionException e) {
            throw cause(e);
        }
    }

    private static Exception cause(ExecutionException e) {
        return Failures.unwrap(e) instanceof Exception exception ? exception : e;
    }

    /** Parsed JSON as Map/List/String/Number/Boolean. */
    Object java(JsonNode node) {
        return calls.java(node);
    }
}
