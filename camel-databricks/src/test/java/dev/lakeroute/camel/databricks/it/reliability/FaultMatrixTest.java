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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lakeroute.camel.databricks.TestComponents;
import dev.lakeroute.camel.databricks.DatabricksComponent;
import dev.lakeroute.dblocal.DatabricksLocal;
import dev.lakeroute.dblocal.driver.DriverSettings;
import dev.lakeroute.dblocal.driver.SparkDriverRuntime;
import dev.lakeroute.dblocal.faults.Fault;
import dev.lakeroute.dblocal.faults.FaultKind;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of {@link #cases} under every {@link FaultColumn}: the exchange's outcome, the retries it
 * made, and the server's state afterwards (no duplicate run, no leaked context, no partial file, a truthful
 * outcome). One test per column; within a column every row runs at once (each row's faults are on an operation
 * path of its own on its server), then every cell is checked. The table goes to {@code target/RELIABILITY.md}
 * after the last column, whatever the assertions said, and to the repository's with {@code -Dreliability.write=true}.
 * A plain run has four columns ({@link FaultColumn#inEveryRun()}); {@code -Dreliability.fullMatrix=true} runs all eight.
 * <p>
 * Budget (3 minutes on two cores): the servers, the child server JVM and the child component JVM start at once
 * before the first column; the command row runs in a shared execution context made before the first column; the
 * runs take one second; the kills land as soon as every row's work exists.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
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

    /** Clusters started by clusters/start cells stay PENDING this long: the kills land mid-wait. */
    private static final Duration CLUSTER_START = Duration.ofMillis(1500);
    /** After every row's work exists, the time its wait gets to be waiting before the kill. */
    private static final long SETTLE_MILLIS = 150;
    /** The kill lands at the latest this long after the exchanges were sent, whether or not every row's work exists. */
    private static final Duration KILL_AT_LATEST = Duration.ofSeconds(8);

    private final Map<FaultColumn, Map<String, Cell>> results = new EnumMap<>(FaultColumn.class);
    private final ExecutorService senders = Executors.newCachedThreadPool();
    private Path work;
    private DatabricksLocal controlPlane;
    private Target spark;
    private Target cp;
    private volatile ServerProcess childServer;
    private Target child;
    private volatile ComponentProcess componentJvm;
    private List<OperationCase> cases;

    private CompletableFuture<Target> sparkReady;
    private CompletableFuture<Target> cpReady;
    private CompletableFuture<Target> childReady;
    private CompletableFuture<ComponentProcess> jvmReady;
    private boolean componentsAdded;
    private long startNanos;
    private double loadAtStart;

    /**
     * Starts what the columns need, each waiting for a JVM or a Spark driver: the Spark drivers and the control plane
     * at once; the child JVMs once the drivers are up (a driver that starts too slowly fails its cluster), while
     * the first columns run.
     */
    @BeforeAll
    void servers() throws Exception {
        startNanos = System.nanoTime();
        loadAtStart = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        work = Files.createTempDirectory("reliability-matrix");
        FileContent content = FileContent.generate(work);
        cases = List.of(new ClustersGetCase(), new RunsSubmitCase(), new RunNowCase(), new CommandCase(), new StatementCase(),
                new DbfsPutCase(content), new FilesUploadCase(content), new ClusterStartCase());
        controlPlane = DatabricksLocal.builder().token(DatabricksLocalExtension.SHARED_TOKEN).clusterStartDelay(CLUSTER_START)
                .clusterStopDelay(Duration.ofMillis(100)).start();
        sparkReady = CompletableFuture.supplyAsync(() -> {
            LocalAdmin admin = new LocalAdmin(SPARK.url(), SPARK.token());
            Fixtures fixtures = Fixtures.prepare(admin, true, false);
            return new Target("spark", "databricks", admin, fixtures, () -> contextsOn(fixtures.clusterId));
        }, senders);
        cpReady = CompletableFuture.supplyAsync(() -> {
            LocalAdmin admin = new LocalAdmin(controlPlane.url(), controlPlane.token());
            return new Target("control plane", "dbcp", admin, Fixtures.prepare(admin, false, true), null);
        }, senders);
        CompletableFuture<?> driversUp = sparkReady.handle((target, failure) -> null);
        childReady = driversUp.thenApplyAsync(up -> {
            childServer = new ServerProcess(work.resolve("child-server"), false, CLUSTER_START);
            childServer.start();
            LocalAdmin admin = childServer.admin();
            return new Target("child server", "dbchild", admin, Fixtures.prepare(admin, false, true), null);
        }, senders);
        jvmReady = driversUp.thenApplyAsync(up -> {
            componentJvm = new ComponentProcess(work.resolve("component"), Map.of("databricks", SPARK.url(), "dbcp",
                    controlPlane.url()), DatabricksLocalExtension.SHARED_TOKEN);
            return componentJvm.start();
        }, senders);
    }

    /**
     * Once, before the first column (the Camel context exists from here on): the components, and the command row's
     * shared execution context made through the very endpoint the cells use.
     */
    @BeforeEach
    void ready() throws Exception {
        if (componentsAdded) {
            assertThat(spark).as("the Spark fixtures (see the first column's failure)").isNotNull();
            return;
        }
        componentsAdded = true;
        context.addComponent("databricks", component(SPARK.url(), SPARK.token()));
        context.addComponent("dbcp", component(controlPlane.url(), controlPlane.token()));
        Target sparkTarget = sparkReady.get(5, TimeUnit.MINUTES);
        CommandCase command = (CommandCase) cases.stream().filter(CommandCase.class::isInstance).findFirst().orElseThrow();
        Outcome warm = send(sparkTarget, command.request(sparkTarget, "warm-up"));
        if (!warm.ok()) {
            throw new IllegalStateException("the command row's shared context did not start: " + warm.message());
        }
        cp = cpReady.get(5, TimeUnit.MINUTES);
        spark = sparkTarget;
    }

    /** The child server, for the server-kill column. */
    private Target child() throws Exception {
        if (child == null) {
            child = childReady.get(5, TimeUnit.MINUTES);
            context.addComponent("dbchild", component(childServer.url(), ServerProcess.TOKEN));
        }
        return child;
    }

    @AfterAll
    void report() {
        try {
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos);
            String run = seconds + " s from the first server's start to the last check, load average "
                         + String.format(java.util.Locale.ROOT, "%.1f", loadAtStart) + " at the start";
            ReliabilityReport.writeSection("matrix", MatrixMarkdown.render(cases, results, run));
        } finally {
            // A child still starting is let finish, so that it is killed rather than left behind.
            CompletableFuture.allOf(childReady, jvmReady).handle((v, e) -> null).completeOnTimeout(null, 2, TimeUnit.MINUTES).join();
            senders.shutdownNow();
            if (componentJvm != null) {
                componentJvm.close();
            }
            if (childServer != null) {
                childServer.close();
            }
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
        DatabricksComponent component = TestComponents.pointedAt(url, token);
        configureLikeTheMatrix(component);
        return component;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // Stream caching would read the 20 MiB uploads into memory before the producer sees them.
        context.setStreamCaching(false);
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

    private static int contextsOn(String clusterId) {
        try {
            return DRIVERS.get().driver(clusterId).orElseThrow().contexts().get(10, TimeUnit.SECONDS).size();
        } catch (Exception e) {
            throw new IllegalStateException("cannot list the execution contexts of cluster " + clusterId, e);
        }
    }

    private Target targetOf(OperationCase operation) {
        return operation.controlPlane() ? cp : spark;
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

    // ---- the six injected columns: every row at once, each with the fault on its own operation path

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

    /**
     * The rows get their faults at once, run at the same time (their operation paths differ per server), and
     * are checked after the faults were cleared: left-over faults must not answer the checks' calls.
     */
    private void injectedColumn(FaultColumn column) throws Exception {
        Assumptions.assumeTrue(column.runs(), () -> "the '" + column.label() + "' column runs with -Dreliability.fullMatrix=true");
        Map<OperationCase, Armed> armed = new LinkedHashMap<>();
        for (OperationCase operation : cases) {
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
        List<Target> servers = List.of(spark, cp);
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
        Map<OperationCase, CompletableFuture<Cell>> checks = new LinkedHashMap<>();
        armed.forEach((operation, cell) -> checks.put(operation, check(operation, column, () -> {
            if (cell.error != null) {
                throw new IllegalStateException(cell.error);
            }
            Outcome outcome = cell.flight.await();
            JsonNode left = pending.get(cell.target);
            Map<String, Integer> calls = calls(cell.injected, left);
            int hit = cell.fault.count() - remaining(left, cell.fault);
            Check check = operation.verify(cell.target, new OperationCase.Run(cell.tag, cell.flight.startMillis, cell.before, outcome,
                    calls, Map.of()));
            return new Cell(operation.operation(), column, cell.path, outcome, hit, calls, check, cell.flight.millis(), null);
        })));
        collect(column, checks);
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

    // ---- databricks-local killed: the child server, one kill once every row's work exists, a restart

    private void serverKillColumn() throws Exception {
        FaultColumn column = FaultColumn.SERVER_KILL;
        Map<OperationCase, CompletableFuture<Cell>> checks = new LinkedHashMap<>();
        Map<OperationCase, Flight> flights = new LinkedHashMap<>();
        Target child = child();
        LocalAdmin admin = child.admin();
        admin.clear();
        List<String> started = new ArrayList<>();
        for (OperationCase operation : cases) {
            if (operation.needsSpark()) {
                checks.put(operation, CompletableFuture.completedFuture(Cell.notRun(operation.operation(), column,
                        "not run: the killed child server runs without Spark (a Spark driver and warehouse start per kill, "
                        + "some 20 s on two cores, do not fit the budget)")));
                continue;
            }
            operation.reset(child);
            String tag = tag(operation, column);
            flights.put(operation, new Flight(tag, operation.before(child, tag), operation.request(child, tag)));
            if (!operation.sentWhileDown()) {
                started.add(operation.startedPath(child, tag));
            }
        }
        started.forEach(admin::count);
        long sentAt = System.currentTimeMillis();
        flights.forEach((operation, flight) -> {
            if (!operation.sentWhileDown()) {
                flight.launch(senders, () -> send(child, flight.request));
            }
        });
        awaitWorkStarted(Map.of(admin, started), sentAt);
        long killedAt = System.currentTimeMillis();
        flights.values().forEach(flight -> flight.markKill(killedAt));
        childServer.kill();
        flights.forEach((operation, flight) -> {
            if (operation.sentWhileDown()) {
                flight.launch(senders, () -> send(child, flight.request));
            }
        });
        childServer.start();
        flights.forEach((operation, flight) -> checks.put(operation, check(operation, column, () -> {
            Outcome outcome = flight.await();
            Check check = operation.verify(child, new OperationCase.Run(flight.tag, flight.startMillis, flight.before, outcome,
                    Map.of(), Map.of()));
            return new Cell(operation.operation(), column, null, outcome, 0, Map.of(), check, flight.millis(), flight.killNote());
        })));
        Map<OperationCase, CompletableFuture<Cell>> ordered = new LinkedHashMap<>();
        cases.forEach(operation -> ordered.put(operation, checks.get(operation)));
        collect(column, ordered);
    }

    // ---- the component JVM killed: every operation in flight in the child JVM, one kill, redelivery by the next JVM

    private void componentKillColumn() throws Exception {
        FaultColumn column = FaultColumn.COMPONENT_KILL;
        jvmReady.get(5, TimeUnit.MINUTES);
        spark.admin().clear();
        cp.admin().clear();
        Map<OperationCase, Flight> flights = new LinkedHashMap<>();
        Map<OperationCase, List<String>> counted = new LinkedHashMap<>();
        Map<LocalAdmin, List<String>> started = new LinkedHashMap<>();
        for (OperationCase operation : cases) {
            Target target = targetOf(operation);
            operation.reset(target);
            String tag = tag(operation, column);
            List<String> paths = new ArrayList<>(List.of(operation.workPath(target, tag)));
            for (String path : operation.countedPaths(target, tag)) {
                if (!paths.contains(path)) {
                    paths.add(path);
                }
            }
            if (!paths.contains(operation.startedPath(target, tag))) {
                paths.add(operation.startedPath(target, tag));
            }
            paths.forEach(target.admin()::count);
            counted.put(operation, paths);
            started.computeIfAbsent(target.admin(), a -> new ArrayList<>()).add(operation.startedPath(target, tag));
            flights.put(operation, new Flight(tag, operation.before(target, tag), operation.redeliveredRequest(target, tag)));
        }
        long sentAt = System.currentTimeMillis();
        flights.forEach((operation, flight) -> {
            flight.startMillis = System.currentTimeMillis();
            componentJvm.send(flight.tag, targetOf(operation).scheme(), flight.request);
        });
        awaitWorkStarted(started, sentAt);
        long killedAt = System.currentTimeMillis();
        flights.values().forEach(flight -> flight.doneBeforeKill = componentJvm.done(flight.tag));
        Map<Target, JsonNode> atKill = new LinkedHashMap<>();
        for (Target target : List.of(spark, cp)) {
            atKill.put(target, target.admin().pending());
        }
        componentJvm.kill();
        componentJvm.start();
        Fixtures.await(Duration.ofSeconds(120), "outcome of every redelivered exchange",
                () -> flights.values().stream().allMatch(flight -> componentJvm.done(flight.tag)));
        long finished = System.currentTimeMillis();
        Map<Target, JsonNode> pending = new LinkedHashMap<>();
        for (Target target : List.of(spark, cp)) {
            pending.put(target, target.admin().pending());
            target.admin().clear();
        }
        Map<OperationCase, CompletableFuture<Cell>> checks = new LinkedHashMap<>();
        flights.forEach((operation, flight) -> {
            Target target = targetOf(operation);
            checks.put(operation, check(operation, column, () -> {
                Outcome outcome = componentJvm.outcome(flight.tag);
                Map<String, Integer> injected = counted.get(operation).stream()
                        .collect(Collectors.toMap(p -> p, p -> LocalAdmin.COUNTER, (a, b) -> a, LinkedHashMap::new));
                Map<String, Integer> calls = calls(injected, pending.get(target));
                Map<String, Integer> callsAtKill = calls(injected, atKill.get(target));
                Check check = operation.verify(target, new OperationCase.Run(flight.tag, flight.startMillis, flight.before,
                        outcome, calls, callsAtKill));
                String note = flight.doneBeforeKill ? "completed before the kill at +" + (killedAt - flight.startMillis) + " ms"
                        : "in flight at the kill (+" + (killedAt - flight.startMillis) + " ms), redelivered";
                return new Cell(operation.operation(), column, null, outcome, 0, calls, check, finished - flight.startMillis, note);
            }));
        });
        collect(column, checks);
    }

    /**
     * Until every listed path was called once (the work of every row exists), then {@link #SETTLE_MILLIS} for the
     * waits to be waiting; at the latest {@link #KILL_AT_LATEST} after {@code sentAt}.
     */
    private static void awaitWorkStarted(Map<LocalAdmin, List<String>> started, long sentAt) {
        long latest = sentAt + KILL_AT_LATEST.toMillis();
        while (System.currentTimeMillis() < latest) {
            boolean all = true;
            for (Map.Entry<LocalAdmin, List<String>> server : started.entrySet()) {
                Map<String, Integer> expected = server.getValue().stream()
                        .collect(Collectors.toMap(p -> p, p -> LocalAdmin.COUNTER, (a, b) -> a, LinkedHashMap::new));
                all &= calls(expected, server.getKey().pending()).values().stream().allMatch(n -> n > 0);
            }
            if (all) {
                Fixtures.sleep(SETTLE_MILLIS);
                return;
            }
            Fixtures.sleep(25);
        }
    }

    /** Every cell's check at once (they wait for runs to end, read files back); the column's cells in row order. */
    private void collect(FaultColumn column, Map<OperationCase, CompletableFuture<Cell>> checks) throws Exception {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (Map.Entry<OperationCase, CompletableFuture<Cell>> entry : checks.entrySet()) {
            cells.put(entry.getKey().operation(), entry.getValue().get(3, TimeUnit.MINUTES));
        }
        results.put(column, cells);
        assertInvariants(column);
    }

    private CompletableFuture<Cell> check(OperationCase operation, FaultColumn column, CellRun run) {
        return CompletableFuture.supplyAsync(() -> guarded(operation, column, run), senders);
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

    private void assertInvariants(FaultColumn column) {
        List<String> broken = results.get(column).values().stream().filter(cell -> !cell.notRun() && !cell.holds())
                .map(cell -> cell.operation() + ": " + cell.summary()).toList();
        assertThat(broken).as("cells of column '%s' that break an invariant", column.label()).isEmpty();
    }
}
