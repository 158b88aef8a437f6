package dev.lakeroute.dblocal.controlplane.statements;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lakeroute.dblocal.driver.CommandResults;
import dev.lakeroute.dblocal.driver.DriverClient;
import dev.lakeroute.dblocal.support.Failures;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Runs a {@link CopyInto} on a warehouse's Spark driver as Databricks does: each source file is loaded into the
 * Delta table once. Which files a table holds is kept where Databricks keeps it, in the table's Delta log: the
 * commit that loads files carries their paths as its {@code userMetadata}, so the files and the rows are
 * committed together (a crash cannot leave rows without their record, or the reverse), and
 * {@code DESCRIBE HISTORY} shows them. {@code COPY_OPTIONS ('force' = 'true')} loads every file again.
 *
 * <p>Steps, each a query in a context of its own: the table's columns ({@code DESCRIBE TABLE}), the files it
 * already holds ({@code DESCRIBE HISTORY}), the source's columns and files, then one load: the new files' rows,
 * columns matched by name (case-insensitive; by position for a CSV without header) and cast to the table's types,
 * missing ones NULL. The result is Databricks': {@code num_affected_rows}, {@code num_inserted_rows},
 * {@code num_skipped_corrupt_files}.
 */
final class CopyIntoLoad {
    static final String MARKER = "databricks-local COPY INTO files: ";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "`__dblocal_copy_source`";
    private static final String NEW_ROWS = "`__dblocal_copy_new`";

    private final DriverClient client;
    private final int pageRows;
    private final String name;
    private volatile WarehouseQuery current;
    private volatile boolean cancelled;
    private int step;

    CopyIntoLoad(DriverClient client, int pageRows, String name) {
        this.client = client;
        this.pageRows = pageRows;
        this.name = name;
    }

    /** Runs the load after {@code setup} (USE catalog/schema) and hands its one result row to {@code rows}. */
    CompletableFuture<Boolean> run(List<String> setup, CopyInto copy, WarehouseQuery.Rows rows) {
        return query(setup, List.of("DESCRIBE TABLE " + copy.table())).thenCompose(described -> {
            List<Column> target = columns(described);
            return query(setup, List.of("DESCRIBE HISTORY " + copy.table())).thenCompose(history -> {
                Set<String> loaded = copy.force() ? Set.of() : loadedFiles(history);
                return sourceFiles(setup, copy).thenCompose(source -> {
                    List<String> fresh = source.files.stream().filter(file -> !loaded.contains(file)).toList();
                    if (fresh.isEmpty()) {
                        return CompletableFuture.completedFuture(result(rows, 0));
                    }
                    return load(setup, copy, target, source.columns, fresh)
                            .thenApply(inserted -> result(rows, inserted));
                });
            });
        });
    }

    void cancel() {
        cancelled = true;
        WarehouseQuery query = current;
        if (query != null) {
            query.cancel();
        }
    }

    private record Column(String name, String type) {
    }

    private record Source(List<String> columns, List<String> files) {
    }

    /** The source's column names and its files (as Spark names them, so the load's filter matches them exactly). */
    private CompletableFuture<Source> sourceFiles(List<String> setup, CopyInto copy) {
        String view = sourceView(copy);
        CompletableFuture<Table> described = query(setup, List.of(view, "DESCRIBE QUERY SELECT * FROM " + SOURCE));
        return described.thenCompose(columns -> query(setup, List.of(view,
                "SELECT DISTINCT input_file_name() AS path FROM " + SOURCE + " ORDER BY path"))
                .thenApply(files -> {
                    List<String> names = columns.data.stream().map(row -> row.get(0).asText()).toList();
                    List<String> paths = files.data.stream().map(row -> row.get(0).asText())
                            .filter(path -> copy.files().isEmpty() || copy.files().stream().anyMatch(path::endsWith)).toList();
                    return new Source(names, paths);
                }))
                .exceptionallyCompose(failure -> {
                    // An empty location has no schema to infer: Databricks loads nothing from it.
                    Throwable cause = Failures.cause(failure);
                    if (cause instanceof WarehouseQuery.SqlFailure && cause.getMessage().contains("UNABLE_TO_INFER_SCHEMA")) {
                        return CompletableFuture.completedFuture(new Source(List.of(), List.of()));
                    }
                    return CompletableFuture.failedFuture(cause);
                });
    }

    private CompletableFuture<Long> load(List<String> setup, CopyInto copy, List<Column> target, List<String> sourceColumns,
                                         List<String> files) {
        String metadata;
        try {
            metadata = MARKER + JSON.writeValueAsString(files);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String fileList = files.stream().map(CopyIntoLoad::literal).collect(Collectors.joining(", "));
        boolean byPosition = copy.format().equals("CSV") && copy.formatOptions().entrySet().stream()
                .noneMatch(e -> e.getKey().equalsIgnoreCase("header") && Boolean.parseBoolean(e.getValue()));
        List<String> select = new ArrayList<>();
        for (int i = 0; i < target.size(); i++) {
            Column column = target.get(i);
            String source = byPosition ? (i < sourceColumns.size() ? sourceColumns.get(i) : null)
                    : sourceColumns.stream().filter(c -> c.equalsIgnoreCase(column.name())).findFirst().orElse(null);
            select.add("CAST(" + (source == null ? "NULL" : identifier(source)) + " AS " + column.type() + ") AS " + identifier(column.name()));
        }
        List<String> script = List.of(
                // The commit's userMetadata is how the next COPY INTO knows these files are in the table.
                "SET spark.databricks.delta.commitInfo.userMetadata=" + metadata,
                sourceView(copy),
                "CREATE TEMPORARY VIEW " + NEW_ROWS + " AS SELECT * FROM " + SOURCE + " WHERE input_file_name() IN (" + fileList + ")",
                "INSERT INTO " + copy.table() + " SELECT " + String.join(", ", select) + " FROM " + NEW_ROWS,
                "SELECT count(*) FROM " + NEW_ROWS);
        return query(setup, script).thenApply(counted -> counted.data.isEmpty() ? 0L : counted.data.get(0).get(0).asLong());
    }

    private static String sourceView(CopyInto copy) {
        StringBuilder options = new StringBuilder("path " + literal(copy.sourcePath()));
        copy.formatOptions().forEach((key, value) -> options.append(", ").append(literal(key)).append(' ').append(literal(value)));
        return "CREATE TEMPORARY VIEW " + SOURCE + " USING " + copy.format().toLowerCase(Locale.ROOT) + " OPTIONS (" + options + ")";
    }

    private static List<Column> columns(Table described) {
        List<Column> columns = new ArrayList<>();
        for (JsonNode row : described.data) {
            String column = row.get(0).asText("");
            if (column.isBlank() || column.startsWith("#")) {
                break;
            }
            columns.add(new Column(column, row.get(1).asText()));
        }
        return columns;
    }

    /** The files earlier COPY INTO commits recorded in the table's history. */
    private static Set<String> loadedFiles(Table history) {
        int index = history.column("userMetadata");
        Set<String> files = new LinkedHashSet<>();
        if (index < 0) {
            return files;
        }
        for (JsonNode row : history.data) {
            String metadata = row.get(index).isNull() ? "" : row.get(index).asText();
            if (metadata.startsWith(MARKER)) {
                try {
                    JSON.readTree(metadata.substring(MARKER.length())).forEach(file -> files.add(file.asText()));
                } catch (JsonProcessingException e) {
                    // Not written by COPY INTO after all: nothing is recorded in it.
                }
            }
        }
        return files;
    }

    private static boolean result(WarehouseQuery.Rows rows, long inserted) {
        rows.schema(List.of(new CommandResults.SchemaField("num_affected_rows", "\"long\"", "{}"),
                new CommandResults.SchemaField("num_inserted_rows", "\"long\"", "{}"),
                new CommandResults.SchemaField("num_skipped_corrupt_files", "\"long\"", "{}")));
        rows.add(JSON.createArrayNode().add(inserted).add(inserted).add(0));
        return false;
    }

    private CompletableFuture<Table> query(List<String> setup, List<String> statements) {
        if (cancelled) {
            return CompletableFuture.failedFuture(new java.util.concurrent.CancellationException("The statement was cancelled"));
        }
        WarehouseQuery query = new WarehouseQuery(client, pageRows, name + "_copy" + (++step));
        current = query;
        Table table = new Table();
        return query.run(setup, statements, table).thenApply(cut -> table);
    }

    private static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String identifier(String value) {
        return "`" + value.replace("`", "``") + "`";
    }

    /** One query's rows as the driver sent them. */
    private static final class Table implements WarehouseQuery.Rows {
        private List<CommandResults.SchemaField> schema = List.of();
        private final List<JsonNode> data = new ArrayList<>();

        @Override
        public void schema(List<CommandResults.SchemaField> schema) {
            this.schema = schema;
            data.clear();
        }

        @Override
        public boolean add(JsonNode row) {
            data.add(row);
            return true;
        }

        int column(String name) {
            for (int i = 0; i < schema.size(); i++) {
                if (schema.get(i).name().equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
