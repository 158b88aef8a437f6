package dev.lakeroute.dblocal.runtime;

/**
 * What a cluster's workers are doing, as its driver sees it: the input of autoscaling.
 *
 * @param workers        Worker JVMs the cluster has now
 * @param coresPerWorker task slots one worker's executor offers
 * @param runningTasks   tasks running on the executors
 * @param pendingTasks   tasks of active stages that no executor runs yet
 * @param idleWorkers    workers whose executor has run nothing for the runtime's idle timeout
 */
public record ClusterLoad(int workers, int coresPerWorker, int runningTasks, int pendingTasks, int idleWorkers) {

    /** Every slot is taken and tasks still wait: more workers would run them sooner. */
    public boolean backlogged() {
        return pendingTasks > 0 && runningTasks >= workers * coresPerWorker;
    }
}
