package dev.lakeroute.dblocal.controlplane.statements;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.jobs.TaskContext;
import dev.lakeroute.dblocal.controlplane.jobs.TaskFiles;
import dev.lakeroute.dblocal.controlplane.jobs.TaskOutcome;
import dev.lakeroute.dblocal.controlplane.jobs.TaskRunner;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.StateStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code sql_task} with a {@code file}: the .sql file's statements (split at top-level semicolons) run
 * in order in one session on {@code sql_task.warehouse_id} through the Statement Execution engine (so
 * temp views and {@code SET} carry from one to the next, as in a Databricks SQL file task), with
 * {@code sql_task.parameters} bound to {@code :name} markers as strings. The first failing statement
 * fails the task; the last one's rows go to the task's logs. Saved queries, alerts and dashboards are
 * not stored by databricks-local, so those tasks fail saying so.
 */
public final class SqlTaskRunner implements TaskRunner {
    private static final int SHOWN_ROWS = 20;
    private static final String RUN_AS = "databricks-local-jobs";

    private final StatementEngine engine;
    private final TaskFiles files;

    public SqlTaskRunner(StatementEngine engine, StateStore store) {
        this.engine = engine;
        this.files = new TaskFiles(store);
    }

    @Override
    public boolean needsCluster() {
        return false;
    }

    @Override
    public CompletableFuture<TaskOutcome> run(TaskContext context) {
        ObjectNode settings = context.settings();
        String task = "Task " + context.taskKey();
        String warehouseId = settings.path("warehouse_id").asText("");
        if (warehouseId.isBlank()) {
            return done(failed(task + ": sql_task.warehouse_id is required."));
        }
        if (settings.has("query")) {
            return done(failed(task + ": sql_task.query runs the saved query " + settings.path("query").path("query_id").asText("?")
                    + ", but databricks-local does not store saved queries; put the SQL in a file and use sql_task.file."));
        }
        if (settings.has("alert") || settings.has("dashboard")) {
            String kind = settings.has("alert") ? "alert" : "dashboard";
            return done(failed(task + ": sql_task." + kind + " is not supported: databricks-local does not evaluate SQL "
                    + kind + "s; use sql_task.file."));
        }
        if (!settings.has("file")) {
            return done(failed(task + ": sql_task needs one of query, file, alert or dashboard."));
        }
        String path = settings.path("file").path("path").asText("");
        if ("GIT".equalsIgnoreCase(settings.path("file").path("source").asText(""))) {
            return done(failed(task + ": SQL files from Git sources are not supported by databricks-local."));
        }
        Optional<String> sql = read(path);
        if (sql.isEmpty()) {
            return done(failed(task + ": cannot read the SQL file " + path
                    + ": it does not exist (databricks-local reads dbfs:/, /Volumes/ and workspace paths)."));
        }
        List<String> statements = SqlText.split(sql.get());
        if (statements.isEmpty()) {
            return done(failed(task + ": the SQL file " + path + " contains no statement."));
        }
        List<StatementParameter> parameters = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = settings.path("parameters").fields();
        try {
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                parameters.add(new StatementParameter(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText(), "STRING"));
            }
        } catch (ApiException e) {
            return done(failed(task + ": " + e.getMessage()));
        }
        String script = String.join(";\n", statements);
        Statement statement;
        try {
            statement = engine.submit(new StatementRequest(script, warehouseId, null, null, List.copyOf(parameters), null, null,
                    Duration.ZERO, false), RUN_AS);
        } catch (ApiException e) {
            return done(failed(task + ": " + e.getMessage()));
        }
        CompletableFuture<TaskOutcome> outcome = statement.finished().thenApply(state -> outcome(statement, state, path, statements));
        outcome.whenComplete((result, failure) -> {
            if (outcome.isCancelled()) {
                engine.cancel(statement.id());
            }
        });
        return outcome;
    }

    private static TaskOutcome outcome(Statement statement, Statement.State state, String path, List<String> statements) {
        StringBuilder logs = new StringBuilder();
        logs.append("Ran ").append(path).append(" (").append(statements.size()).append(statements.size() == 1 ? " statement" : " statements")
                .append(") as statement ").append(statement.id()).append(": ").append(state).append('\n');
        ObjectNode output = Json.object();
        output.putObject("sql_output").putObject("query_output")
                .put("query_text", statement.request().statement())
                .put("warehouse_id", statement.request().warehouseId())
                .put("endpoint_id", statement.request().warehouseId())
                .putArray("sql_statements").addObject().put("lookup_key", statement.id());
        if (state != Statement.State.SUCCEEDED) {
            String error = statement.error() == null ? "The statement was " + state : statement.error().message();
            logs.append(error).append('\n');
            String message = "The SQL file " + path + " " + state + ": " + error;
            return TaskOutcome.failed(message, error, null, logs.toString(), false).withOutput(output);
        }
        appendRows(logs, statement.result());
        return TaskOutcome.success(logs.toString(), false, output);
    }

    /** The last statement's rows, as a small text table. */
    private static void appendRows(StringBuilder logs, StatementResult result) {
        if (result == null || result.columns().isEmpty()) {
            return;
        }
        logs.append(String.join(" | ", result.columns().stream().map(StatementResult.Column::name).toList())).append('\n');
        result.rows().stream().limit(SHOWN_ROWS).forEach(row -> logs.append(String.join(" | ",
                row.stream().map(cell -> cell == null ? "NULL" : cell).toList())).append('\n'));
        if (result.rowCount() > SHOWN_ROWS) {
            logs.append("(").append(result.rowCount() - SHOWN_ROWS).append(" more rows)\n");
        }
    }

    private Optional<String> read(String path) {
        try {
            Optional<Path> file = files.find(path, ".sql");
            return file.isEmpty() ? Optional.empty() : Optional.of(Files.readString(file.get(), StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static TaskOutcome failed(String message) {
        return TaskOutcome.failed(message, message, null, null, false);
    }

    private static CompletableFuture<TaskOutcome> done(TaskOutcome outcome) {
        return CompletableFuture.completedFuture(outcome);
    }
}
