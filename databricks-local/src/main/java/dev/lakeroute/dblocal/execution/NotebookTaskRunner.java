package dev.lakeroute.dblocal.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.jobs.TaskContext;
import dev.lakeroute.dblocal.controlplane.jobs.TaskOutcome;
import dev.lakeroute.dblocal.controlplane.jobs.TaskRunner;
import dev.lakeroute.dblocal.controlplane.workspace.Language;
import dev.lakeroute.dblocal.controlplane.workspace.Notebook;
import dev.lakeroute.dblocal.controlplane.workspace.WorkspaceFiles;
import dev.lakeroute.dblocal.driver.CommandInfo;
import dev.lakeroute.dblocal.driver.CommandResults;
import dev.lakeroute.dblocal.driver.DriverClient;
import dev.lakeroute.dblocal.driver.SparkDriverRuntime;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.Json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code notebook_task}: runs a SOURCE notebook of the workspace cell by cell on the task's cluster, in
 * an execution context of the notebook's language (and one per other language its magic cells use),
 * with {@code base_parameters} (run-now {@code notebook_params} merged in by the engine) and the job's
 * parameters as widgets. The first failing cell fails the task with its error; {@code
 * dbutils.notebook.exit(value)} ends it with {@code notebook_output.result}; what it sets with {@code
 * dbutils.jobs.taskValues.set} becomes the task run's task values. Python contexts are plain
 * python3 without Spark; R notebooks and Git sources fail saying so.
 */
final class NotebookTaskRunner implements TaskRunner {
    private final SparkDriverRuntime spark;

    NotebookTaskRunner(SparkDriverRuntime spark) {
        this.spark = spark;
    }

    @Override
    public CompletableFuture<TaskOutcome> run(TaskContext task) {
        ObjectNode settings = task.settings();
        String path = settings.path("notebook_path").asText("");
        if (path.isBlank()) {
            return done(TaskOutcome.internalError("Task " + task.taskKey() + ": notebook_task.notebook_path is required."));
        }
        if ("GIT".equalsIgnoreCase(settings.path("source").asText(""))) {
            return done(TaskOutcome.internalError("Task " + task.taskKey() + ": notebooks from Git sources (source GIT) are not "
                    + "supported by databricks-local; import the notebook into the workspace and use source WORKSPACE."));
        }
        Notebook notebook;
        try {
            notebook = new WorkspaceFiles(task.server().store(), task.server().clock()).readNotebook(path);
        } catch (ApiException e) {
            String message = "Unable to access the notebook \"" + path + "\": " + e.getMessage();
            return done(TaskOutcome.failed(message, message, null, null, false));
        }
        if (notebook.language() == Language.R) {
            String message = "Notebook " + notebook.path() + " is an R notebook; R is not supported by databricks-local (no R runtime).";
            return done(TaskOutcome.failed(message, message, null, null, false));
        }
        Optional<DriverClient> driver = SparkTasks.driverOf(spark, task);
        if (driver.isEmpty()) {
            return done(TaskOutcome.internalError(SparkTasks.noDriver(task)));
        }
        List<NotebookCells.Cell> cells = NotebookCells.of(notebook);
        DriverSession session = new DriverSession(driver.get(), widgets(task), SparkTasks.taskRun(task));
        // The values the notebook set are read back before withSession destroys its contexts.
        return SparkTasks.withSession(session, s -> runCells(s, notebook, cells, 0)
                .thenCompose(outcome -> s.taskValues().thenApply(outcome::withTaskValues)));
    }

    /** Widgets: the task's parameters, then the job's parameters, which win on a name clash as on Databricks. */
    private static Map<String, String> widgets(TaskContext task) {
        Map<String, String> widgets = new LinkedHashMap<>();
        task.settings().path("base_parameters").fields().forEachRemaining(field -> widgets.put(field.getKey(), text(field.getValue())));
        widgets.putAll(task.jobParameters());
        return widgets;
    }

    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private CompletableFuture<TaskOutcome> runCells(DriverSession session, Notebook notebook, List<NotebookCells.Cell> cells, int index) {
        if (index >= cells.size()) {
            ObjectNode output = Json.object();
            output.putObject("notebook_output");
            return done(TaskOutcome.success(null, false, output));
        }
        NotebookCells.Cell cell = cells.get(index);
        if (cell.unsupported() != null) {
            String message = "Cell " + cell.number() + " of " + notebook.path() + ": " + cell.unsupported();
            return done(TaskOutcome.failed(message, message, null, null, false));
        }
        if (cell.skipped() || cell.code().isBlank()) {
            return runCells(session, notebook, cells, index + 1);
        }
        return session.run(cell.language(), cell.code()).thenCompose(info -> {
            CommandResults results = info.results();
            if (results != null && results.notebookExitValue() != null) {
                SparkTasks.Limited value = SparkTasks.Limited.of(results.notebookExitValue());
                return done(TaskOutcome.notebookResult(value.text(), value.truncated(), null));
            }
            if (!"Finished".equals(info.status()) || (results != null && results.isError())) {
                return session.context(cell.language()).thenApply(context -> failure(notebook, cell, info, context.note()));
            }
            return runCells(session, notebook, cells, index + 1);
        });
    }

    private static TaskOutcome failure(Notebook notebook, NotebookCells.Cell cell, CommandInfo info, String contextNote) {
        CommandResults results = info.results();
        String summary = results == null || results.summary() == null
                ? "The command ended " + info.status() : results.summary();
        String cause = results == null ? null : results.cause();
        String message = "Cell " + cell.number() + " of " + notebook.path() + " failed: " + summary;
        if ("python".equals(cell.language()) && contextNote != null && !contextNote.isBlank()) {
            message += " (" + contextNote + ")";
        }
        SparkTasks.Limited trace = SparkTasks.Limited.of(cause);
        return TaskOutcome.failed(message, summary, trace.text(), null, false);
    }

    private static CompletableFuture<TaskOutcome> done(TaskOutcome outcome) {
        return CompletableFuture.completedFuture(outcome);
    }
}
