package dev.lakeroute.camel.databricks.copyinto;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.catalogue.Scope;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;
import dev.lakeroute.camel.databricks.request.OperationRequest;
import dev.lakeroute.camel.databricks.sql.StatementStep;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.CompositeStep;
import dev.lakeroute.camel.databricks.step.OptionCheck;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.step.StepResult;

/**
 * {@code databricks:sql/copy-into}: loads a location's files into a Delta table with Databricks SQL's
 * {@code COPY INTO}, run on the warehouse as {@code sql/statements/execute} is (waiting, cancelling on timeout,
 * query tags). COPY INTO loads each file once: calling the step again, or redelivering the message, loads only
 * files that arrived since. The body becomes COPY INTO's answer, one Map ({@code num_affected_rows},
 * {@code num_inserted_rows}, ...).
 */
public final class CopyIntoStep implements CompositeStep<CopyIntoStep.Options> {

    public static final String NAME = "sql/copy-into";
    static final Set<String> FORMATS = Set.of("CSV", "JSON", "PARQUET", "AVRO", "ORC", "TEXT", "BINARYFILE");

    /** The pseudo-operation: a statement on the warehouse; the warehouse, catalog and schema options are its fields. */
    public static final Operation OPERATION = new Operation(NAME, "POST", "/api/2.0/sql/statements", "2.0", Scope.WORKSPACE,
            List.of(), Set.of(), Set.of("warehouse_id", "catalog", "schema", "query_tags", "wait_timeout"), false);

    private final Calls calls;
    private final StatementStep statements;

    public record Options(String statement, StatementStep.Options run) {
    }

    public CopyIntoStep(Calls calls, StatementStep statements) {
        this.calls = calls;
        this.statements = statements;
    }

    @Override
    public Set<String> operations() {
        return Set.of(NAME);
    }

    @Override
    public List<Operation> ownOperations() {
        return List.of(OPERATION);
    }

    @Override
    public void validate(OptionCheck check) {
        DatabricksConfiguration c = check.config();
        boolean copy = serves(check.operation());
        check.onlyFor("fileLocation", c.getFileLocation() != null && !copy, NAME);
        check.onlyFor("fileFormat", c.getFileFormat() != null && !copy, NAME);
        prefixed(check, "formatOptions", !copy);
        prefixed(check, "copyOptions", !copy);
        // table is the SQL sensors' too: DatabricksConsumers refuses it on the other operations.
        if (!copy) {
            return;
        }
        required("warehouseId", c.getWarehouseId(), "the id of the SQL warehouse that runs COPY INTO");
        required("table", c.getTable(), "the Delta table to load, e.g. table=main.sales.orders");
        required("fileLocation", c.getFileLocation(), "the files' location, e.g. fileLocation=/Volumes/main/sales/landing");
        String format = required("fileFormat", c.getFileFormat(), String.join(", ", FORMATS.stream().sorted().toList()));
        if (!FORMATS.contains(format.toUpperCase(Locale.ROOT))) {
            throw new DatabricksConfigurationException("fileFormat", "is '" + format + "'",
                    String.join(", ", FORMATS.stream().sorted().toList()));
        }
        if (!c.getTable().matches("[\\w.`-]+")) {
            throw new DatabricksConfigurationException("table", "is '" + c.getTable() + "'",
                    "a table name: catalog.schema.table, letters, digits, _ and `quoted` parts");
        }
    }

    /** formatOptions.header=true on another operation: the URI names the prefixed option. */
    private static void prefixed(OptionCheck check, String option, boolean refused) {
        check.uriOptions().stream().filter(name -> name.startsWith(option + ".")).findFirst().ifPresent(name -> {
            if (refused) {
                throw new DatabricksConfigurationException(option, name + " is not used by this operation", "only with " + NAME);
            }
        });
    }

    private static String required(String option, String value, String allowed) {
        if (value == null || value.isBlank()) {
            throw new DatabricksConfigurationException(option, "is required by " + NAME, allowed);
        }
        return value;
    }

    @Override
    public Options options(DatabricksConfiguration config, Operation operation) {
        return new Options(statement(config), statements.options(config, operation));
    }

    /** The COPY INTO text: the options are literals, so nothing from the URI is read as SQL. */
    static String statement(DatabricksConfiguration c) {
        StringBuilder sql = new StringBuilder("COPY INTO ").append(c.getTable())
                .append("\nFROM ").append(literal(c.getFileLocation()))
                .append("\nFILEFORMAT = ").append(c.getFileFormat().toUpperCase(Locale.ROOT));
        if (!c.getFormatOptions().isEmpty()) {
            sql.append("\nFORMAT_OPTIONS (").append(options(c.getFormatOptions())).append(')');
        }
        if (!c.getCopyOptions().isEmpty()) {
            sql.append("\nCOPY_OPTIONS (").append(options(c.getCopyOptions())).append(')');
        }
        return sql.toString();
    }

    private static String options(Map<String, Object> options) {
        return String.join(", ", options.entrySet().stream()
                .map(e -> literal(e.getKey()) + " = " + literal(String.valueOf(e.getValue()))).toList());
    }

    private static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Override
    public CompletableFuture<StepResult> execute(StepContext context, Options options) {
        ObjectNode fields = context.request().fields().deepCopy();
        fields.set("statement", TextNode.valueOf(options.statement()));
        OperationRequest statement = calls.request("sql/statements/execute", context.request().apiVersion(), fields);
        return statements.execute(context.withRequest(statement), options.run()).thenApply(result -> {
            // COPY INTO answers one row: its counts are the body.
            Object body = result.body() instanceof List<?> rows && rows.size() == 1 ? rows.get(0) : result.body();
            return new StepResult(body, result.headers());
        });
    }
}
