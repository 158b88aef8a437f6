package dev.lakeroute.dblocal.sparkdriver;

import org.apache.spark.SparkContext;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the executors are doing, for databricks-local's autoscaling: per executor its running tasks and
 * since when it has been idle, plus the tasks of active stages no executor runs yet. Spark's status
 * tracker knows neither executor ids nor idle times, so a listener keeps them.
 */
final class ExecutorActivity extends SparkListener {
    private record State(int running, long idleSince) {
    }

    private final SparkContext sc;
    private final Map<String, State> executors = new ConcurrentHashMap<>();

    private ExecutorActivity(SparkContext sc) {
        this.sc = sc;
    }

    /** Registers on {@code sc}; executors that registered before count as idle from now. */
    static ExecutorActivity attach(SparkContext sc) {
        ExecutorActivity activity = new ExecutorActivity(sc);
        sc.addSparkListener(activity);
        long now = System.currentTimeMillis();
        scala.collection.JavaConverters.seqAsJavaList(sc.getExecutorIds())
                .forEach(id -> activity.executors.putIfAbsent(id, new State(0, now)));
        return activity;
    }

    @Override
    public void onExecutorAdded(SparkListenerExecutorAdded added) {
        executors.putIfAbsent(added.executorId(), new State(0, added.time()));
    }

    @Override
    public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
        executors.remove(removed.executorId());
    }

    @Override
    public void onTaskStart(SparkListenerTaskStart start) {
        executors.compute(start.taskInfo().executorId(), (id, state) -> new State((state == null ? 0 : state.running()) + 1, 0));
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        executors.computeIfPresent(end.taskInfo().executorId(), (id, state) -> state.running() <= 1
                ? new State(0, end.taskInfo().finishTime()) : new State(state.running() - 1, 0));
    }

    /**
     * {@code {applicationId, executors: [{id, runningTasks, idleMillis}], runningTasks, pendingTasks}}; idleMillis
     * is 0 while busy. A standalone Worker keeps each executor's files under {@code <applicationId>/<id>/}.
     */
    Map<String, Object> snapshot() {
        long now = System.currentTimeMillis();
        List<Map<String, Object>> list = new ArrayList<>();
        int running = 0;
        for (Map.Entry<String, State> entry : executors.entrySet()) {
            State state = entry.getValue();
            running += state.running();
            Map<String, Object> executor = new LinkedHashMap<>();
            executor.put("id", entry.getKey());
            executor.put("runningTasks", state.running());
            executor.put("idleMillis", state.running() > 0 ? 0 : Math.max(0, now - state.idleSince()));
            list.add(executor);
        }
        int pending = 0;
        for (int stageId : sc.statusTracker().getActiveStageIds()) {
            scala.Option<SparkStageInfo> stage = sc.statusTracker().getStageInfo(stageId);
            if (stage.isDefined()) {
                SparkStageInfo info = stage.get();
                pending += Math.max(0, info.numTasks() - info.numActiveTasks() - info.numCompletedTasks());
            }
        }
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("applicationId", sc.applicationId());
        snapshot.put("executors", list);
        snapshot.put("runningTasks", running);
        snapshot.put("pendingTasks", pending);
        return snapshot;
    }
}
