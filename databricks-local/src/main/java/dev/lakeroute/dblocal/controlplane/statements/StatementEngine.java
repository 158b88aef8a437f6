package dev.lakeroute.dblocal.controlplane.statements;

import dev.lakeroute.dblocal.support.Failures;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.controlplane.resources.warehouses.QueryHistory;
import dev.lakeroute.dblocal.controlplane.resources.warehouses.QueryRecord;
import dev.lakeroute.dblocal.controlplane.resources.warehouses.WarehouseDirectory;
import dev.lakeroute.dblocal.controlplane.resources.warehouses.WarehouseDrivers;
import dev.lakeroute.dblocal.controlplane.resources.warehouses.WarehouseInfo;
import dev.lakeroute.dblocal.driver.CommandResults;
import dev.lakeroute.dblocal.driver.DriverClient;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.store.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs statements on SQL warehouses: binds parameters, starts a stopped warehouse and waits for it,
 * runs the statement on the warehouse's Spark driver (a few at a time per warehouse), keeps the result
 * in memory for the chunk calls and records every statement in the query history. One per server, shared
 * by the Statement Execution API and {@code sql_task}s.
 */
public final class StatementEngine {
    private static final Logger LOG = LoggerFactory.getLogger(StatementEngine.class);
    /** Statements running at once on one warehouse; more wait PENDING (the driver's context limit stays far). */
    static final int SLOTS_PER_WAREHOUSE = 4;
    private static final Set<String> STATEMENT_TYPES = Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "CREATE", "DROP",
            "ALTER", "TRUNCATE", "SHOW", "DESCRIBE", "USE", "SET", "REFRESH", "REPLACE", "COPY", "ANALYZE", "OPTIMIZE", "GRANT",
            "REVOKE", "EXPLAIN", "WITH", "VALUES", "CACHE", "UNCACHE");

    private final ServerContext context;
    private final WarehouseDirectory warehouses;
    private final QueryHistory history;
    private final Supplier<ChunkPolicy> chunks;
    private final Map<String, Statement> statements = new ConcurrentHashMap<>();
    private final Map<String, WarehouseSlots> slots = new ConcurrentHashMap<>();

    /** Runs statements on {@code warehouses}, recording each in {@code history}; result chunks as the system properties say. */
    public StatementEngine(ServerContext context, WarehouseDirectory warehouses, QueryHistory history) {
        this.context = context;
        this.warehouses = warehouses;
        this.history = history;
        this.chunks = ChunkPolicy::fromSystemProperties;
    }

    /**
     * Accepts a statement: refuses an unknown warehouse (404), answers FAILED statements for SQL that
     * cannot run (unbound parameters, no Spark), and otherwise queues it on its warehouse.
     */
    Statement submit(StatementRequest request, String userName) {
        WarehouseInfo warehouse = warehouses.find(request.warehouseId())
                .orElseThrow(() -> ApiException.notFound("SQL warehouse " + request.warehouseId() + " does not exist."));
        Statement statement = new Statement(Ids.uuid(), request, userName, context.clock().millis(), ended -> record(ended, null));
        statements.put(statement.id(), statement);
        record(statement, "QUEUED");

        List<String> sql;
        try {
            Map<String, String> literals = request.parameters().stream()
                    .collect(Collectors.toMap(StatementParameter::name, StatementParameter::literal));
            sql = SqlText.split(SqlText.bind(request.statement(), literals));
        } catch (SqlText.UnboundParameterException e) {
            statement.fail(StatementError.badRequest(e.getMessage()), now());
            return statement;
        }
        if (sql.isEmpty()) {
            statement.fail(StatementError.badRequest("[PARSE_EMPTY_STATEMENT] Syntax error, unexpected empty statement."), now());
            return statement;
        }
        Optional<WarehouseDrivers> drivers = warehouses.drivers();
        if (drivers.isEmpty()) {
            statement.fail(StatementError.badRequest("SQL warehouse " + warehouse.id() + " cannot run statements: the execution plane is off "
                    + "(this databricks-local runs without Spark; start it with Spark enabled, e.g. DatabricksLocal.builder().spark())."), now());
            return statement;
        }
        if (!warehouse.isRunning()) {
            // Databricks starts a stopped warehouse for a statement; the statement stays PENDING meanwhile.
            warehouses.start(warehouse.id());
        }
        WarehouseSlots queue = slots.computeIfAbsent(warehouse.id(), id -> new WarehouseSlots(SLOTS_PER_WAREHOUSE));
        warehouses.awaitRunning(warehouse.id())
                .thenCompose(running -> queue.acquire())
                .whenComplete((slot, failure) -> {
                    if (failure != null) {
                        statement.fail(StatementError.badRequest("The statement could not run: " + Failures.cause(failure).getMessage()), now());
                    } else {
                        run(statement, drivers.get(), sql).whenComplete((done, error) -> queue.release());
                    }
                });
        return statement;
    }

    Optional<Statement> find(String statementId) {
        return Optional.ofNullable(statements.get(statementId));
    }

    Statement require(String statementId) {
        return find(statementId).orElseThrow(() -> ApiException.notFound("Statement " + statementId + " does not exist."));
    }

    void cancel(String statementId) {
        require(statementId).cancel(now());
    }

    private CompletableFuture<Void> run(Statement statement, WarehouseDrivers drivers, List<String> sql) {
        String warehouseId = statement.request().warehouseId();
        Optional<DriverClient> client = drivers.client(warehouseId);
        if (client.isEmpty()) {
            statement.fail(StatementError.internal("SQL warehouse " + warehouseId + " has no running Spark driver"), now());
            return CompletableFuture.completedFuture(null);
        }
        Optional<CopyInto> copy;
        try {
            copy = copyInto(sql);
        } catch (CopyInto.SyntaxException e) {
            statement.fail(StatementError.badRequest(e.getMessage()), now());
            return CompletableFuture.completedFuture(null);
        }
        // Spark has no COPY INTO: it is run as an idempotent load of the location's new files.
        WarehouseQuery query = copy.isEmpty() ? new WarehouseQuery(client.get(), drivers.pageRows(), statement.id()) : null;
        CopyIntoLoad load = copy.isPresent() ? new CopyIntoLoad(client.get(), drivers.pageRows(), statement.id()) : null;
        if (!statement.markRunning(query != null ? query::cancel : load::cancel)) {
            return CompletableFuture.completedFuture(null);
        }
        record(statement, "RUNNING");
        Collector rows = new Collector(statement.request(), chunks.get());
        CompletableFuture<Boolean> ran = query != null ? query.run(setup(statement.request()), sql, rows)
                : load.run(setup(statement.request()), copy.get(), rows);
        return ran.handle((cut, failure) -> {
            Throwable cause = failure == null ? null : Failures.cause(failure);
            if (cause instanceof CancellationException) {
                statement.cancel(now());
            } else if (cause instanceof WarehouseQuery.SqlFailure) {
                statement.fail(StatementError.badRequest(cause.getMessage()), now());
            } else if (cause != null) {
                LOG.warn("Statement {} on warehouse {} failed", statement.id(), warehouseId, cause);
                statement.fail(StatementError.internal(cause.getMessage()), now());
            } else if (rows.overInlineLimit()) {
                statement.fail(StatementError.badRequest("The result of the statement is larger than the INLINE disposition allows ("
                        + rows.policy.inlineBytes() / (1024 * 1024) + " MiB); set row_limit or byte_limit to read part of it"), now());
            } else {
                statement.succeed(new StatementResult(statement.id(), rows.columns, rows.rows, cut || rows.cut, rows.policy), now());
            }
            return null;
        });
    }

    /** The COPY INTO the statements are, if any; it must be the only one (its load is several Spark queries). */
    private static Optional<CopyInto> copyInto(List<String> sql) {
        for (int i = 0; i < sql.size(); i++) {
            Optional<CopyInto> copy = CopyInto.parse(sql.get(i));
            if (copy.isPresent() && sql.size() > 1) {
                throw new CopyInto.SyntaxException("COPY INTO must be the only statement of a request on databricks-local; "
                        + "send the other " + (sql.size() - 1) + " statement(s) separately");
            }
            if (copy.isPresent()) {
                return copy;
            }
        }
        return Optional.empty();
    }

    /** {@code catalog} and {@code schema} as USE statements; {@code hive_metastore} is Spark's session catalog. */
    private static List<String> setup(StatementRequest request) {
        String catalog = request.catalog() == null ? null
                : request.catalog().equalsIgnoreCase("hive_metastore") ? "spark_catalog" : request.catalog();
        if (catalog != null && request.schema() != null) {
            return List.of("USE " + identifier(catalog) + "." + identifier(request.schema()));
        }
        if (catalog != null) {
            return List.of("USE " + identifier(catalog));
        }
        if (request.schema() != null) {
            return List.of("USE " + identifier(request.schema()));
        }
        return List.of();
    }

    private static String identifier(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /**
     * Records the statement in the query history: {@code runningStatus} (QUEUED, RUNNING) while it is
     * active — under the statement's lock, so a late RUNNING never overwrites the terminal entry — or,
     * with {@code null}, its terminal status.
     */
    private void record(Statement statement, String runningStatus) {
        if (context.closed()) {
            return;
        }
        if (runningStatus != null) {
            statement.whileActive(() -> writeHistory(statement, runningStatus));
        } else {
            writeHistory(statement, null);
        }
    }

    private void writeHistory(Statement statement, String runningStatus) {
        String status = runningStatus;
        StatementResult result = statement.result();
        if (status == null) {
            status = switch (statement.state()) {
                case SUCCEEDED, CLOSED -> "FINISHED";
                case CANCELED -> "CANCELED";
                default -> "FAILED";
            };
        }
        StatementError error = statement.error();
        history.record(new QueryRecord(statement.id(), statement.request().warehouseId(), statement.request().statement(), status,
                statement.userName(), statement.startMillis(), runningStatus == null ? statement.endMillis() : null,
                result == null ? null : result.rowCount(), statementType(statement.request().statement()),
                error == null ? null : error.message()));
    }

    static String statementType(String sql) {
        String stripped = sql.replaceAll("(?s)^(\\s|--[^\\n]*\\n?|/\\*.*?\\*/)*", "");
        String word = stripped.split("[\\s(;]+", 2)[0].toUpperCase(Locale.ROOT);
        return STATEMENT_TYPES.contains(word) ? (word.equals("WITH") || word.equals("VALUES") ? "SELECT" : word) : "OTHER";
    }

    private long now() {
        return context.clock().millis();
    }


    /** Turns driver rows into string cells, applying {@code row_limit}, {@code byte_limit} and the INLINE limit. */
    private static final class Collector implements WarehouseQuery.Rows {
        private final long maxRows;
        private final long maxBytes;
        private final Long requestedBytes;
        private final ChunkPolicy policy;
        private final ZoneId zone = ZoneId.systemDefault();
        private List<StatementResult.Column> columns = List.of();
        private List<List<String>> rows = new ArrayList<>();
        private long bytes;
        private boolean cut;
        private boolean overInline;

        Collector(StatementRequest request, ChunkPolicy policy) {
            this.policy = policy;
            this.maxRows = request.rowLimit() == null ? Long.MAX_VALUE : request.rowLimit();
            this.requestedBytes = request.byteLimit();
            this.maxBytes = requestedBytes == null ? policy.inlineBytes() : Math.min(requestedBytes, policy.inlineBytes());
        }

        @Override
        public void schema(List<CommandResults.SchemaField> schema) {
            List<StatementResult.Column> list = new ArrayList<>();
            for (int i = 0; i < schema.size(); i++) {
                list.add(new StatementResult.Column(schema.get(i).name(), i, ColumnTypes.of(schema.get(i).type())));
            }
            columns = List.copyOf(list);
            rows = new ArrayList<>();
            bytes = 0;
            cut = false;
            overInline = false;
        }

        @Override
        public boolean add(JsonNode row) {
            if (rows.size() >= maxRows) {
                cut = true;
                return false;
            }
            List<String> cells = new ArrayList<>(columns.size());
            for (int i = 0; i < row.size(); i++) {
                ColumnTypes.ColumnType type = i < columns.size() ? columns.get(i).type() : ColumnTypes.of("string");
                cells.add(CellText.of(row.get(i), type, zone));
            }
            long size = StatementResult.bytes(cells);
            if (bytes + size > maxBytes) {
                cut = true;
                // byte_limit cuts the result (truncated); only the INLINE limit itself aborts the statement.
                overInline = requestedBytes == null || requestedBytes > policy.inlineBytes();
                return false;
            }
            bytes += size;
            rows.add(java.util.Collections.unmodifiableList(cells));
            return true;
        }

        boolean overInlineLimit() {
            return overInline;
        }
    }
}
