package dev.lakeroute.dblocal.testing;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.service.compute.ClusterDetails;
import com.databricks.sdk.service.compute.CreateCluster;
import com.databricks.sdk.service.compute.State;
import com.databricks.sdk.service.jobs.GetRunRequest;
import com.databricks.sdk.service.jobs.Run;
import com.databricks.sdk.service.jobs.RunLifeCycleState;
import com.databricks.sdk.service.sql.GetWarehouseResponse;

import java.time.Duration;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for a cluster, warehouse or run by looking every 50 ms. The SDK's waiters sleep 1 s, 2 s, 3 s … between
 * looks, which against databricks-local (a cluster without Spark is RUNNING 200 ms after create) is most of a
 * test's time; the tests that are about the SDK's waiters still call them.
 */
public final class QuickWaits {
    private static final long LOOK_MILLIS = 50;
    /** A driver JVM starting on a loaded 2-core machine may need most of it. */
    private static final Duration WITHIN = Duration.ofMinutes(3);
    private static final Set<RunLifeCycleState> RUN_ENDED = Set.of(RunLifeCycleState.TERMINATED, RunLifeCycleState.SKIPPED,
            RunLifeCycleState.INTERNAL_ERROR);

    private QuickWaits() {
    }

    /** clusters/create, then the id once the cluster is RUNNING. */
    public static String runningCluster(WorkspaceClient w, CreateCluster spec) {
        return cluster(w, w.clusters().create(spec).getResponse().getClusterId(), State.RUNNING).getClusterId();
    }

    /** The cluster once it is in {@code target}; fails at once when it ends up TERMINATED or ERROR instead. */
    public static ClusterDetails cluster(WorkspaceClient w, String clusterId, State target) {
        ClusterDetails details = until(() -> w.clusters().get(clusterId), c -> c.getState() == target
                || c.getState() == State.ERROR || (target == State.RUNNING && c.getState() == State.TERMINATED), "cluster " + clusterId + " " + target);
        if (details.getState() != target) {
            throw new AssertionError("cluster " + clusterId + " is " + details.getState() + ", not " + target + ": " + details.getStateMessage());
        }
        return details;
    }

    public static GetWarehouseResponse warehouse(WorkspaceClient w, String warehouseId, com.databricks.sdk.service.sql.State target) {
        return until(() -> w.warehouses().get(warehouseId), warehouse -> warehouse.getState() == target, "warehouse " + warehouseId + " " + target);
    }

    /** The run once its life cycle has ended (TERMINATED, SKIPPED or INTERNAL_ERROR), whatever its result. */
    public static Run run(WorkspaceClient w, long runId) {
        return run(w, runId, WITHIN);
    }

    /** {@link #run(WorkspaceClient, long)}, failing after {@code within}. */
    public static Run run(WorkspaceClient w, long runId, Duration within) {
        return until(() -> w.jobs().getRun(new GetRunRequest().setRunId(runId)),
                run -> run.getState() != null && RUN_ENDED.contains(run.getState().getLifeCycleState()), "run " + runId + " ended", within);
    }

    private static <T> T until(Supplier<T> look, Predicate<T> done, String what) {
        return until(look, done, what, WITHIN);
    }

    private static <T> T until(Supplier<T> look, Predicate<T> done, String what, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        T last = look.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within.toSeconds() + " s: " + what + "; last seen " + last);
            }
            try {
                Thread.sleep(LOOK_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
            last = look.get();
        }
        return last;
    }
}
