package dev.lakeroute.dblocal.controlplane.commands;

import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterRegistry;
import dev.lakeroute.dblocal.driver.DriverClient;
import dev.lakeroute.dblocal.driver.DriverException;
import dev.lakeroute.dblocal.driver.SparkDriverRuntime;
import dev.lakeroute.dblocal.http.ApiException;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Spark driver behind an API 1.2 call: the cluster must exist (else 400 INVALID_PARAMETER_VALUE, as
 * Databricks answers) and be RUNNING (else 400 INVALID_STATE); driver refusals keep their error code.
 */
final class ClusterDrivers {
    private static final Duration CALL_LIMIT = Duration.ofSeconds(60);

    private final ServerContext context;
    private final ClusterRegistry clusters;

    ClusterDrivers(ServerContext context, ClusterRegistry clusters) {
        this.context = context;
        this.clusters = clusters;
    }

    DriverClient require(String clusterId) {
        clusters.requireRunning(clusterId);
        clusters.touch(clusterId);
        if (!(context.runtime() instanceof SparkDriverRuntime spark)) {
            throw ApiException.invalidState("Cluster " + clusterId + " is RUNNING without a Spark driver: this databricks-local "
                    + "was started without the execution plane, so API 1.2 contexts and commands are unavailable");
        }
        return spark.driver(clusterId).orElseThrow(() -> ApiException.invalidState("Cluster " + clusterId
                + " has no Spark driver answering yet; wait until it is RUNNING"));
    }

    /** Waits on a driver call from an HTTP worker thread, turning driver errors into API errors. */
    static <T> T await(CompletableFuture<T> call) {
        try {
            return call.get(CALL_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw toApi(e.getCause());
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new ApiException(503, "TEMPORARILY_UNAVAILABLE", "The Spark driver did not answer within " + CALL_LIMIT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.internal("Interrupted while waiting for the Spark driver");
        }
    }

    private static RuntimeException toApi(Throwable failure) {
        if (failure instanceof DriverException driver) {
            if (driver.unreachable()) {
                return ApiException.internal(driver.getMessage());
            }
            return new ApiException(driver.status(), driver.errorCode(), driver.getMessage());
        }
        if (failure instanceof ApiException api) {
            return api;
        }
        return ApiException.internal("Spark driver call failed: " + failure);
    }
}
