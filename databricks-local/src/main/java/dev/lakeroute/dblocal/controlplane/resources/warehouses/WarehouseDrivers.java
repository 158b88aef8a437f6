package dev.lakeroute.dblocal.controlplane.resources.warehouses;

import dev.lakeroute.dblocal.driver.DriverClient;
import dev.lakeroute.dblocal.driver.DriverHandle;
import dev.lakeroute.dblocal.driver.SparkDriverRuntime;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The Spark drivers behind SQL warehouses: one small {@code local[2]} driver per RUNNING warehouse, kept
 * by the server's {@link SparkDriverRuntime} under the id {@code warehouse-<id>} so it never collides with
 * a cluster id. Stateless itself: every {@link WarehouseDirectory} may make one.
 */
public final class WarehouseDrivers {
    /** Enough for Spark plus a few concurrent statements' results; warehouses do not run user REPLs. */
    static final String HEAP = "768m";
    /**
     * Databricks SQL runs with ANSI semantics (failing casts and overflows are errors), and small local
     * results do not need 200 shuffle partitions.
     */
    private static final Map<String, String> SPARK_CONF = Map.of(
            "spark.sql.ansi.enabled", "true",
            "spark.sql.shuffle.partitions", "4",
            "spark.ui.enabled", "false");

    private final SparkDriverRuntime spark;

    WarehouseDrivers(SparkDriverRuntime spark) {
        this.spark = spark;
    }

    public static String driverId(String warehouseId) {
        return "warehouse-" + warehouseId;
    }

    CompletableFuture<DriverHandle> start(String warehouseId) {
        return spark.start(driverId(warehouseId), 2, SPARK_CONF, HEAP);
    }

    CompletableFuture<Void> stop(String warehouseId) {
        return spark.stop(driverId(warehouseId));
    }

    Optional<DriverHandle> handle(String warehouseId) {
        return spark.handle(driverId(warehouseId));
    }

    /** The client of the warehouse's driver, once it answers. */
    public Optional<DriverClient> client(String warehouseId) {
        return spark.driver(driverId(warehouseId));
    }

    /** The row cap of one table result from a driver: statement results are read in pages of this size. */
    public int pageRows() {
        return spark.settings().rowLimit();
    }
}
