package dev.lakeroute.camel.databricks.consumer;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.poll.WaitSettings;
import dev.lakeroute.camel.databricks.response.OutputType;
import dev.lakeroute.camel.databricks.response.ResponseOptions;
import dev.lakeroute.camel.databricks.sql.StatementStep;
import dev.lakeroute.camel.databricks.step.ProducerScope;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.step.StepResult;

/**
 * A SQL sensor's queries on its warehouse, each run by {@link StatementStep} as {@code sql/statements/execute} runs in
 * {@code to()}: the server-side {@code statementWaitTimeout}, then sql/statements/get with the endpoint's backoff
 * ({@code pollInterval} to {@code maxPollInterval}) and wait log until the statement ends, every chunk read and typed.
 * A statement still running after {@code waitTimeout}, or when the consumer stops, is cancelled. The poll runs on the
 * consumer's own thread and waits there for the rows; the statement's wait itself holds no thread.
 */
final class SensorQueries {

    private static final ResponseOptions ALL_ROWS = new ResponseOptions(OutputType.DEFAULT, false, false);
    /**
     * A sensor's statement belongs to no message, so its context has no exchange and no message key: with camelTags
     * off and no stateRepository record (see {@link #options}) the step reads neither.
     */
    private static final Supplier<String> NO_MESSAGE = () -> {
        throw new IllegalStateException("a sensor's statement has no message key");
    };

    private final SensorCalls calls;
    private final StatementStep step;
    private final StatementStep.Options options;
    private final String warehouseId;
    private final ProducerScope scope;

    /** One statement's rows, typed, and the statement's id. */
    record Result(String statementId, List<Map<String, Object>> rows) {
    }

    /** The queries of a consumer not started yet: {@link #in} gives each run of it its own. */
    SensorQueries(SensorCalls calls, StatementStep step, StatementStep.Options options, String warehouseId) {
        this(calls, step, options, warehouseId, null);
    }

    private SensorQueries(SensorCalls calls, StatementStep step, StatementStep.Options options, String warehouseId,
                          ProducerScope scope) {
        this.calls = calls;
        this.step = step;
        this.options = options;
        this.warehouseId = warehouseId;
        this.scope = scope;
    }

    /** These queries in one run of the consumer: stopping {@code scope} cancels a statement still running. */
    SensorQueries in(ProducerScope scope) {
        return new SensorQueries(calls, step, options, warehouseId, scope);
    }

    /**
     * The statement options of a sensor's endpoint. The next poll runs its query afresh, so a statement that outlasts
     * waitTimeout is always cancelled (cancelOnTimeout=false would leave it running for no one); there is no exchange
     * to tag, nor a redelivery to keep to one statement.
     */
    static StatementStep.Options options(DatabricksConfiguration config) {
        return new StatementStep.Options(config.getStatementWaitTimeout(), WaitSettings.of(config, config.getWaitTimeout()),
                true, false, null, null);
    }

    @SuppressWarnings("unchecked")
    Result run(String sql) throws Exception {
        if (scope == null) {
            throw new IllegalStateException("a sensor's queries run once its consumer started");
        }
        ObjectNode fields = calls.fields().put("warehouse_id", warehouseId).put("statement", sql);
        StepContext context = new StepContext(null, calls.request("sql/statements/execute", fields), calls.client(), ALL_ROWS,
                scope, NO_MESSAGE);
        StepResult result = SensorCalls.await(step.execute(context, options));
        return new Result((String) result.headers().get(DatabricksConstants.STATEMENT_ID),
                (List<Map<String, Object>>) result.body());
    }
}
