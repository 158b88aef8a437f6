package dev.lakeroute.camel.databricks.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.apache.camel.Exchange;
import org.apache.camel.Route;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;
import dev.lakeroute.camel.databricks.error.DatabricksStateException;
import dev.lakeroute.camel.databricks.error.DatabricksStoppedException;
import dev.lakeroute.camel.databricks.poll.PollLoop;
import dev.lakeroute.camel.databricks.poll.Verdict;
import dev.lakeroute.camel.databricks.poll.WaitSettings;
import dev.lakeroute.camel.databricks.request.OperationRequest;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.CompositeStep;
import dev.lakeroute.camel.databricks.step.OptionCheck;
import dev.lakeroute.camel.databricks.step.ProducerScope;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.step.WorkRecord;
import dev.lakeroute.camel.databricks.step.StepResult;

/**
 * {@code sql/statements/execute}: sends the statement with the server-side {@code wait_timeout}, polls
 * {@code sql/statements/get} until it is terminal, and returns every row of every chunk typed by the
 * manifest (a List of Maps, or an Iterator with {@code streamList=true}). FAILED fails the exchange
 * with the server's error message; the wait timeout and route stop cancel the statement. With {@code camelTags} the
 * statement carries the route, the exchange and the business key as {@code query_tags} (see {@link QueryTags}).
 */
public final class StatementStep implements CompositeStep<StatementStep.Options> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StatementStep.class);

    private static final Set<String> TERMINAL = Set.of("SUCCEEDED", "FAILED", "CANCELED", "CLOSED");
    private final Calls calls;

    /**
     * @param statementWaitTimeout the server-side wait_timeout of the first request
     * @param polls                the polls of sql/statements/get, limited by waitTimeout
     */
    /**
     * @param camelTags add the camel_* query_tags; {@code businessKey} the option's, the header overrides it
     * @param record    the stateRepository's record of each message's statement; null without one
     */
    public record Options(String statementWaitTimeout, WaitSettings polls, boolean cancelOnTimeout, boolean camelTags,
                          String businessKey, WorkRecord record) {
    }

    public StatementStep(Calls calls) {
        this.calls = calls;
    }

    @Override
    public Set<String> operations() {
        return Set.of("sql/statements/execute");
    }

    @Override
    public void validate(OptionCheck check) {
        String wait = check.config().getStatementWaitTimeout();
        if (wait == null || !wait.matches("0s|([5-9]|[1-4][0-9]|50)s")) {
            throw new DatabricksConfigurationException("statementWaitTimeout", "is '" + wait + "'", "0s, or 5s to 50s");
        }
        boolean statement = serves(check.operation());
        check.onlyFor("businessKey", check.config().getBusinessKey() != null && !statement, "sql/statements/execute");
        check.onlyFor("camelTags", !check.config().isCamelTags() && !statement,
                "sql/statements/execute (databricks:workflow always tags its job: the tags are how it finds the job again)");
    }

    @Override
    public Options options(DatabricksConfiguration config, Operation operation) {
        return new Options(config.getStatementWaitTimeout(), WaitSettings.of(config, config.getWaitTimeout()),
                config.isCancelOnTimeout(), config.isCamelTags(), config.getBusinessKey(),
                config.getStateRepository() == null ? null
                        : new WorkRecord(config.getStateRepository(), "sql/statements/execute"));
    }

    @Override
    public CompletableFuture<StepResult> execute(StepContext context, Options options) {
        WorkRecord record = options.record();
        if (record == null) {
            return executeNew(context, options, null, null);
        }
        String key = context.key();
        String recorded = record.startedBy(key, context.request().operation().name());
        if (recorded != null) {
            return reattach(context, options, recorded);
        }
        record.sending(key);
        return executeNew(context, options, record, key);
    }

    private CompletableFuture<StepResult> executeNew(StepContext context, Options options, WorkRecord record, String key) {
        OperationRequest request = context.request();
        if (!request.hasField("wait_timeout")) {
            request = request.withField("wait_timeout", TextNode.valueOf(options.statementWaitTimeout()));
        }
        if (options.camelTags()) {
            Exchange exchange = context.exchange();
            String businessKey = exchange.getMessage().getHeader(DatabricksConstants.BUSINESS_KEY, String.class);
            Route route = exchange.getUnitOfWork() == null ? null : exchange.getUnitOfWork().getRoute();
            request = request.withField("query_tags", QueryTags.with(request.field("query_tags"),
                    route != null ? route.getRouteId() : exchange.getFromRouteId(), exchange.getExchangeId(),
                    businessKey != null ? businessKey : options.businessKey()));
        }
        OperationRequest sent = request;
        CompletableFuture<StepResult> result = context.client().call(sent).thenCompose(response -> {
            JsonNode answer = calls.tree(response, sent);
            Map<String, Object> headers = calls.headers(sent, response, answer);
            String id = Calls.text(answer, "statement_id");
            if (record != null && id != null) {
                record.started(key, id);
            }
            CompletableFuture<JsonNode> finished = TERMINAL.contains(state(answer)) || id == null
                    ? CompletableFuture.completedFuture(answer) : await(context, options, id);
            return finished.thenCompose(statement -> rows(context, id, statement, headers));
        });
        if (record != null) {
            record.forgetUnlessStarted(key, result);
        }
        return result;
    }

    /** A redelivered message: the statement its first delivery started, waited for if it still runs. */
    private CompletableFuture<StepResult> reattach(StepContext context, Options options, String id) {
        String operation = context.request().operation().name();
        LOG.info("{}: message {} already started statement {}; returning its result instead of running it again",
                operation, context.exchange().getMessage().getMessageId(), id);
        return calls.json(context, "sql/statements/get", calls.fields().put("statement_id", id)).thenCompose(answer -> {
            Map<String, Object> headers = new java.util.LinkedHashMap<>();
            headers.put(DatabricksConstants.STATEMENT_ID, id);
            headers.put(DatabricksConstants.REATTACHED, Boolean.TRUE);
            CompletableFuture<JsonNode> finished = TERMINAL.contains(state(answer))
                    ? CompletableFuture.completedFuture(answer) : await(context, options, id);
            return finished.thenCompose(statement -> rows(context, id, statement, headers));
        });
    }

    private static String state(JsonNode statement) {
        String state = Calls.text(statement.path("status"), "state");
        return state == null ? "PENDING" : state;
    }

    private CompletableFuture<JsonNode> await(StepContext context, Options options, String id) {
        String operation = context.request().operation().name();
        WaitSettings settings = options.polls();
        PollLoop<JsonNode, JsonNode> loop = new PollLoop<>(context.scope().poller(), settings.backoff(), settings.timeout(),
                settings.progress(operation, "statement", id),
                () -> calls.json(context, "sql/statements/get", calls.fields().put("statement_id", id)),
                statement -> TERMINAL.contains(state(statement)) ? Verdict.done(statement) : Verdict.pending(state(statement)),
                options.cancelOnTimeout() ? () -> cancel(context, id) : null);
        ProducerScope.InFlight stopper = () -> {
            loop.abort(new DatabricksStoppedException("the route stopped while statement " + id + " was running", operation),
                    dev.lakeroute.camel.databricks.error.WaitedFor.RemoteState.CANCELLED);
            return cancel(context, id);
        };
        context.scope().track(stopper);
        return loop.start().whenComplete((r, e) -> context.scope().done(stopper));
    }

    private CompletableFuture<?> cancel(StepContext context, String id) {
        return calls.json(context, "sql/statements/cancel", calls.fields().put("statement_id", id));
    }

    private CompletableFuture<StepResult> rows(StepContext context, String id, JsonNode statement, Map<String, Object> headers) {
        String state = state(statement);
        if (!"SUCCEEDED".equals(state)) {
            List<String> messages = new ArrayList<>();
            JsonNode error = statement.path("status").path("error");
            if (error.hasNonNull("message")) {
                messages.add(error.get("message").asText());
            }
            throw new DatabricksStateException(context.request().operation().name(), id, state, messages);
        }
        JsonNode manifest = statement.path("manifest");
        RowTyper typer = RowTyper.of(manifest);
        headers.put(DatabricksConstants.RESULT_SCHEMA, typer.schema());
        headers.put(DatabricksConstants.RESULT_TRUNCATED, manifest.path("truncated").asBoolean(false));
        if (manifest.hasNonNull("total_row_count")) {
            headers.put(DatabricksConstants.ROW_COUNT, manifest.get("total_row_count").asLong());
        }
        StatementPager pager = new StatementPager(typer, n -> calls.json(context, "sql/statements/result/chunks",
                calls.fields().put("statement_id", id).put("chunk_index", n)));
        JsonNode first = statement.path("result");
        if (context.response().streamList()) {
            return CompletableFuture.completedFuture(new StepResult(pager.iterator(first), headers));
        }
        return pager.all(first).thenApply(rows -> new StepResult(rows, headers));
    }
}
