package dev.lakeroute.dblocal.execution;

import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterRegistry;
import dev.lakeroute.dblocal.controlplane.clusters.TerminationReason;
import dev.lakeroute.dblocal.controlplane.jobs.TaskRunners;
import dev.lakeroute.dblocal.controlplane.libraries.LibraryRegistry;
import dev.lakeroute.dblocal.driver.SparkDriverRuntime;
import org.slf4j.Logger;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Connects the Spark drivers to the control plane: libraries installed on a RUNNING cluster reach its
 * driver at once, notebook, JAR and spark-submit tasks of job runs execute on their cluster's driver,
 * and a driver that dies on its own terminates its cluster instead of leaving a RUNNING cluster with
 * nothing behind it.
 */
public final class SparkPlane {
    private static final Logger LOG = LoggerFactory.getLogger(SparkPlane.class);

    private SparkPlane() {
    }

    public static void wire(ServerContext context) {
        if (!(context.runtime() instanceof SparkDriverRuntime spark)) {
            return;
        }
        LibraryRegistry.of(context).addJarInstaller(spark::installJar);
        TaskRunners runners = TaskRunners.of(context);
        runners.register("notebook_task", new NotebookTaskRunner(spark));
        runners.register("spark_jar_task", new JarTaskRunner(spark));
        runners.register("spark_submit_task", new SparkSubmitTaskRunner(spark));
        ClusterRegistry clusters = ClusterRegistry.of(context);
        spark.addExitListener((clusterId, exitCode, logTail) -> {
            if (clusters.find(clusterId).isEmpty()) {
                return; // a warehouse's driver: the SQL family watches its own
            }
            LOG.warn("Spark driver of cluster {} exited with code {}; terminating the cluster. Last driver log lines:\n{}",
                    clusterId, exitCode, logTail);
            String message = "The Spark driver exited unexpectedly with code " + exitCode + "; see its driver.log";
            clusters.terminate(clusterId, new TerminationReason("DRIVER_UNREACHABLE", "SERVICE_FAULT",
                    Map.of("databricks_error_message", message), message), "databricks-local");
        });
    }
}
