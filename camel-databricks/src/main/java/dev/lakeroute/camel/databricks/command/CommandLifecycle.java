package dev.lakeroute.camel.databricks.command;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.clusters.ClusterWaiter;
import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.camel.databricks.error.DatabricksInvalidRequestException;
import dev.lakeroute.camel.databricks.error.DatabricksStateException;
import dev.lakeroute.camel.databricks.error.DatabricksStoppedException;
import dev.lakeroute.camel.databricks.error.DatabricksTimeoutException;
import dev.lakeroute.camel.databricks.poll.PollLoop;
import dev.lakeroute.camel.databricks.poll.Verdict;
import dev.lakeroute.camel.databricks.poll.WaitSettings;
import dev.lakeroute.camel.databricks.request.OperationRequest;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.ProducerScope;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.step.StepResult;
import dev.lakeroute.camel.databricks.step.WorkRecord;
import dev.lakeroute.camel.databricks.support.Failures;

/**
 * One message through API 1.2: get an execution context (shared, per exchange or from the header) →
 * wait until it is Running → commands/execute → poll commands/status until Finished, Cancelled or
 * Error → map the result. Nothing is left behind: a timeout, a failure or a route stop cancels the
 * command, and a per-exchange context is destroyed whatever happened.
 */
final class CommandLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(CommandLifecycle.class);
    private static final String SHARED_KEY = "command.sharedContext";
    private static final Set<String> COMMAND_DONE = Set.of("Finished", "Cancelled", "Error");

    private final StepContext context;
    private final Calls calls;
    private final ClusterWaiter clusters;
    private final CommandResults results;
    private final CommandStep.Options options;
    private final String clusterId;
    private final String language;
    private final ContextPolicy policy;
    private volatile String contextId;
    private volatile String commandId;
    private volatile PollLoop<?, ?> waiting;
    private volatile boolean stopped;

    CommandLifecycle(StepContext context, CommandStep.Options options, Calls calls, ClusterWaiter clusters, CommandResults results) {
        this.context = context;
        this.options = options;
        this.calls = calls;
        this.clusters = clusters;
        this.results = results;
        this.clusterId = context.request().fieldText("clusterId");
        this.language = options.language();
        this.policy = options.policy();
    }

    CompletableFuture<StepResult> run() {
        Object body = context.exchange().getMessage().getBody();
        if (!(body instanceof String text && !text.isBlank()) && !CommandStep.isFile(body)) {
            return CompletableFuture.failedFuture(new DatabricksInvalidRequestException(CommandStep.NAME, "message body",
                    body == null ? "is empty" : "has type " + body.getClass().getName(),
                    "the command as a String, or a File, Path or InputStream with the command text"));
        }
        WorkRecord record = options.record();
        String key = record == null ? null : context.key();
        String recorded = record == null ? null : record.startedBy(key, CommandStep.NAME);
        ProducerScope.InFlight stopper = this::stop;
        context.scope().track(stopper);
        CompletableFuture<StepResult> result;
        if (recorded != null) {
            result = reattach(recorded);
        } else {
            result = context().thenCompose(id -> {
                if (record != null) {
                    record.sending(key);
                }
                return executeIn(id, body, true);
            }).thenApply(id -> {
                if (record != null) {
                    record.started(key, contextId + "/" + id);
                }
                return id;
            }).thenCompose(this::awaitCommand)
                    .thenApply(status -> results.map(commandId, status, headers()));
            if (record != null) {
                record.forgetUnlessStarted(key, result);
            }
        }
        CompletableFuture<StepResult> outcome = result;
        return outcome.handle((value, failure) -> value)
                .thenCompose(ignored -> finish(outcome, stopper));
    }

    /**
     * A redelivered message whose command an earlier delivery started (recorded as {@code contextId/commandId}):
     * wait for that command instead of sending it again. Its context is destroyed afterwards with contextPolicy
     * perExchange, so a delivery that crashed mid-wait leaves no context behind either.
     */
    private CompletableFuture<StepResult> reattach(String recorded) {
        int slash = recorded.indexOf('/');
        contextId = recorded.substring(0, slash);
        commandId = recorded.substring(slash + 1);
        LOG.info("command: message {} already started command {} in context {} on cluster {}; waiting for it instead of"
                 + " running it again", context.exchange().getMessage().getMessageId(), commandId, contextId, clusterId);
        String started = commandId;
        return awaitCommand(started)
                .exceptionallyCompose(failure -> {
                    Throwable cause = Failures.unwrap(failure);
                    if (contextLost(cause)) {
                        return CompletableFuture.failedFuture(new dev.lakeroute.camel.databricks.error.DatabricksStateException(
                                CommandStep.NAME, started, "UNKNOWN", List.of("an earlier delivery of this message ran this command;"
                                + " its execution context is gone (destroyed, or the cluster restarted), and with it the result."
                                + " It is not run again: give the message a new CamelDatabricksIdempotencyToken to run it anyway")));
                    }
                    return CompletableFuture.failedFuture(cause);
                })
                .thenApply(status -> {
                    Map<String, Object> headers = headers();
                    headers.put(DatabricksConstants.REATTACHED, Boolean.TRUE);
                    return results.map(started, status, headers);
                });
    }

    private Map<String, Object> headers() {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(DatabricksConstants.CLUSTER_ID, clusterId);
        headers.put(DatabricksConstants.CONTEXT_ID, contextId);
        headers.put(DatabricksConstants.COMMAND_ID, commandId);
        headers.values().removeIf(java.util.Objects::isNull);
        return headers;
    }

    /** Clean up (cancel a command that did not end, destroy a per-exchange context), then hand on the outcome. */
    private CompletableFuture<StepResult> finish(CompletableFuture<StepResult> result, ProducerScope.InFlight stopper) {
        context.scope().done(stopper);
        CompletableFuture<Void> cleanup = CompletableFuture.completedFuture(null);
        if (result.isCompletedExceptionally() && !stopped) {
            Throwable failure = Failures.unwrap(result.handle((v, e) -> e).join());
            boolean commandEnded = failure instanceof dev.lakeroute.camel.databricks.error.DatabricksCommandException
                                   || failure instanceof DatabricksTimeoutException;
            if (commandId != null && !commandEnded) {
                cleanup = Calls.quietly(cancelCommand());
            }
        }
        if (policy == ContextPolicy.PER_EXCHANGE && !stopped) {
            cleanup = cleanup.thenCompose(done -> Calls.quietly(destroyOwnContext()));
        }
        return cleanup.thenCompose(done -> result);
    }

    private CompletableFuture<?> stop() {
        stopped = true;
        PollLoop<?, ?> current = waiting;
        if (current != null) {
            current.abort(new DatabricksStoppedException("the route stopped while command " + commandId + " was running",
                    CommandStep.NAME), dev.lakeroute.camel.databricks.error.WaitedFor.RemoteState.CANCELLED);
        }
        CompletableFuture<Void> cleanup = commandId == null ? CompletableFuture.completedFuture(null) : Calls.quietly(cancelCommand());
        if (policy == ContextPolicy.PER_EXCHANGE) {
            cleanup = cleanup.thenCompose(done -> Calls.quietly(destroyOwnContext()));
        }
        return cleanup;
    }

    // ---- contexts

    private CompletableFuture<String> context() {
        switch (policy) {
            case HEADER:
                String id = context.exchange().getMessage().getHeader(DatabricksConstants.CONTEXT_ID, String.class);
                if (id == null || id.isBlank()) {
                    return CompletableFuture.failedFuture(new DatabricksInvalidRequestException(CommandStep.NAME,
                            "header " + DatabricksConstants.CONTEXT_ID, "is missing with contextPolicy=header",
                            "the id of a context created with databricks:contexts/create"));
                }
                contextId = id;
                return CompletableFuture.completedFuture(id);
            case PER_EXCHANGE:
                return createContext();
            case SHARED:
            default:
                return shared().get(this::createContext).thenApply(shared -> {
                    contextId = shared;
                    return shared;
                });
        }
    }

    private SharedContext shared() {
        return context.scope().state(SHARED_KEY, key -> {
            SharedContext shared = new SharedContext(context.scope().poller().observer(), clusterId, language);
            // Captures this message's client and cluster: both are the endpoint's, the same for every message.
            context.scope().onStop(() -> shared.destroy(this::destroyContext));
            return shared;
        });
    }

    private CompletableFuture<String> createContext() {
        CompletableFuture<?> ready = options.autoStart()
                ? clusters.ensureRunning(context, options.ready(), clusterId, CommandStep.NAME) : CompletableFuture.completedFuture(null);
        return ready.thenCompose(cluster -> calls.json(context, "contexts/create",
                calls.fields().put("clusterId", clusterId).put("language", language)))
                .thenCompose(created -> {
                    String id = Calls.text(created, "id");
                    if (policy == ContextPolicy.PER_EXCHANGE) {
                        contextId = id;
                    }
                    LOG.debug("Created execution context {} on cluster {}", id, clusterId);
                    return awaitContext(id);
                });
    }

    private CompletableFuture<String> awaitContext(String id) {
        WaitSettings settings = options.ready();
        PollLoop<JsonNode, String> loop = new PollLoop<>(context.scope().poller(), settings.backoff(), settings.timeout(),
                settings.progress("contexts/create", "context", id),
                () -> calls.json(context, "contexts/status", calls.fields().put("clusterId", clusterId).put("contextId", id)),
                status -> {
                    String state = Calls.text(status, "status");
                    if ("Running".equals(state)) {
                        return Verdict.done(id);
                    }
                    if ("Error".equals(state)) {
                        return Verdict.failed(new DatabricksStateException("contexts/create", id, "Error",
                                List.of("the execution context could not start on cluster " + clusterId)));
                    }
                    return Verdict.pending(state == null ? "Pending" : state);
                },
                () -> destroyContext(id));
        waiting = loop;
        return loop.start();
    }

    private CompletableFuture<?> destroyOwnContext() {
        String id = contextId;
        return id == null ? CompletableFuture.completedFuture(null) : destroyContext(id);
    }

    private CompletableFuture<?> destroyContext(String id) {
        LOG.debug("Destroying execution context {} on cluster {}", id, clusterId);
        return calls.json(context, "contexts/destroy", calls.fields().put("clusterId", clusterId).put("contextId", id));
    }

    // ---- commands

    private CompletableFuture<String> executeIn(String ctx, Object body, boolean mayRecreate) {
        return execute(ctx, body).exceptionallyCompose(failure -> {
            Throwable cause = Failures.unwrap(failure);
            if (mayRecreate && policy == ContextPolicy.SHARED && contextLost(cause) && !stopped) {
                // The cluster restarted (or the context idled out): contexts die with it. Start over once.
                LOG.info("command: execution context {} on cluster {} is gone ({}); creating a new one", ctx, clusterId,
                        cause.getMessage());
                SharedContext shared = shared();
                shared.invalidate(ctx);
                // Usually gone with the cluster; if it was refused for another reason it must not linger.
                Calls.quietly(destroyContext(ctx));
                return shared.get(this::createContext).thenCompose(fresh -> {
                    contextId = fresh;
                    return executeIn(fresh, body, false);
                });
            }
            return CompletableFuture.failedFuture(cause);
        });
    }

    static boolean contextLost(Throwable failure) {
        return failure instanceof DatabricksException e && (e.getHttpStatus() == 400 || e.getHttpStatus() == 404);
    }

    private CompletableFuture<String> execute(String ctx, Object body) {
        CompletableFuture<JsonNode> answer;
        if (body instanceof String text) {
            ObjectNode fields = calls.fields().put("clusterId", clusterId).put("contextId", ctx).put("language", language)
                    .put("command", text);
            answer = calls.json(context, "commands/execute", fields);
        } else {
            answer = executeFile(ctx, body);
        }
        return answer.thenApply(executed -> {
            commandId = Calls.text(executed, "id");
            if (stopped) {
                cancelCommand();
            }
            return commandId;
        });
    }

    private CompletableFuture<JsonNode> executeFile(String ctx, Object body) {
        Multipart multipart = new Multipart();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("language", language);
        fields.put("clusterId", clusterId);
        fields.put("contextId", ctx);
        byte[] payload;
        try (InputStream in = open(body)) {
            payload = multipart.build(fields, "command", fileName(body), in);
        } catch (IOException e) {
            return CompletableFuture.failedFuture(new UncheckedIOException("Cannot read the command file", e));
        }
        OperationRequest request = calls.request("commands/execute", null, calls.fields());
        return context.client().stream(request, multipart.contentType(), () -> HttpRequest.BodyPublishers.ofByteArray(payload),
                        true, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> {
                    try {
                        return calls.mapper().readTree(response.content());
                    } catch (IOException e) {
                        throw new CompletionException(new DatabricksException(response.status(), null,
                                "the response is not valid JSON", "commands/execute", response.requestId()));
                    }
                });
    }

    private static InputStream open(Object body) throws IOException {
        if (body instanceof File file) {
            return Files.newInputStream(file.toPath());
        }
        if (body instanceof Path path) {
            return Files.newInputStream(path);
        }
        return (InputStream) body;
    }

    private static String fileName(Object body) {
        if (body instanceof File file) {
            return file.getName();
        }
        if (body instanceof Path path) {
            return String.valueOf(path.getFileName());
        }
        return "command";
    }

    private CompletableFuture<JsonNode> awaitCommand(String id) {
        WaitSettings settings = options.command();
        PollLoop<JsonNode, JsonNode> loop = new PollLoop<>(context.scope().poller(), settings.backoff(), settings.timeout(),
                settings.progress(CommandStep.NAME, "command", id),
                () -> calls.json(context, "commands/status", calls.fields().put("clusterId", clusterId)
                        .put("contextId", contextId).put("commandId", id)),
                status -> {
                    String state = Calls.text(status, "status");
                    return COMMAND_DONE.contains(state) ? Verdict.done(status) : Verdict.pending(state == null ? "Queued" : state);
                },
                this::cancelCommand);
        waiting = loop;
        if (stopped) {
            loop.abort(new DatabricksStoppedException("the route stopped while command " + id + " was starting", CommandStep.NAME),
                    dev.lakeroute.camel.databricks.error.WaitedFor.RemoteState.CANCELLED);
        }
        return loop.start();
    }

    private CompletableFuture<?> cancelCommand() {
        String id = commandId;
        if (id == null) {
            return CompletableFuture.completedFuture(null);
        }
        LOG.info("command: cancelling command {} on cluster {}", id, clusterId);
        return calls.json(context, "commands/cancel", calls.fields().put("clusterId", clusterId).put("contextId", contextId)
                .put("commandId", id));
    }
}
