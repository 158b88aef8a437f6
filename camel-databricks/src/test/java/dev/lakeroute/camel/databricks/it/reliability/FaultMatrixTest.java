package dev.lakeroute.camel.databricks.it.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lakeroute.camel.databricks.DatabricksComponent;
import dev.lakeroute.camel.databricks.auth.DatabricksEnvironment;
import dev.lakeroute.dblocal.DatabricksLocal;
import dev.lakeroute.dblocal.driver.DriverSettings;
import dev.lakeroute.dblocal.driver.SparkDriverRuntime;
import dev.lakeroute.dblocal.faults.Fault;
import dev.lakeroute.dblocal.faults.FaultKind;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of {@link #CASES} under every {@link FaultColumn}: the exchange's outcome, the retries it
 * made, and the server's state afterwards (no duplicate run, no leaked context, no partial file, a truthful
 * outcome). One test per column, so that the whole row set runs under each fault; the table goes to
 * {@code RELIABILITY.md} after the last column, whatever the assertions said.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultMatrixTest extends CamelTestSupport {

    /** The driver runtime of the Spark server, for the execution contexts on the cluster (the driver's own list). */
    private static final AtomicReference<SparkDriverRuntime> DRIVERS = new AtomicReference<>();

    @RegisterExtension
    static final DatabricksLocalExtension SPARK = DatabricksLocalExtension.perClass(builder -> builder.clusterRuntime((settings, store) -> {
        SparkDriverRuntime runtime = new SparkDriverRuntime(settings.dataDir(), store.dbfsRoot(), DriverSettings.defaults());
        DRIVERS.set(runtime);
        return runtime;
    }));

    /** Time for the kill columns to land while every wait is still waiting. */
    private static final long KILL_AT_MILLIS = 1200;
    private static final Duration CLUSTER_START = Duration.ofMillis(2500);

    private static final Map<FaultColumn, Map<String, Cell>> RESULTS = new EnumMap<>(FaultColumn.class);
    private static Path work;
    private static DatabricksLocal controlPlane;
    private static Target spark;
    private static Target cp;
    private static List<OperationCase> cases;

    @BeforeAll
    static void servers() throws Exception {
        work = Files.createTempDirectory("reliability-matrix");
        FileContent content = FileContent.generate(work);
        cases = List.of(new ClustersGetCase(), new RunsSubmitCase(), new RunNowCase(), new CommandCase(), new StatementCase(),
                new DbfsPutCase(content), new FilesUploadCase(content), new ClusterStartCase());
        // Clusters started by clusters/start cells stay PENDING long enough for the kills to land mid-wait.
        controlPlane = DatabricksLocal.builder().token(DatabricksLocalExtension.SHARED_TOKEN).clusterStartDelay(CLUSTER_START)
                .clusterStopDelay(Duration.ofMillis(100)).start();
        LocalAdmin cpAdmin = new LocalAdmin(controlPlane.url(), controlPlane.token());
        cp = new Target("control plane", "dbcp", cpAdmin, Fixtures.prepare(cpAdmin, false, true), null);
    }

    @AfterAll
    static void report() {
        try {
            ReliabilityReport.writeSection("matrix", MatrixMarkdown.render(cases, RESULTS));
        } finally {
            if (controlPlane != null) {
                controlPlane.close();
            }
        }
    }

    /** The settings every matrix component uses, in this JVM and in the child component JVM: fast polls, default retries. */
    static void configureLikeTheMatrix(DatabricksComponent component) {
        component.getConfiguration().setPollInterval(200);
        component.getConfiguration().setMaxPollInterval(1000);
        component.getConfiguration().setInitialRetryDelay(200);
        component.getConfiguration().setMaxRetryDelay(2000);
    }

    static DatabricksComponent component(String url, String token) {
        DatabricksComponent component = new DatabricksComponent();
        component.getConfiguration().setHost(url);
        component.getConfiguration().setToken(token);
        configureLikeTheMatrix(component);
        try {
            component.setEnvironment(DatabricksEnvironment.of(Map.of("HOME", Files.createTempDirectory("matrix-home").toString())));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return component;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // Stream caching would read the 20 MiB uploads into memory before the producer sees them.
        context.setStreamCaching(false);
        context.addComponent("databricks", component(SPARK.url(), SPARK.token()));
        context.addComponent("dbcp", component(controlPlane.url(), controlPlane.token()));
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").routeId("call").recipientList(header("databricksUri"));
            }
        };
    }

    private Target spark() {
        if (spark == null) {
            LocalAdmin admin = new LocalAdmin(SPARK.url(), SPARK.token());
            Fixtures fixtures = Fixtures.prepare(admin, true, false);
            spark = new Target("spark", "databricks", admin, fixtures, () -> contextsOn(fixtures.clusterId));
        }
        return spark;
    }

    private static int contextsOn(String clusterId) {
        try {
            return DRIVERS.get().driver(clusterId).orElseThrow().contexts().get(10, TimeUnit.SECONDS).size();
        } catch (Exception e) {
            throw new IllegalStateException("cannot list the execution contexts of cluster " + clusterId, e);
        }
    }

    private Target targetOf(OperationCase operation) {
        return operation.controlPlane() ? cp : spark();
    }

    @Test
    @Order(1)
    void oneInternalErrorOnTheProbe() throws Exception {
        injectedColumn(FaultColumn.ONE_500);
    }

    @Test
    @Order(2)
    void rateLimitStormWithRetryAfter() throws Exception {
        injectedColumn(FaultColumn.RATE_LIMIT_STORM);
    }

    @Test
    @Order(3)
    void serviceUnavailable() throws Exception {
        injectedColumn(FaultColumn.UNAVAILABLE);
    }

    @Test
    @Order(4)
    void twoSecondsOfLatency() throws Exception {
        injectedColumn(FaultColumn.LATENCY);
    }

    @Test
    @Order(5)
    void droppedConnection() throws Exception {
        injectedColumn(FaultColumn.DROP);
    }

    @Test
    @Order(6)
    void connectionDroppedAfterTheServerActed() throws Exception {
        injectedColumn(FaultColumn.DROP_AFTER_RESPONSE);
    }

    @Test
    @Order(7)
    void databricksLocalKilledAndRestartedOnTheSameDataDirectory() throws Exception {
        serverKillColumn();
    }

    @Test
    @Order(8)
    void componentJvmKilledAndTheMessageRedelivered() throws Exception {
        componentKillColumn();
    }

    // ---- the six injected columns: one cell at a time, the fault on one operation path

    /**
     * The rows of a batch get their faults at once, run at the same time (their operation paths must differ), and
     * are checked after the faults were cleared: left-over faults must not answer the checks' calls.
     */
    private void injectedColumn(FaultColumn column) throws Exception {
        Map<String, Cell> cells = new LinkedHashMap<>();
        RESULTS.put(column, cells);
        // One row at a time: run at once, the rows' Spark work (statement, contexts, python) starves the others on
        // two cores and the cells measure the machine instead of the component.
        ExecutorService senders = Executors.newCachedThreadPool();
        try {
            for (OperationCase operation : cases) {
                injectedBatch(List.of(operation), column, senders).forEach((row, cell) -> cells.put(row.operation(), cell));
            }
        } finally {
            senders.shutdownNow();
        }
        // The table keeps the row order.
        Map<String, Cell> ordered = new LinkedHashMap<>();
        cases.forEach(operation -> ordered.put(operation.operation(), cells.get(operation.operation())));
        RESULTS.put(column, ordered);
        assertInvariants(column);
    }

    /** One row's cell before and after its exchange. */
    private static final class Armed {
        Target target;
        String tag;
        Object before;
        String path;
        Fault fault;
        final Map<String, Integer> injected = new LinkedHashMap<>();
        Flight flight;
        String error;
    }

    private Map<OperationCase, Cell> injectedBatch(List<OperationCase> batch, FaultColumn column, ExecutorService senders) throws Exception {
        Map<OperationCase, Armed> armed = new LinkedHashMap<>();
        for (OperationCase operation : batch) {
            Armed cell = new Armed();
            try {
                cell.target = targetOf(operation);
                // Resets call the servers (clusters/get ...): all of them before any fault is armed.
                operation.reset(cell.target);
                cell.tag = tag(operation, column);
                cell.before = operation.before(cell.target, cell.tag);
            } catch (RuntimeException e) {
                cell.error = String.valueOf(e);
            }
            armed.put(operation, cell);
        }
        List<Target> servers = armed.values().stream().map(a -> a.target).filter(java.util.Objects::nonNull).distinct().toList();
        servers.forEach(server -> server.admin().clear());
        armed.forEach((operation, cell) -> {
            if (cell.error == null) {
                arm(operation, column, cell);
            }
        });
        armed.forEach((operation, cell) -> {
            if (cell.error == null) {
                cell.flight = new Flight(cell.tag, cell.before, operation.request(cell.target, cell.tag));
                cell.flight.launch(senders, () -> send(cell.target, cell.flight.request));
            }
        });
        for (Armed cell : armed.values()) {
            if (cell.flight != null) {
                try {
                    cell.flight.await();
                } catch (Exception e) {
                    cell.error = String.valueOf(e);
                }
            }
        }
        Map<Target, JsonNode> pending = new LinkedHashMap<>();
        for (Target server : servers) {
            pending.put(server, server.admin().pending());
            server.admin().clear();
        }
        Map<OperationCase, Cell> cells = new LinkedHashMap<>();
        armed.forEach((operation, cell) -> cells.put(operation, guarded(operation, column, () -> {
            if (cell.error != null) {
                throw new IllegalStateException(cell.error);
            }
            Outcome outcome = cell.flight.await();
            JsonNode left = pending.get(cell.target);
            Map<String, Integer> calls = calls(cell.injected, left);
            int hit = cell.fault.count() - remaining(left, cell.fault);
            Check check = operation.verify(cell.target, new OperationCase.Run(cell.tag, cell.flight.startMillis, cell.before, outcome, calls));
            return new Cell(operation.operation(), column, cell.path, outcome, hit, calls, check, cell.flight.millis(), null);
        })));
        return cells;
    }

    /** The fault on the row's probe (or work call), with a counter behind it, and counters on the row's other paths. */
    private static void arm(OperationCase operation, FaultColumn column, Armed cell) {
        LocalAdmin admin = cell.target.admin();
        cell.path = column == FaultColumn.DROP_AFTER_RESPONSE ? operation.workPath(cell.target, cell.tag)
                : operation.probePath(cell.target, cell.tag);
        int passThrough = operation.callsBeforeFault(column);
        if (passThrough > 0) {
            admin.inject(new Fault(cell.path, FaultKind.DELAY, passThrough, 0, 0));
        }
        cell.fault = column.on(cell.path);
        admin.inject(cell.fault);
        admin.count(cell.path);
        cell.injected.put(cell.path, passThrough + cell.fault.count() + LocalAdmin.COUNTER);
        for (String counted : operation.countedPaths(cell.target, cell.tag)) {
            if (!cell.injected.containsKey(counted)) {
                admin.count(counted);
                cell.injected.put(counted, LocalAdmin.COUNTER);
            }
        }
    }

    // ---- databricks-local killed: one child server, one kill, every operation in flight at once

    private void serverKillColumn() throws Exception {
        FaultColumn column = FaultColumn.SERVER_KILL;
        Map<String, Cell> cells = new LinkedHashMap<>();
        RESULTS.put(column, cells);
        try (ServerProcess child = new ServerProcess(work.resolve("child-server"), false, CLUSTER_START).start()) {
            context.addComponent("dbchild", component(child.url(), ServerProcess.TOKEN));
            LocalAdmin admin = child.admin();
            Target target = new Target("child server", "dbchild", admin, Fixtures.prepare(admin, false, true), null);
            Map<OperationCase, Flight> flights = new LinkedHashMap<>();
            ExecutorService senders = Executors.newCachedThreadPool();
            try {
                for (OperationCase operation : cases) {
                    if (operation.needsSpark()) {
                        cells.put(operation.operation(), Cell.notRun(operation.operation(), column,
                                "not run: the killed child server runs without Spark (a Spark driver start per kill does not fit the budget)"));
                        continue;
                    }
                    operation.reset(target);
                    String tag = tag(operation, column);
                    flights.put(operation, new Flight(tag, operation.before(target, tag), operation.request(target, tag)));
                }
                flights.forEach((operation, flight) -> {
                    if (operation.killAfterMillis() >= 0) {
                        flight.launch(senders, () -> send(target, flight.request));
                    }
                });
                Fixtures.sleep(KILL_AT_MILLIS);
                long killedAt = System.currentTimeMillis();
                flights.values().forEach(flight -> flight.markKill(killedAt));
                child.kill();
                flights.forEach((operation, flight) -> {
                    if (operation.killAfterMillis() < 0) {
                        flight.launch(senders, () -> send(target, flight.request));
                    }
                });
                child.start();
                for (Map.Entry<OperationCase, Flight> entry : flights.entrySet()) {
                    OperationCase operation = entry.getKey();
                    Flight flight = entry.getValue();
                    cells.put(operation.operation(), guarded(operation, column, () -> {
                        Outcome outcome = flight.await();
                        Check check = operation.verify(target, new OperationCase.Run(flight.tag, flight.startMillis, flight.before,
                                outcome, Map.of()));
                        return new Cell(operation.operation(), column, null, outcome, 0, Map.of(), check, flight.millis(),
                                flight.killNote());
                    }));
                }
            } finally {
                senders.shutdownNow();
                context.removeComponent("dbchild");
            }
        }
        assertInvariants(column);
    }

    // ---- the component JVM killed: every operation in flight in the child JVM, one kill, redelivery by the next JVM

    private void componentKillColumn() throws Exception {
        FaultColumn column = FaultColumn.COMPONENT_KILL;
        Map<String, Cell> cells = new LinkedHashMap<>();
        RESULTS.put(column, cells);
        Target sparkTarget = spark();
        sparkTarget.admin().clear();
        cp.admin().clear();
        Map<String, String> components = Map.of("databricks", SPARK.url(), "dbcp", controlPlane.url());
        try (ComponentProcess jvm = new ComponentProcess(work.resolve("component"), components, DatabricksLocalExtension.SHARED_TOKEN)) {
            jvm.start();
            Map<OperationCase, Flight> flights = new LinkedHashMap<>();
            Map<OperationCase, List<String>> counted = new LinkedHashMap<>();
            for (OperationCase operation : cases) {
                Target target = targetOf(operation);
                operation.reset(target);
                String tag = tag(operation, column);
                List<String> paths = new ArrayList<>(List.of(operation.workPath(target, tag)));
                operation.countedPaths(target, tag).stream().filter(p -> !paths.contains(p)).forEach(paths::add);
                paths.forEach(target.admin()::count);
                counted.put(operation, paths);
                flights.put(operation, new Flight(tag, operation.before(target, tag), operation.request(target, tag)));
            }
            flights.forEach((operation, flight) -> {
                flight.startMillis = System.currentTimeMillis();
                jvm.send(flight.tag, targetOf(operation).scheme(), flight.request);
            });
            Fixtures.sleep(KILL_AT_MILLIS);
            long killedAt = System.currentTimeMillis();
            flights.values().forEach(flight -> flight.doneBeforeKill = jvm.done(flight.tag));
            jvm.kill();
            jvm.start();
            Fixtures.await(Duration.ofSeconds(120), "outcome of every redelivered exchange",
                    () -> flights.values().stream().allMatch(flight -> jvm.done(flight.tag)));
            long finished = System.currentTimeMillis();
            Map<Target, JsonNode> pending = new ConcurrentHashMap<>();
            for (Target target : List.of(sparkTarget, cp)) {
                pending.put(target, target.admin().pending());
                target.admin().clear();
            }
            for (Map.Entry<OperationCase, Flight> entry : flights.entrySet()) {
                OperationCase operation = entry.getKey();
                Flight flight = entry.getValue();
                Target target = targetOf(operation);
                cells.put(operation.operation(), guarded(operation, column, () -> {
                    Outcome outcome = jvm.outcome(flight.tag);
                    Map<String, Integer> injected = counted.get(operation).stream()
                            .collect(Collectors.toMap(p -> p, p -> LocalAdmin.COUNTER, (a, b) -> a, LinkedHashMap::new));
                    Map<String, Integer> calls = calls(injected, pending.get(target));
                    Check check = operation.verify(target, new OperationCase.Run(flight.tag, flight.startMillis, flight.before,
                            outcome, calls));
                    String note = flight.doneBeforeKill ? "completed before the kill at +" + (killedAt - flight.startMillis) + " ms"
                            : "in flight at the kill (+" + (killedAt - flight.startMillis) + " ms), redelivered";
                    return new Cell(operation.operation(), column, null, outcome, 0, calls, check, finished - flight.startMillis, note);
                }));
            }
        }
        assertInvariants(column);
    }

    // ---- shared

    /** One exchange of a kill column, sent in the background. */
    private static final class Flight {
        final String tag;
        final Object before;
        final Request request;
        volatile long startMillis;
        volatile long endMillis;
        volatile boolean doneBeforeKill;
        CompletableFuture<Outcome> outcome;

        Flight(String tag, Object before, Request request) {
            this.tag = tag;
            this.before = before;
            this.request = request;
        }

        void launch(ExecutorService executor, java.util.function.Supplier<Outcome> send) {
            startMillis = System.currentTimeMillis();
            outcome = CompletableFuture.supplyAsync(() -> {
                Outcome result = send.get();
                endMillis = System.currentTimeMillis();
                return result;
            }, executor);
        }

        void markKill(long killedAt) {
            doneBeforeKill = outcome != null && outcome.isDone();
            killOffset = outcome == null ? -1 : killedAt - startMillis;
        }

        volatile long killOffset = -1;

        Outcome await() throws Exception {
            return outcome.get(180, TimeUnit.SECONDS);
        }

        long millis() {
            return endMillis - startMillis;
        }

        String killNote() {
            if (killOffset < 0) {
                return "sent while the server was down";
            }
            return doneBeforeKill ? "completed before the kill at +" + killOffset + " ms" : "in flight at the kill (+" + killOffset + " ms)";
        }
    }

    private Outcome send(Target target, Request request) {
        Exchange exchange = template.request("direct:call", e -> {
            e.getMessage().setHeader("databricksUri", target.uri(request));
            request.headers().forEach(e.getMessage()::setHeader);
            e.getMessage().setBody(request.body());
        });
        return Outcome.of(exchange);
    }

    private static String tag(OperationCase operation, FaultColumn column) {
        String row = operation.getClass().getSimpleName().replace("Case", "").toLowerCase();
        return "m-" + column.name().toLowerCase().replace('_', '-') + "-" + row + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    /** Calls per counted path: what the faults on it consumed. */
    private static Map<String, Integer> calls(Map<String, Integer> injected, JsonNode pending) {
        Map<String, Integer> calls = new LinkedHashMap<>();
        injected.forEach((path, count) -> {
            int left = 0;
            for (JsonNode fault : pending) {
                if (fault.path("operation").asText().equals(path)) {
                    left += fault.path("count").asInt();
                }
            }
            calls.put(path, count - left);
        });
        return calls;
    }

    /** What is left of {@code fault}; the counters next to it are DELAY 0 ms, which no injected fault is. */
    private static int remaining(JsonNode pending, Fault fault) {
        for (JsonNode left : pending) {
            boolean same = left.path("operation").asText().equals(fault.operation()) && left.path("kind").asText().equals(fault.kind().name())
                           && left.path("delay_ms").asLong() == fault.delayMillis() && left.path("count").asInt() <= fault.count();
            if (same) {
                return left.path("count").asInt();
            }
        }
        return 0;
    }

    /** A cell whose harness broke is a failed cell with the reason, not a lost one. */
    private static Cell guarded(OperationCase operation, FaultColumn column, CellRun run) {
        try {
            return run.get();
        } catch (Exception | AssertionError e) {
            return new Cell(operation.operation(), column, null, Outcome.harnessFailure(String.valueOf(e)), 0, Map.of(),
                    new Check(null, null, null, false, "harness error: " + Outcome.abbreviate(String.valueOf(e), 160)), 0, null);
        }
    }

    @FunctionalInterface
    private interface CellRun {
        Cell get() throws Exception;
    }

    private static void assertInvariants(FaultColumn column) {
        List<String> broken = RESULTS.get(column).values().stream().filter(cell -> !cell.notRun() && !cell.holds())
                .map(cell -> cell.operation() + ": " + cell.summary()).toList();
        assertThat(broken).as("cells of column '%s' that break an invariant", column.label()).isEmpty();
    }
}
