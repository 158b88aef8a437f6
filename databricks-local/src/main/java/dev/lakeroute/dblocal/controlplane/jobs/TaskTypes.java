package dev.lakeroute.dblocal.controlplane.jobs;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The task type fields of a Jobs task; exactly one is set per task. */
final class TaskTypes {
    static final String SPARK_PYTHON = "spark_python_task";
    static final String RUN_JOB = "run_job_task";
    static final String CONDITION = "condition_task";

    /** Types that need Spark on a cluster: refused unless the execution plane hands in runners for them. */
    static final List<String> SPARK_TYPES = List.of("notebook_task", "spark_jar_task", "sql_task", "spark_submit_task",
            "pipeline_task", "python_wheel_task", "dbt_task", "for_each_task");

    static final List<String> ALL = List.of("notebook_task", "spark_jar_task", SPARK_PYTHON, "spark_submit_task", "pipeline_task",
            "python_wheel_task", "dbt_task", "sql_task", RUN_JOB, CONDITION, "for_each_task", "dbt_cloud_task", "dbt_platform_task",
            "power_bi_task", "dashboard_task", "alert_task", "clean_rooms_notebook_task", "gen_ai_compute_task", "ai_runtime_task",
            "python_operator_task");

    /** Types that never run on a cluster. */
    static final Set<String> CLUSTERLESS = Set.of(RUN_JOB, CONDITION, "pipeline_task", "sql_task", "dbt_cloud_task",
            "dbt_platform_task", "power_bi_task", "dashboard_task", "alert_task", "for_each_task");

    private TaskTypes() {
    }

    static Optional<String> of(JsonNode task) {
        return ALL.stream().filter(task::hasNonNull).findFirst();
    }

    static long count(JsonNode task) {
        return ALL.stream().filter(task::hasNonNull).count();
    }
}
