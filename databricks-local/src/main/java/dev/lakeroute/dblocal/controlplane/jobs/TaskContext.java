package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterInfo;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a {@link TaskRunner} gets for one task run.
 *
 * @param runId         the job run the task belongs to
 * @param taskRunId     this task run's id ({@code runs/get-output?run_id=})
 * @param jobId         the job (submit runs have a one-time job id too)
 * @param taskKey       the task's {@code task_key}
 * @param taskType      the task's type field, e.g. {@code spark_python_task}
 * @param task          the task as it runs: run-now overrides applied, {@code {{…}}} references resolved
 * @param cluster       the RUNNING cluster the task runs on, if it needs one
 * @param attemptNumber 0 for the first attempt, then 1, 2… for retries
 * @param workDir       a scratch directory of this task run (logs, temporary files)
 * @param jobParameters the run's job parameters by name
 * @param upstreamValues the task values of the tasks upstream of this one: {@code {task key: {key: value}}},
 *                      every upstream task present (with no values if it set none)
 * @param server        the server, for the store (DBFS and workspace roots) and settings
 */
public record TaskContext(long runId, long taskRunId, long jobId, String taskKey, String taskType, ObjectNode task,
                          Optional<ClusterInfo> cluster, int attemptNumber, Path workDir, Map<String, String> jobParameters,
                          ObjectNode upstreamValues, ServerContext server) {

    /** The type-specific settings, e.g. the {@code spark_python_task} object. */
    public ObjectNode settings() {
        return (ObjectNode) task.path(taskType);
    }
}
