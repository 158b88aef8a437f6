package dev.lakeroute.camel.databricks.consumer;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollEndpoint;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.catalogue.Scope;
import dev.lakeroute.camel.databricks.client.DatabricksClient;
import dev.lakeroute.camel.databricks.copyinto.CopyIntoStep;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;
import dev.lakeroute.camel.databricks.poll.PollScheduler;
import dev.lakeroute.camel.databricks.request.RequestDefaults;
import dev.lakeroute.camel.databricks.sql.StatementStep;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.OptionCheck;

/**
 * Which operations can be used in {@code from("databricks:...")} and the sensor each gets. Options are
 * checked here, when the endpoint is created or the route starts, so a mistake fails the route with the option and
 * what it accepts.
 */
public final class DatabricksConsumers {

    /** {@code fs/directories} reads as the directory listing (fs/directories/list) with {@code path} as its directory. */
    public static final String DIRECTORY_ALIAS = "fs/directories";
    public static final List<String> OPERATIONS = List.of(RunsSensor.OPERATION, "dbfs/list", DIRECTORY_ALIAS,
            FileSensor.Listing.FILES.operation, ClusterEventsSensor.OPERATION, SqlSensor.OPERATION, PartitionSensor.OPERATION,
            TableVersionSensor.OPERATION);
    /** The SQL sensors: not catalogue operations but statements on a warehouse, so consumers only. */
    public static final List<Operation> SQL_SENSORS = List.of(sqlSensor(SqlSensor.OPERATION), sqlSensor(PartitionSensor.OPERATION),
            sqlSensor(TableVersionSensor.OPERATION));
    static final Set<String> RESULT_STATES = Set.of("SUCCESS", "FAILED", "TIMEDOUT", "CANCELED", "SKIPPED", "INTERNAL_ERROR",
            "SUCCESS_WITH_FAILURES", "UPSTREAM_FAILED", "UPSTREAM_CANCELED", "EXCLUDED", "MAXIMUM_CONCURRENT_RUNS_REACHED",
            "DISABLED");
    /** The operations that read the {@code table} option. */
    private static final Set<String> TABLE_USERS = Set.of(CopyIntoStep.NAME, PartitionSensor.OPERATION, TableVersionSensor.OPERATION);

    private DatabricksConsumers() {
    }

    private static Operation sqlSensor(String name) {
        return new Operation(name, "POST", "/api/2.0/sql/statements", "2.0", Scope.WORKSPACE, List.of(), Set.of(),
                Set.of("warehouse_id"), false);
    }

    /** The catalogue name of {@code operation}: {@code fs/directories} is fs/directories/list; every other name is itself. */
    public static String canonicalOperation(String operation) {
        return DIRECTORY_ALIAS.equals(operation) ? FileSensor.Listing.FILES.operation : operation;
    }

    /** What {@code operation}'s requests carry: for {@code fs/directories}, the {@code path} option is the directory_path field. */
    public static RequestDefaults requestDefaults(String operation, RequestDefaults defaults) {
        return DIRECTORY_ALIAS.equals(operation) ? defaults.withPathAs("directory_path") : defaults;
    }

    /**
     * The SQL sensors' own options, checked on every endpoint when it is created: refused where the URI sets them on an
     * operation without a use for them. {@code table} is COPY INTO's too.
     */
    public static void validate(OptionCheck check) {
        DatabricksConfiguration c = check.config();
        String operation = check.operation().name();
        check.onlyFor("table", c.getTable() != null && !TABLE_USERS.contains(operation),
                CopyIntoStep.NAME + ", from(sql/partition-sensor) and from(sql/table-version-sensor)");
        check.onlyFor("sql", c.getSql() != null && !operation.equals(SqlSensor.OPERATION), "from(\"databricks:sql/sensor\")");
    }

    /**
     * A polling consumer for {@code operation} (its catalogue name), or a configuration error naming the ones there are.
     * The options a sensor needs are read here, so a missing one fails the route when it starts, not at the first poll.
     *
     * @param poller the component's timer for the SQL sensors' statement waits, there once the component started
     */
    public static DatabricksPollingConsumer create(ScheduledPollEndpoint endpoint, Processor processor, String operation,
                                                   DatabricksConfiguration config, Supplier<DatabricksClient> client,
                                                   Calls catalogueCalls, Supplier<PollScheduler> poller) {
        SensorCalls calls = new SensorCalls(client, catalogueCalls, config.getApiVersion(),
                config.getParams(), Duration.ofMillis(config.getRetryTimeout() + config.getRequestTimeout()));
        TimeFloor.of(config.getSince(), config.isEmitExisting(), System.currentTimeMillis());
        Set<String> resultStates = resultStates(config.getResultState());
        List<String> eventTypes = list(config.getEventTypes());
        if (!resultStates.isEmpty() && !RunsSensor.OPERATION.equals(operation)) {
            throw new DatabricksConfigurationException("resultState", "is set on databricks:" + operation,
                    "resultState only with from(\"databricks:jobs/runs/list\")");
        }
        if (!eventTypes.isEmpty() && !ClusterEventsSensor.OPERATION.equals(operation)) {
            throw new DatabricksConfigurationException("eventTypes", "is set on databricks:" + operation,
                    "eventTypes only with from(\"databricks:clusters/events\")");
        }
        Sensor.Factory sensor = switch (operation) {
            case RunsSensor.OPERATION -> (start, scope) -> new RunsSensor(calls, config.getJobId(), resultStates, floor(config, start));
            case "dbfs/list" -> {
                String path = required("path", config.getPath(), "the DBFS directory to watch, e.g. path=/landing");
                yield (start, scope) -> new FileSensor(calls, FileSensor.Listing.DBFS, path, floor(config, start));
            }
            case "fs/directories/list" -> {
                String path = required("path", directoryPath(config),
                        "the volume directory to watch, e.g. path=/Volumes/main/default/landing");
                yield (start, scope) -> new FileSensor(calls, FileSensor.Listing.FILES, path, floor(config, start));
            }
            case SqlSensor.OPERATION -> {
                SensorQueries queries = sqlQueries(calls, config, catalogueCalls);
                String sql = required("sql", config.getSql(), "the query whose rows are the condition, e.g. sql=SELECT 1 FROM t WHERE ready");
                yield (start, scope) -> new SqlSensor(queries.in(scope), sql, config.isEmitExisting());
            }
            case PartitionSensor.OPERATION -> {
                SensorQueries queries = sqlQueries(calls, config, catalogueCalls);
                String table = required("table", config.getTable(), "the partitioned Delta table to watch, e.g. table=main.sales.orders");
                yield (start, scope) -> new PartitionSensor(queries.in(scope), table, config.isEmitExisting());
            }
            case TableVersionSensor.OPERATION -> {
                SensorQueries queries = sqlQueries(calls, config, catalogueCalls);
                String table = required("table", config.getTable(), "the Delta table whose versions to emit, e.g. table=main.sales.orders");
                yield (start, scope) -> new TableVersionSensor(queries.in(scope), table, floor(config, start));
            }
            case ClusterEventsSensor.OPERATION -> {
                String clusterId = required("clusterId", config.getClusterId(), "the id of the cluster whose events to emit");
                yield (start, scope) -> new ClusterEventsSensor(calls, clusterId, eventTypes, floor(config, start));
            }
            default -> throw new DatabricksConfigurationException("operation", "databricks:" + operation
                    + " cannot be used in from(): it is not a polling consumer", "from() with " + String.join(", ", OPERATIONS)
                    + " (every operation can be used in to())");
        };
        return new DatabricksPollingConsumer(endpoint, processor, operation, sensor, poller, config.getIdempotentRepository());
    }

    /** A SQL sensor's warehouse and statement options, read once. */
    private static SensorQueries sqlQueries(SensorCalls calls, DatabricksConfiguration config, Calls catalogueCalls) {
        String warehouseId = required("warehouseId", config.getWarehouseId(), "the id of the SQL warehouse that runs the sensor's queries");
        return new SensorQueries(calls, new StatementStep(catalogueCalls), SensorQueries.options(config), warehouseId);
    }

    private static TimeFloor floor(DatabricksConfiguration config, long start) {
        return TimeFloor.of(config.getSince(), config.isEmitExisting(), start);
    }

    /** The path option, else param.directory_path (fs/directories/list's own field). */
    private static String directoryPath(DatabricksConfiguration config) {
        Object field = config.getParams().get("directory_path");
        return config.getPath() != null || field == null ? config.getPath() : field.toString();
    }

    private static String required(String option, String value, String allowed) {
        if (value == null || value.isBlank()) {
            throw new DatabricksConfigurationException(option, "is required by this consumer", allowed);
        }
        return value;
    }

    static Set<String> resultStates(String option) {
        Set<String> states = new LinkedHashSet<>();
        for (String state : list(option)) {
            String upper = state.toUpperCase(Locale.ROOT);
            if (!RESULT_STATES.contains(upper)) {
                throw new DatabricksConfigurationException("resultState", "contains '" + state + "'",
                        "a comma-separated list of " + String.join(", ", RESULT_STATES.stream().sorted().toList()));
            }
            states.add(upper);
        }
        return states;
    }

    private static List<String> list(String option) {
        if (option == null || option.isBlank()) {
            return List.of();
        }
        return Arrays.stream(option.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
