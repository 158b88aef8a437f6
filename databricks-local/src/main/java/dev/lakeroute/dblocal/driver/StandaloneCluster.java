package dev.lakeroute.dblocal.driver;

import dev.lakeroute.dblocal.runtime.WorkerSize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The Spark standalone cluster behind one databricks-local cluster with workers: its Master (whose URL
 * the driver connects to, known before the Master is up) and its Worker JVMs, each offering
 * {@code workerSize} to one executor. {@code ready} completes once the Master takes registrations; the
 * Workers and the driver, started with it, wait for {@code readyFile}. The worker list changes with
 * resizes; the launcher and the runtime are the only ones to change it.
 */
final class StandaloneCluster {
    /** A started Worker JVM; its log shows why it did not register; its executors keep their files under {@code workDir}. */
    record Worker(int index, Process process, Path logFile, Path workDir) {

        /** Whether the executor {@code executorId} of application {@code applicationId} runs in this Worker. */
        boolean runs(String applicationId, String executorId) {
            return Files.isDirectory(workDir.resolve(applicationId).resolve(executorId));
        }
    }

    private final String clusterId;
    private final Process master;
    private final String masterUrl;
    private final Path dir;
    private final WorkerSize workerSize;
    private final Path readyFile;
    private final CompletableFuture<Void> ready;
    private final List<Worker> workers = new ArrayList<>();

    StandaloneCluster(String clusterId, Process master, String masterUrl, Path dir, WorkerSize workerSize, Path readyFile,
                      CompletableFuture<Void> ready) {
        this.clusterId = clusterId;
        this.master = master;
        this.masterUrl = masterUrl;
        this.dir = dir;
        this.workerSize = workerSize;
        this.readyFile = readyFile;
        this.ready = ready;
    }

    Path readyFile() {
        return readyFile;
    }

    /** Completes once the Master takes registrations; fails (the Master killed) when it exits or times out first. */
    CompletableFuture<Void> ready() {
        return ready;
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

    /**
     * Takes workers off the list down to {@code count}: those in {@code idleFirst} (in its order) first,
     * then the newest; the caller stops them.
     */
    synchronized List<Worker> removeDownTo(int count, List<Integer> idleFirst) {
        List<Worker> removed = new ArrayList<>();
        for (int index : idleFirst) {
            if (workers.size() <= count) {
                break;
            }
            workers.stream().filter(worker -> worker.index() == index).findFirst().ifPresent(worker -> {
                workers.remove(worker);
                removed.add(worker);
            });
        }
        removed.addAll(removeBeyond(count));
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
