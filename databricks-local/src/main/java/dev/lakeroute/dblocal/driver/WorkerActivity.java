package dev.lakeroute.dblocal.driver;

import dev.lakeroute.dblocal.runtime.ClusterLoad;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The driver's view of its executors mapped onto the cluster's Worker JVMs: a Worker runs the executor
 * whose directory ({@code <applicationId>/<executorId>}) is in its work directory. A Worker whose executor
 * has not registered yet is busy (it is coming up), never idle.
 */
final class WorkerActivity {
    private WorkerActivity() {
    }

    static ClusterLoad load(StandaloneCluster cluster, ExecutorsActivity activity, Duration idleTimeout) {
        List<StandaloneCluster.Worker> workers = cluster.workers();
        int idle = (int) workers.stream().map(worker -> executorOf(worker, activity))
                .filter(executor -> executor.isPresent() && executor.get().runningTasks() == 0
                        && executor.get().idleMillis() >= idleTimeout.toMillis())
                .count();
        return new ClusterLoad(workers.size(), cluster.workerSize().cores(), activity.runningTasks(), activity.pendingTasks(), idle);
    }

    /** The indexes of the Workers whose executors run nothing, the longest idle first. */
    static List<Integer> idleFirst(StandaloneCluster cluster, ExecutorsActivity activity) {
        record Idle(int index, long millis) {
        }
        return cluster.workers().stream()
                .map(worker -> executorOf(worker, activity)
                        .filter(executor -> executor.runningTasks() == 0)
                        .map(executor -> new Idle(worker.index(), executor.idleMillis())))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingLong(Idle::millis).reversed())
                .map(Idle::index)
                .toList();
    }

    private static Optional<ExecutorsActivity.Executor> executorOf(StandaloneCluster.Worker worker, ExecutorsActivity activity) {
        return activity.executors().stream().filter(executor -> worker.runs(activity.applicationId(), executor.id())).findFirst();
    }
}
