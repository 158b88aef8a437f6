package dev.lakeroute.dblocal.driver;

import java.time.Duration;

/**
 * How databricks-local runs its Spark drivers.
 *
 * @param heap         the driver JVM's {@code -Xmx} (Spark plus one Scala REPL per context; ≥ 512m)
 * @param maxContexts  execution contexts per driver; a REPL's memory is not fully returned when it closes
 * @param rowLimit     row cap of API 1.2 {@code table} results
 * @param maxCores     cores a local-mode driver may use ({@code local[N]} is capped by it)
 * @param startTimeout how long a driver may take to answer before its cluster start fails
 * @param stopTimeout  how long a driver may take to stop by itself before it is killed
 * @param autoscaleIdleTimeout how long a worker of an {@code autoscale} cluster may run no task before it is
 *                     removed (never below {@code min_workers})
 */
public record DriverSettings(String heap, int maxContexts, int rowLimit, int maxCores, Duration startTimeout, Duration stopTimeout,
                             Duration autoscaleIdleTimeout) {

    public DriverSettings {
        if (heap == null || !heap.matches("\\d+[kKmMgG]?")) {
            throw new IllegalArgumentException("heap must look like -Xmx takes it (512m, 2g), was " + heap);
        }
        if (maxContexts < 1) {
            throw new IllegalArgumentException("maxContexts must be at least 1, was " + maxContexts);
        }
        if (rowLimit < 1) {
            throw new IllegalArgumentException("rowLimit must be at least 1, was " + rowLimit);
        }
        if (maxCores < 1) {
            throw new IllegalArgumentException("maxCores must be at least 1, was " + maxCores);
        }
        if (autoscaleIdleTimeout == null || autoscaleIdleTimeout.isNegative()) {
            throw new IllegalArgumentException("autoscaleIdleTimeout must be zero or more, was " + autoscaleIdleTimeout);
        }
    }

    public static DriverSettings defaults() {
        return new DriverSettings("1g", 16, 1000, Runtime.getRuntime().availableProcessors(),
                Duration.ofSeconds(120), Duration.ofSeconds(15), Duration.ofSeconds(60));
    }

    public DriverSettings withHeap(String value) {
        return new DriverSettings(value, maxContexts, rowLimit, maxCores, startTimeout, stopTimeout, autoscaleIdleTimeout);
    }

    public DriverSettings withMaxContexts(int value) {
        return new DriverSettings(heap, value, rowLimit, maxCores, startTimeout, stopTimeout, autoscaleIdleTimeout);
    }

    /** Clusters with workers start several JVMs: a loaded machine may need longer than the default. */
    public DriverSettings withStartTimeout(Duration value) {
        return new DriverSettings(heap, maxContexts, rowLimit, maxCores, value, stopTimeout, autoscaleIdleTimeout);
    }

    /** Tests want idle autoscaled workers gone in seconds; Databricks waits minutes. */
    public DriverSettings withAutoscaleIdleTimeout(Duration value) {
        return new DriverSettings(heap, maxContexts, rowLimit, maxCores, startTimeout, stopTimeout, value);
    }

    /** {@code local[N]}: N is the cluster's workers, at least 2 so a job and its cancel can overlap, at most the cores. */
    public String localMaster(int numWorkers) {
        int cores = numWorkers <= 0 ? maxCores : Math.min(maxCores, Math.max(2, numWorkers));
        return "local[" + cores + "]";
    }
}
