package dev.lakeroute.dblocal.sparkdriver;

import java.util.Arrays;

/**
 * A Spark standalone Master or Worker of one databricks-local cluster:
 * {@code StandaloneDaemon master|worker <clusterId> <Spark's own arguments>}. Spark's daemons run until
 * killed; this wrapper ends them, like a driver, when databricks-local is gone (stdin EOF), so a
 * {@code kill -9} of the server leaves no cluster JVM behind. A Worker's exit kills its executors
 * (Spark's shutdown hook). The cluster id is only there to name the process in listings. A Worker
 * started with its Master waits behind the {@link MasterGate}.
 */
public final class StandaloneDaemon {
    /** databricks-local kills a Worker whose Master failed; this only bounds an orphan. */
    private static final java.time.Duration MASTER_WAIT = java.time.Duration.ofMinutes(10);

    private StandaloneDaemon() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !(args[0].equals("master") || args[0].equals("worker"))) {
            throw new IllegalArgumentException("Usage: StandaloneDaemon master|worker <clusterId> <Spark arguments>, got "
                    + Arrays.toString(args));
        }
        ParentWatcher.watch(System.in, () -> System.exit(0));
        String[] sparkArgs = Arrays.copyOfRange(args, 2, args.length);
        if (args[0].equals("master")) {
            org.apache.spark.deploy.master.Master.main(sparkArgs);
        } else {
            MasterGate.awaitIfGated(MASTER_WAIT, "org.apache.spark.deploy.worker.Worker", "org.apache.spark.rpc.netty.NettyRpcEnv",
                    "org.apache.spark.deploy.worker.ExecutorRunner");
            org.apache.spark.deploy.worker.Worker.main(sparkArgs);
        }
    }
}
