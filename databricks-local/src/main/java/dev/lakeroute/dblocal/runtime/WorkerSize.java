package dev.lakeroute.dblocal.runtime;

/**
 * What one worker of a cluster offers its executor: cores and memory, from the node type (see the
 * "Clusters with workers" table in the README) capped by this machine.
 *
 * @param memoryMb at least {@value #MIN_MEMORY_MB}: Spark refuses executors with less
 */
public record WorkerSize(int cores, int memoryMb) {
    public static final int MIN_MEMORY_MB = 512;
    /** For launches that name no node type. */
    public static final WorkerSize DEFAULT = new WorkerSize(1, 1024);

    public WorkerSize {
        if (cores < 1) {
            throw new IllegalArgumentException("A worker needs at least 1 core, was " + cores);
        }
        if (memoryMb < MIN_MEMORY_MB) {
            throw new IllegalArgumentException("A worker needs at least " + MIN_MEMORY_MB + " MB (Spark's minimum for an executor), was " + memoryMb);
        }
    }

    /** As Spark's memory options take it: {@code 512m}. */
    public String memory() {
        return memoryMb + "m";
    }
}
