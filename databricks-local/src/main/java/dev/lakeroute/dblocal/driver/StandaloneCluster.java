package dev.lakeroute.dblocal.driver;

import dev.lakeroute.dblocal.runtime.WorkerSize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Spark standalone cluster behind one databricks-local cluster with workers: its Master (whose URL
 * the driver connects to) and its Worker JVMs, each offering {@code workerSize} to one executor.
 * The worker list changes with resizes; the launcher is the only one to change it.
 */
final class StandaloneCluster {
    /** A started Worker JVM; its log shows why it did not register. */
    record Worker(int index, Process process, Path logFile) {
    }

    private final String clusterId;
    private final Process master;
    private final String masterUrl;
    private final Path dir;
    private final WorkerSize workerSize;
    private final List<Worker> workers = new ArrayList<>();

    StandaloneCluster(String clusterId, Process master, String masterUrl, Path dir, WorkerSize workerSize) {
        this.clusterId = clusterId;
        this.master = master;
        this.masterUrl = masterUrl;
        this.dir = dir;
        this.workerSize = workerSize;
    }

    String clusterId() {
        return clusterId;
    }

    Process master() {
        return master;
    }

    String masterUrl() {
        return masterUrl;
    }

    Path dir() {
        return dir;
    }

    WorkerSize workerSize() {
        return workerSize;
    }

    synchronized List<Worker> workers() {
        return List.copyOf(workers);
    }

    synchronized void add(Worker worker) {
        workers.add(worker);
    }

    /** Takes the newest workers off the list beyond {@code count}; the caller stops them. */
    synchronized List<Worker> removeBeyond(int count) {
        List<Worker> removed = new ArrayList<>();
        while (workers.size() > count) {
            removed.add(workers.remove(workers.size() - 1));
        }
        return removed;
    }

    synchronized int nextIndex() {
        return workers.stream().mapToInt(Worker::index).max().orElse(0) + 1;
    }

    /** Every process of the cluster, the Master last (Workers report to it until they are gone). */
    synchronized List<Process> processes() {
        List<Process> all = new ArrayList<>();
        workers.forEach(worker -> all.add(worker.process()));
        all.add(master);
        return all;
    }
}
