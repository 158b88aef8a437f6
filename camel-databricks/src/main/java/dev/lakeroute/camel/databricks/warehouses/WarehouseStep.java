package dev.lakeroute.camel.databricks.warehouses;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.error.DatabricksInvalidRequestException;
import dev.lakeroute.camel.databricks.poll.WaitSettings;
import dev.lakeroute.camel.databricks.request.OperationRequest;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.CompositeStep;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.step.StepResult;

/**
 * {@code sql/warehouses/create|start|stop|edit}: makes the call and with {@code waitForState} waits for RUNNING
 * (STOPPED after stop), returning the warehouse as sql/warehouses/get describes it, like the cluster operations do.
 */
public final class WarehouseStep implements CompositeStep<WarehouseStep.Options> {

    /** The operations served, and the state waitForState waits for after each. */
    private static final Map<String, String> WAIT_STATES = Map.of(
            "sql/warehouses/create", WarehouseWaiter.RUNNING,
            "sql/warehouses/start", WarehouseWaiter.RUNNING,
            "sql/warehouses/edit", WarehouseWaiter.RUNNING,
            "sql/warehouses/stop", WarehouseWaiter.STOPPED);

    private final Calls calls;
    private final WarehouseWaiter waiter;

    /**
     * @param waitForState the state to wait for, or null to return the call's answer at once
     * @param polls        the polls of sql/warehouses/get, limited by waitTimeout
     */
    public record Options(String waitForState, WaitSettings polls) {
    }

    public WarehouseStep(Calls calls) {
        this.calls = calls;
        this.waiter = new WarehouseWaiter(calls);
    }

    @Override
    public Set<String> operations() {
        return WAIT_STATES.keySet();
    }

    @Override
    public Map<String, String> waitStates() {
        return WAIT_STATES;
    }

    /** A waitForState that does not fit the operation is a component-wide default (RUNNING on stop): not waited for. */
    @Override
    public Options options(DatabricksConfiguration config, Operation operation) {
        String state = WAIT_STATES.get(operation.name());
        return new Options(Objects.equals(config.getWaitForState(), state) ? state : null,
                WaitSettings.of(config, config.getWaitTimeout()));
    }

    @Override
    public CompletableFuture<StepResult> execute(StepContext context, Options options) {
        OperationRequest request = context.request();
        String target = options.waitForState();
        return context.client().call(request).thenCompose(response -> {
            JsonNode answer = response.body().length == 0 ? calls.fields() : calls.tree(response, request);
            Map<String, Object> headers = new LinkedHashMap<>(calls.headers(request, response, answer));
            if (target == null) {
                return CompletableFuture.completedFuture(new StepResult(calls.java(answer), headers));
            }
            String id = request.fieldText("id");
            if (id == null) {
                id = Calls.text(answer, "id");
            }
            if (id == null) {
                throw new DatabricksInvalidRequestException(request.operation().name(), "id", "is missing for waitForState=" + target,
                        "param.id=<warehouse id> or id in the body");
            }
            String warehouseId = id;
            return waiter.await(context, options.polls(), warehouseId, target).thenApply(warehouse -> {
                headers.put(DatabricksConstants.WAREHOUSE_ID, warehouseId);
                headers.put(DatabricksConstants.WAREHOUSE_STATE, target);
                return new StepResult(calls.java(warehouse), headers);
            });
        });
    }
}
