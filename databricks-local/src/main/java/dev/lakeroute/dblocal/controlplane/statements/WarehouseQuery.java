package dev.lakeroute.dblocal.controlplane.statements;

import dev.lakeroute.dblocal.support.Failures;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.driver.CommandInfo;
import dev.lakeroute.dblocal.driver.CommandResults;
import dev.lakeroute.dblocal.driver.DriverClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Runs one statement on a warehouse's Spark driver, in a sql context (a Spark session) of its own that
 * is destroyed afterwards, so {@code USE}, {@code SET} and temp views never leak between statements.
 *
 * <p>The driver caps one table result at {@code pageRows} rows. A longer result is read in pages: the
 * last statement is re-run once as {@code CACHE TABLE … AS …} (a consistent snapshot, even for
 * non-deterministic queries), read with {@code LIMIT/OFFSET}, and uncached. A result that cannot be
 * cached (not a query) keeps its first page and counts as truncated.
 */
final class WarehouseQuery {
    /** Receives the result: the schema once, then rows in order until it answers false (limit reached). */
    interface Rows {
        void schema(List<CommandResults.SchemaField> schema);

        boolean add(JsonNode row);
    }

    /** A SQL error on the driver (Spark's AnalysisException, a parse error, …): the statement FAILED. */
    static final class SqlFailure extends RuntimeException {
        SqlFailure(String message) {
            super(message);
        }
    }

    private static final Duration POLL = Duration.ofSeconds(30);

    private final DriverClient client;
    private final int pageRows;
    private final String cacheName;
    private volatile String contextId;
    private volatile String commandId;
    private volatile boolean cancelled;

    /** @param name unique per statement; names the cached snapshot of a long result */
    WarehouseQuery(DriverClient client, int pageRows, String name) {
        this.client = client;
        this.pageRows = pageRows;
        this.cacheName = "`__dblocal_result_" + name.replaceAll("[^A-Za-z0-9_]", "_") + "`";
    }

    /**
     * Runs {@code setup} and {@code statements} (the last one's rows are the result) and feeds the rows to
     * {@code rows}; completes with whether rows were left over (the result was cut), fails with
     * {@link SqlFailure} or {@link CancellationException}.
     */
    CompletableFuture<Boolean> run(List<String> setup, List<String> statements, Rows rows) {
        String script = String.join(";\n", concat(setup, statements));
        String last = statements.get(statements.size() - 1);
        CompletableFuture<Boolean> outcome = client.createContext("sql", Map.of())
                .thenCompose(context -> {
                    contextId = context;
                    return command(script);
                })
                .thenCompose(first -> {
                    CommandResults results = table(first);
                    rows.schema(results.schema() == null ? List.of() : results.schema());
                    boolean full = addAll(results.data(), rows);
                    if (!full) {
                        return CompletableFuture.completedFuture(true);
                    }
                    if (!Boolean.TRUE.equals(results.truncated())) {
                        return CompletableFuture.completedFuture(false);
                    }
                    return pageThrough(last, rows);
                });
        return outcome.whenComplete((done, failure) -> destroyContext());
    }

    /** Cancels the running Spark jobs; the run then fails with {@link CancellationException}. */
    void cancel() {
        cancelled = true;
        String context = contextId;
        String command = commandId;
        if (context != null && command != null) {
            client.cancel(context, command).exceptionally(gone -> null);
        }
    }

    private CompletableFuture<Boolean> pageThrough(String last, Rows rows) {
        CompletableFuture<Boolean> paged = new CompletableFuture<>();
        command("CACHE TABLE " + cacheName + " AS " + last).whenComplete((cached, failure) -> {
            if (failure != null || cached.results() == null || cached.results().isError()) {
                if (failure != null && Failures.cause(failure) instanceof CancellationException) {
                    paged.completeExceptionally(Failures.cause(failure));
                } else {
                    // Not a query (SHOW … with more rows than a page, say): the first page is what there is.
                    paged.complete(true);
                }
                return;
            }
            page(0, rows).whenComplete((more, pageFailure) -> command("UNCACHE TABLE IF EXISTS " + cacheName)
                    .whenComplete((uncached, ignored) -> {
                        if (pageFailure != null) {
                            paged.completeExceptionally(Failures.cause(pageFailure));
                        } else {
                            paged.complete(more);
                        }
                    }));
        });
        return paged;
    }

    /** Reads the cached snapshot from {@code offset} on, page by page; the first rows were already taken from it anew. */
    private CompletableFuture<Boolean> page(long offset, Rows rows) {
        return command("SELECT * FROM " + cacheName + " LIMIT " + pageRows + " OFFSET " + offset).thenCompose(info -> {
            CommandResults results = table(info);
            if (offset == 0) {
                // The snapshot replaces the first run's rows, which may differ for non-deterministic queries.
                rows.schema(results.schema() == null ? List.of() : results.schema());
            }
            boolean room = addAll(results.data(), rows);
            if (!room) {
                return CompletableFuture.completedFuture(true);
            }
            if (results.data() == null || results.data().size() < pageRows) {
                return CompletableFuture.completedFuture(false);
            }
            return page(offset + pageRows, rows);
        });
    }

    private static boolean addAll(JsonNode data, Rows rows) {
        if (data == null || !data.isArray()) {
            return true;
        }
        for (JsonNode row : data) {
            if (!rows.add(row)) {
                return false;
            }
        }
        return true;
    }

    private CompletableFuture<CommandInfo> command(String code) {
        if (cancelled) {
            return CompletableFuture.failedFuture(new CancellationException("The statement was cancelled"));
        }
        return client.execute(contextId, code).thenCompose(id -> {
            commandId = id;
            if (cancelled) {
                client.cancel(contextId, id).exceptionally(gone -> null);
            }
            return poll(id);
        });
    }

    private CompletableFuture<CommandInfo> poll(String id) {
        return client.commandStatus(contextId, id, POLL).thenCompose(info -> {
            if (!info.isTerminal()) {
                return poll(id);
            }
            if ("Cancelled".equals(info.status()) || cancelled) {
                throw new CancellationException("The statement was cancelled");
            }
            return CompletableFuture.completedFuture(info);
        });
    }

    private static CommandResults table(CommandInfo info) {
        CommandResults results = info.results();
        if (results == null) {
            throw new SqlFailure("The Spark driver ended the statement in state " + info.status() + " without a result");
        }
        if (results.isError()) {
            throw new SqlFailure(message(results));
        }
        return results;
    }

    /** Spark's message without the exception class the driver puts first ({@code org.apache.spark.sql.AnalysisException: }). */
    private static String message(CommandResults results) {
        String summary = results.summary() == null ? "" : results.summary();
        String stripped = summary.replaceFirst("^[\\w.$]+(Exception|Error): ", "");
        return stripped.isBlank() ? (results.cause() == null ? "The statement failed" : results.cause().lines().findFirst().orElse("")) : stripped;
    }

    private void destroyContext() {
        String context = contextId;
        if (context != null) {
            client.destroyContext(context).exceptionally(gone -> null);
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

}
