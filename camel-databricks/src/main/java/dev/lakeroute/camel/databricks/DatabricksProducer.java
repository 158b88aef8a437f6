package dev.lakeroute.camel.databricks;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.client.DatabricksClient;
import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.camel.databricks.error.DatabricksStoppedException;
import dev.lakeroute.camel.databricks.observe.ExchangeTracer;
import dev.lakeroute.camel.databricks.request.OperationRequest;
import dev.lakeroute.camel.databricks.request.RequestBuilder;
import dev.lakeroute.camel.databricks.step.OperationStep;
import dev.lakeroute.camel.databricks.step.MessageKey;
import dev.lakeroute.camel.databricks.step.ProducerScope;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.step.StepResult;
import dev.lakeroute.camel.databricks.support.SafeExecutor;
import dev.lakeroute.camel.databricks.support.WaitingThread;

import static dev.lakeroute.camel.databricks.support.Failures.unwrap;

/**
 * Asynchronous producer: builds the request on the caller's thread, lets the operation's step run
 * without blocking, and completes the exchange on the component's worker pool; with {@code synchronous=true}
 * the caller's thread waits and completes it instead (see {@link WaitingThread}). The callback is
 * called exactly once per exchange. On stop, the steps' work in flight is cancelled on the server
 * (runs, commands, statements), shared contexts are destroyed, and exchanges still waiting are failed
 * rather than left hanging.
 */
public class DatabricksProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(DatabricksProducer.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Operation operation;
    private final DatabricksClient client;
    private final OperationStep step;
    private final DatabricksRuntime runtime;
    private volatile ProducerScope scope;

    DatabricksProducer(DatabricksEndpoint endpoint, Operation operation, DatabricksClient client, OperationStep step) {
        super(endpoint);
        this.operation = operation;
        this.client = client;
        this.step = step;
        this.runtime = endpoint.getComponent().runtime();
    }

    @Override
    public DatabricksEndpoint getEndpoint() {
        return (DatabricksEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        scope = new ProducerScope(runtime.pollScheduler());
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        DatabricksEndpoint endpoint = getEndpoint();
        CompletableFuture<StepResult> started;
        ExchangeTracer.TracedStep traced = ExchangeTracer.TracedStep.NONE;
        WaitingThread waiting = endpoint.getConfiguration().isSynchronous() ? new WaitingThread(runtime.worker()) : null;
        try {
            Operation op = operationFor(exchange);
            traced = runtime.tracer().start(exchange, op.name(), client.host(op));
            OperationStep opStep = op == operation ? step : runtime.steps().bind(op, endpoint.getConfiguration());
            Object body = exchange.getMessage().getBody();
            // The seed is a hash: only worth computing for the operations that take an idempotency token.
            String seed = op.bodyFields().contains(RequestBuilder.IDEMPOTENCY_TOKEN) ? idempotencySeed(exchange) : null;
            OperationRequest request = runtime.requests().build(op, MessageFields.defaults(exchange, op,
                    endpoint.requestDefaults(), endpoint.getCamelContext().getTypeConverter()), opStep.readsBody(body) ? null : body, seed);
            LOG.debug("Calling {} for exchange {}", request, exchange.getExchangeId());
            StepContext context = new StepContext(exchange, request, client, endpoint.responseOptions(), scope,
                    () -> idempotencySeed(exchange));
            started = waiting != null ? waiting.start(() -> opStep.execute(context)) : opStep.execute(context);
        } catch (RuntimeException e) {
            // Refused before any HTTP call (bad body, missing path parameter): complete synchronously.
            closeIfAny(waiting);
            exchange.setException(e);
            traced.end(exchange);
            callback.done(true);
            return true;
        }
        if (started.isDone()) {
            // Answered without waiting (nothing to send, or a failure before any call): finish on this thread.
            closeIfAny(waiting);
            complete(exchange, started);
            traced.end(exchange);
            callback.done(true);
            return true;
        }
        CompletableFuture<StepResult> tracked = scope.follow(started, () -> new DatabricksStoppedException(
                "the producer was stopped before the call completed", endpoint.getOperation()));
        if (waiting != null && waiting.runUntil(tracked)) {
            // synchronous=true: this thread ran the calls' continuations; the route goes on here, as Camel's does.
            complete(exchange, tracked);
            traced.end(exchange);
            callback.done(true);
            return true;
        }
        Thread caller = Thread.currentThread();
        SafeExecutor worker = runtime.worker();
        ExchangeTracer.TracedStep span = traced;
        // The steps complete on the worker pool, so the exchange is finished right there; only a completion
        // elsewhere (the caller's thread while process has not returned, a producer being stopped) is handed over.
        tracked.whenComplete((result, failure) -> {
            Runnable finish = () -> {
                complete(exchange, tracked);
                span.end(exchange);
                callback.done(false);
            };
            if (worker.inPool() && Thread.currentThread() != caller) {
                finish.run();
            } else {
                worker.execute(finish);
            }
        });
        return false;
    }

    private static void closeIfAny(WaitingThread waiting) {
        if (waiting != null) {
            waiting.close();
        }
    }

    /** The operation for this message: the {@link DatabricksConstants#OPERATION} header, else the endpoint's. */
    private Operation operationFor(Exchange exchange) {
        String override = exchange.getMessage().getHeader(DatabricksConstants.OPERATION, String.class);
        if (override == null || override.isBlank() || override.equals(operation.name())) {
            return operation;
        }
        return runtime.catalogue().require(override.trim());
    }

    /** Sets the step's outcome on the exchange: its body and headers, or its failure. */
    private static void complete(Exchange exchange, CompletableFuture<StepResult> done) {
        try {
            StepResult result = done.join();
            Message message = exchange.getMessage();
            message.setBody(result.body());
            message.getHeaders().putAll(result.headers());
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            Throwable failure = unwrap(e);
            if (failure instanceof DatabricksException known && known.getWaitedFor() != null) {
                WaitHeaders.set(exchange.getMessage(), known.getWaitedFor());
            }
            exchange.setException(failure);
        } catch (RuntimeException e) {
            exchange.setException(e);
        }
    }

    /**
     * Stable across redeliveries of one message, so a retried jobs/runs/submit or jobs/run-now returns
     * the run the first attempt started: the {@link DatabricksConstants#IDEMPOTENCY_TOKEN} header when
     * the route sets one, else the message id combined with the endpoint (two different run steps of
     * one message must not share a token). Longer seeds are hashed to Databricks' 64 characters.
     */
    String idempotencySeed(Exchange exchange) {
        return MessageKey.of(exchange, getEndpoint().getEndpointUri());
    }

    @Override
    protected void doStop() throws Exception {
        ProducerScope current = scope;
        if (current != null) {
            current.stop(STOP_GRACE);
        }
        super.doStop();
    }
}
