package dev.lakeroute.dblocal.sparkdriver;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.spark.SparkContext;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * An API 1.2 execution context: a language context plus the one thread that runs its commands, so
 * commands of a context run in submission order while contexts run in parallel.
 */
final class ExecutionContext {
    private final String id;
    private final LanguageContext language;
    private final CommandRunner runner;
    private final ExecutorService thread;
    private final Map<String, Command> commands = new ConcurrentHashMap<>();
    private final CompletableFuture<ContextStatus> started = new CompletableFuture<>();
    private volatile ContextStatus status = ContextStatus.Pending;
    private volatile String error;

    ExecutionContext(String id, LanguageContext language, SparkContext sparkContext) {
        this.id = id;
        this.language = language;
        this.runner = new CommandRunner(sparkContext, language);
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "lakeroute-context-" + id);
            t.setDaemon(true);
            return t;
        });
    }

    String id() {
        return id;
    }

    String language() {
        return language.language();
    }

    ContextStatus status() {
        return status;
    }

    /** Completes once the context left Pending. */
    CompletableFuture<ContextStatus> started() {
        return started;
    }

    Optional<String> error() {
        return Optional.ofNullable(error);
    }

    Optional<String> note() {
        return language.note();
    }

    /** Starts the language context in the background; status goes Pending → Running or Error. */
    void start() {
        thread.execute(() -> {
            try {
                language.start();
                status = ContextStatus.Running;
            } catch (Throwable failure) {
                error = "The " + language.language() + " context could not start: " + failure;
                status = ContextStatus.Error;
                failure.printStackTrace();
            }
            started.complete(status);
        });
    }

    /** Runs after any command already queued, so a notebook sees the values from its next cell on. */
    CompletableFuture<Void> setWidgets(Map<String, String> widgets) {
        return CompletableFuture.runAsync(() -> {
            try {
                language.setWidgets(widgets);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, thread);
    }

    /** Like {@link #setWidgets}: the job task run whose upstream task values {@code dbutils.jobs.taskValues.get} reads. */
    CompletableFuture<Void> bindTaskRun(TaskRun taskRun) {
        return CompletableFuture.runAsync(() -> {
            try {
                language.bindTaskRun(taskRun);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, thread);
    }

    /** The task values the context's commands set so far. */
    Map<String, JsonNode> taskValues() {
        return language.taskValues();
    }

    Command submit(String commandId, String code) {
        if (status == ContextStatus.Error) {
            throw DriverError.invalidState("Context " + id + " is in state Error: " + error);
        }
        Command command = new Command(commandId, code);
        commands.put(commandId, command);
        try {
            thread.execute(() -> runner.run(command));
        } catch (RejectedExecutionException destroyed) {
            commands.remove(commandId);
            throw DriverError.notFound("Context " + id + " was destroyed");
        }
        return command;
    }

    Optional<Command> command(String commandId) {
        return Optional.ofNullable(commands.get(commandId));
    }

    void cancel(Command command) {
        runner.cancel(command);
    }

    /** Cancels what is queued or running, then closes the language context once its thread is free. */
    void destroy() {
        commands.values().forEach(runner::cancel);
        try {
            thread.execute(language::close);
        } catch (RejectedExecutionException alreadyDestroyed) {
            return;
        }
        thread.shutdown();
    }
}
