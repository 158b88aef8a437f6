package dev.lakeroute.dblocal.controlplane.resources.warehouses;

import dev.lakeroute.dblocal.support.Failures;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.controlplane.resources.engine.TimedTransitions;
import dev.lakeroute.dblocal.driver.DriverHandle;
import dev.lakeroute.dblocal.driver.SparkDriverRuntime;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.DocumentCollection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The Java hook of SQL warehouses for the execution plane (Statement Execution API): find a warehouse
 * and its state, start or stop it, wait for it to run, reach its Spark driver. One per server, shared by
 * the warehouses family and the statement engine through the {@code ControlPlane}.
 *
 * <p>With Spark ({@code context.runtime()} is a {@link SparkDriverRuntime}) a warehouse is RUNNING only
 * once its driver answers, and STOPPED once the driver is gone; without Spark the states follow the
 * server's cluster start and stop delays and nothing computes behind them.
 */
public final class WarehouseDirectory {
    static final String COLLECTION = "sql.warehouses";
    private static final Logger LOG = LoggerFactory.getLogger(WarehouseDirectory.class);
    private static final Duration RUNNING_CHECK = Duration.ofMillis(100);

    private final ServerContext context;
    private final DocumentCollection warehouses;
    private final TimedTransitions transitions;
    private final Duration startDelay;
    private final Duration stopDelay;
    private final Optional<WarehouseDrivers> drivers;

    public WarehouseDirectory(ServerContext context) {
        this.context = context;
        this.warehouses = context.store().collection(COLLECTION);
        this.transitions = new TimedTransitions(context.scheduler());
        this.startDelay = context.settings().clusterStartDelay();
        this.stopDelay = context.settings().clusterStopDelay();
        this.drivers = context.runtime() instanceof SparkDriverRuntime spark ? Optional.of(new WarehouseDrivers(spark)) : Optional.empty();
    }

    public Optional<WarehouseInfo> find(String id) {
        return warehouses.get(id).map(WarehouseDirectory::info);
    }

    /** The warehouses' Spark drivers, when the server runs with Spark. */
    public Optional<WarehouseDrivers> drivers() {
        return drivers;
    }

    /** Starts a stopped (or stopping) warehouse; a starting or running one is left as it is. */
    public void start(String id) {
        if (move(id, "STARTING", "STOPPED", "STOPPING")) {
            finishStarting(id);
        }
    }

    /** Stops a running (or starting) warehouse; a stopped or stopping one is left as it is. */
    public void stop(String id) {
        if (move(id, "STOPPING", "RUNNING", "STARTING")) {
            finishStopping(id);
        }
    }

    /**
     * Completes with the warehouse once it is RUNNING (at once if it is); fails with an
     * {@link ApiException} when it is deleted, or stops, before that. Does not start it.
     */
    public CompletableFuture<WarehouseInfo> awaitRunning(String id) {
        CompletableFuture<WarehouseInfo> running = new CompletableFuture<>();
        checkRunning(id, running);
        return running;
    }

    private void checkRunning(String id, CompletableFuture<WarehouseInfo> running) {
        if (running.isDone()) {
            return;
        }
        Optional<ObjectNode> warehouse = warehouses.get(id);
        if (warehouse.isEmpty()) {
            running.completeExceptionally(ApiException.notFound("SQL warehouse " + id + " does not exist."));
            return;
        }
        WarehouseInfo info = info(warehouse.get());
        switch (info.state()) {
            case "RUNNING" -> running.complete(info);
            case "STARTING" -> {
                try {
                    context.scheduler().schedule(() -> checkRunning(id, running), RUNNING_CHECK.toMillis(), TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException stopping) {
                    running.completeExceptionally(ApiException.invalidState("The server is stopping"));
                }
            }
            default -> {
                String health = warehouse.get().path("health").path("summary").asText("");
                running.completeExceptionally(ApiException.invalidState("SQL warehouse " + id + " is " + info.state()
                        + " and not starting" + (health.isEmpty() ? "" : ": " + health)));
            }
        }
    }

    void finishStarting(String id) {
        if (drivers.isEmpty()) {
            transitions.run(startDelay, () -> moveQuietly(id, "STARTING", "RUNNING", null));
            return;
        }
        WarehouseDrivers spark = drivers.get();
        spark.start(id).whenComplete((handle, failure) -> {
            if (context.closed()) {
                return;
            }
            if (failure != null) {
                String message = "The Spark driver of the warehouse did not start: " + Failures.cause(failure).getMessage();
                LOG.warn("SQL warehouse {}: {}", id, message);
                moveQuietly(id, "STARTING", "STOPPED", message);
                return;
            }
            if (!isCurrent(spark, id, handle)) {
                return;
            }
            if (moveQuietly(id, "STARTING", "RUNNING", null)) {
                watch(spark, id, handle);
            } else {
                // Stopped or deleted while its driver was starting: nothing may keep running for it.
                spark.stop(id);
            }
        });
    }

    void finishStopping(String id) {
        if (drivers.isEmpty()) {
            transitions.run(stopDelay, () -> moveQuietly(id, "STOPPING", "STOPPED", null));
            return;
        }
        drivers.get().stop(id).whenComplete((stopped, failure) -> {
            if (!context.closed()) {
                moveQuietly(id, "STOPPING", "STOPPED", null);
            }
        });
    }

    /** A deleted warehouse's driver is stopped; the document is already gone. */
    void deleted(String id) {
        drivers.ifPresent(spark -> spark.stop(id));
    }

    /**
     * Picks up transitions that were under way when the server stopped. With Spark, a warehouse stored
     * as RUNNING lost its driver with the previous server process, so it starts again.
     */
    void recover() {
        for (ObjectNode warehouse : warehouses.list()) {
            String id = warehouse.path("id").asText();
            switch (warehouse.path("state").asText()) {
                case "STARTING" -> finishStarting(id);
                case "STOPPING" -> finishStopping(id);
                case "RUNNING" -> {
                    if (drivers.isPresent() && moveQuietly(id, "RUNNING", "STARTING", null)) {
                        finishStarting(id);
                    }
                }
                default -> { }
            }
        }
    }

    /** A driver that dies by itself leaves its warehouse STOPPED and unhealthy, not RUNNING on nothing. */
    private void watch(WarehouseDrivers spark, String id, DriverHandle handle) {
        ProcessHandle.of(handle.pid()).ifPresent(process -> process.onExit().thenRun(() -> {
            if (!context.closed() && spark.handle(id).map(current -> current.pid() == handle.pid()).orElse(true)) {
                if (moveQuietly(id, "RUNNING", "STOPPED", "The Spark driver of the warehouse exited unexpectedly; see "
                        + handle.logFile())) {
                    spark.stop(id);
                }
            }
        }));
    }

    private static boolean isCurrent(WarehouseDrivers spark, String id, DriverHandle handle) {
        return spark.handle(id).map(current -> current.pid() == handle.pid()).orElse(false);
    }

    /**
     * Moves the warehouse from {@code from} to {@code to} if it is still there and in {@code from};
     * {@code failure} marks it unhealthy with that summary.
     */
    private boolean moveQuietly(String id, String from, String to, String failure) {
        boolean[] moved = {false};
        warehouses.update(id, warehouse -> {
            if (from.equals(warehouse.path("state").asText())) {
                warehouse.put("state", to).put("num_clusters", "RUNNING".equals(to) ? 1 : 0);
                if (failure != null) {
                    warehouse.set("health", Json.object().put("status", "FAILED").put("summary", failure)
                            .set("failure_reason", Json.object().put("code", "DRIVER_UNREACHABLE").put("type", "SERVICE_FAULT")));
                } else if ("RUNNING".equals(to)) {
                    warehouse.set("health", Json.object().put("status", "HEALTHY"));
                }
                moved[0] = true;
            }
            return warehouse;
        });
        return moved[0];
    }

    private boolean move(String id, String to, String... from) {
        boolean[] moved = {false};
        warehouses.update(id, warehouse -> {
            String state = warehouse.path("state").asText();
            for (String candidate : from) {
                if (candidate.equals(state)) {
                    warehouse.put("state", to);
                    moved[0] = true;
                }
            }
            return warehouse;
        }).orElseThrow(() -> ApiException.notFound("SQL warehouse " + id + " does not exist."));
        return moved[0];
    }

    private static WarehouseInfo info(ObjectNode warehouse) {
        return new WarehouseInfo(warehouse.path("id").asText(), warehouse.path("name").asText(),
                warehouse.path("state").asText(), warehouse.path("cluster_size").asText());
    }

}
