package dev.lakeroute.dblocal.execution;

import dev.lakeroute.dblocal.controlplane.jobs.TaskRunner;
import dev.lakeroute.dblocal.controlplane.libraries.JarInstaller;
import dev.lakeroute.dblocal.controlplane.libraries.LibraryRegistry;
import dev.lakeroute.dblocal.driver.SparkDriverRuntime;
import dev.lakeroute.dblocal.runtime.ClusterRuntime;

import java.util.Map;
import java.util.Optional;

/**
 * What the Spark drivers give the control plane, handed in when it is assembled: libraries installed on
 * a RUNNING cluster reach its driver at once ({@link #jarInstaller()}), and notebook, JAR and spark-submit
 * tasks of job runs execute on their cluster's driver ({@link #taskRunners}). Without Spark there is none.
 */
public final class SparkPlane {
    private final SparkDriverRuntime spark;

    private SparkPlane(SparkDriverRuntime spark) {
        this.spark = spark;
    }

    /** The execution plane of {@code runtime}, if its clusters are Spark drivers. */
    public static Optional<SparkPlane> of(ClusterRuntime runtime) {
        return runtime instanceof SparkDriverRuntime spark ? Optional.of(new SparkPlane(spark)) : Optional.empty();
    }

    public JarInstaller jarInstaller() {
        return spark::installJar;
    }

    /** The runners of the task types that run on a cluster's driver; JAR tasks wait for their libraries in {@code libraries}. */
    public Map<String, TaskRunner> taskRunners(LibraryRegistry libraries) {
        return Map.of(
                "notebook_task", new NotebookTaskRunner(spark),
                "spark_jar_task", new JarTaskRunner(spark, libraries),
                "spark_submit_task", new SparkSubmitTaskRunner(spark));
    }
}
