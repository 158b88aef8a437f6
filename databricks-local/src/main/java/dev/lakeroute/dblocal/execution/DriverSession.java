package dev.lakeroute.dblocal.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.driver.CommandInfo;
import dev.lakeroute.dblocal.driver.ContextInfo;
import dev.lakeroute.dblocal.driver.DriverClient;
import dev.lakeroute.dblocal.driver.DriverException;
import dev.lakeroute.dblocal.http.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * The execution contexts one task run uses on its cluster's driver: at most one per language, created
 * on first use with the task's widgets, all destroyed by {@link #close}. Everything is asynchronous (the
 * driver answers long waits itself), so a task run holds no thread while Spark works. {@link #close}
 * during a command cancels it first (its Spark job group), so a cancelled run stops computing at once.
 */
final class DriverSession {
    private static final Logger LOG = LoggerFactory.getLogger(DriverSession.class);
    /** How long one status request may wait on the driver; the driver caps it at 30 s. */
    private static final Duration LONG_POLL = Duration.ofSeconds(25);
    /** A context's interpreter takes a few seconds to start; a driver under load may take much longer. */
    private static final long CONTEXT_START_LIMIT_MILLIS = Duration.ofMinutes(3).toMillis();

    /** A context that started, with the note its driver gave (python: no Spark). */
    record StartedContext(String id, String language, String note) {
    }

    private record Running(String contextId, String commandId) {
    }

    private final DriverClient client;
    private final Map<String, String> widgets;
    private final JsonNode taskRun;
    private final Map<String, CompletableFuture<StartedContext>> contexts = new LinkedHashMap<>();
    private Running running;
    private boolean closed;

    /** @param taskRun the job task run its contexts serve ({@code {task_key, upstream_values}}), for task values */
    DriverSession(DriverClient client, Map<String, String> widgets, JsonNode taskRun) {
        this.client = client;
        this.widgets = Map.copyOf(widgets);
        this.taskRun = taskRun;
    }

    /** The running context of {@code language} ({@code scala}, {@code sql}, {@code python}), created on first use. */
    synchronized CompletableFuture<StartedContext> context(String language) {
        if (closed) {
            return CompletableFuture.failedFuture(new CancellationException("The task run was stopped"));
        }
        return contexts.computeIfAbsent(language, key -> client.createContext(key, widgets, taskRun)
                .thenCompose(id -> awaitStarted(id, key, System.currentTimeMillis() + CONTEXT_START_LIMIT_MILLIS)));
    }

    private CompletableFuture<StartedContext> awaitStarted(String contextId, String language, long deadline) {
        return client.contextStatus(contextId, LONG_POLL).thenCompose(info -> {
            if ("Running".equals(info.status())) {
                return CompletableFuture.completedFuture(new StartedContext(contextId, language, info.note()));
            }
            if ("Error".equals(info.status())) {
                throw new DriverException(500, "INTERNAL_ERROR", "The " + language + " execution context did not start: "
                        + (info.error() == null ? "(no reason given)" : info.error()));
            }
            if (isClosed()) {
                // close() only destroys contexts that started; this one never will for this run.
                client.destroyContext(contextId).exceptionally(gone -> null);
                throw new CancellationException("The task run was stopped");
            }
            if (System.currentTimeMillis() > deadline) {
                client.destroyContext(contextId).exceptionally(gone -> null);
                throw new DriverException(500, "INTERNAL_ERROR", "The " + language + " execution context did not start within "
                        + Duration.ofMillis(CONTEXT_START_LIMIT_MILLIS).toMinutes() + " minutes");
            }
            return awaitStarted(contextId, language, deadline);
        });
    }

    /** Runs {@code code} in the context of {@code language}; completes with the command's final state. */
    CompletableFuture<CommandInfo> run(String language, String code) {
        return context(language).thenCompose(context -> client.execute(context.id(), code).thenCompose(commandId -> {
            synchronized (this) {
                if (closed) {
                    client.cancel(context.id(), commandId).exceptionally(gone -> null);
                    throw new CancellationException("The task run was stopped");
                }
                running = new Running(context.id(), commandId);
            }
            return awaitCommand(context.id(), commandId);
        })).whenComplete((info, error) -> {
            synchronized (this) {
                running = null;
            }
        });
    }

    private CompletableFuture<CommandInfo> awaitCommand(String contextId, String commandId) {
        return client.commandStatus(contextId, commandId, LONG_POLL).thenCompose(info -> {
            if (info.isTerminal()) {
                return CompletableFuture.completedFuture(info);
            }
            if (isClosed()) {
                throw new CancellationException("The task run was stopped");
            }
            return awaitCommand(contextId, commandId);
        });
    }

    /** The task values the session's contexts set, merged in the order the contexts were created. */
    CompletableFuture<ObjectNode> taskValues() {
        List<CompletableFuture<StartedContext>> started;
        synchronized (this) {
            started = new ArrayList<>(contexts.values());
        }
        ObjectNode merged = Json.object();
        CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
        for (CompletableFuture<StartedContext> context : started) {
            all = all.thenCompose(ignored -> context.thenCompose(c -> client.taskValues(c.id())))
                    .thenAccept(values -> values.fields().forEachRemaining(value -> merged.set(value.getKey(), value.getValue())));
        }
        return all.thenApply(ignored -> merged);
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Cancels the running command (if any), then destroys every context of the session, including those
     * still starting. Completes when the driver has been told; failures (a driver already gone) are logged.
     */
    CompletableFuture<Void> close() {
        Running current;
        List<CompletableFuture<StartedContext>> started;
        synchronized (this) {
            if (closed) {
                return CompletableFuture.completedFuture(null);
            }
            closed = true;
            current = running;
            started = new ArrayList<>(contexts.values());
        }
        CompletableFuture<Void> cancelled = current == null ? CompletableFuture.completedFuture(null)
                : client.cancel(current.contextId(), current.commandId()).exceptionally(error -> {
                    LOG.debug("Cancel of command {} failed: {}", current.commandId(), error.getMessage());
                    return null;
                });
        return cancelled.thenCompose(ignored -> CompletableFuture.allOf(started.stream()
                .map(context -> context.thenCompose(c -> client.destroyContext(c.id()))
                        .exceptionally(error -> {
                            LOG.debug("Execution context not destroyed: {}", error.getMessage());
                            return null;
                        }))
                .toArray(CompletableFuture[]::new)));
    }
}
