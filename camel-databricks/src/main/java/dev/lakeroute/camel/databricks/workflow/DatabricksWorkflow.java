package dev.lakeroute.camel.databricks.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A job definition written in Java for {@code databricks:workflow}, the Camel take on Airflow's
 * DatabricksWorkflowTaskGroup: tasks with their dependencies and run_if, a cluster they share, job settings.
 * {@link #build()} gives the jobs/create settings as a Map (the message body or the {@code definition} bean).
 * <pre>{@code
 * DatabricksWorkflow.named("nightly-etl")
 *     .existingCluster("0101-abc")
 *     .task("extract").pythonFile("dbfs:/etl/extract.py", "--day", "2025-01-31")
 *     .task("transform").notebook("/Repos/etl/transform").dependsOn("extract")
 *     .task("report").pythonFile("dbfs:/etl/report.py").dependsOn("transform").runIf("ALL_DONE")
 *     .build();
 * }</pre>
 * Not thread-safe while being written; {@link #build()} copies.
 */
public final class DatabricksWorkflow {

    /** Task types that need no cluster. */
    private static final Set<String> CLUSTERLESS = Set.of("condition_task", "run_job_task", "pipeline_task", "sql_task",
            "dbt_cloud_task", "for_each_task");
    private static final Set<String> CLUSTER_FIELDS = Set.of("existing_cluster_id", "job_cluster_key", "new_cluster", "environment_key");

    private final Map<String, Object> settings = new LinkedHashMap<>();
    private final List<Task> tasks = new ArrayList<>();
    private final Map<String, Object> jobClusters = new LinkedHashMap<>();
    private final Map<String, String> tags = new LinkedHashMap<>();
    private String existingCluster;

    private DatabricksWorkflow(String name) {
        settings.put("name", name);
    }

    /** A workflow whose job is called {@code name} in the workspace (the route finds its job again by it). */
    public static DatabricksWorkflow named(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a workflow needs a name: its job is found again by it");
        }
        return new DatabricksWorkflow(name);
    }

    /** The cluster of every task that names none. */
    public DatabricksWorkflow existingCluster(String clusterId) {
        this.existingCluster = clusterId;
        return this;
    }

    /**
     * A job cluster ({@code job_clusters}) created for each run: {@code spec} is its new_cluster (spark_version,
     * node_type_id, num_workers ...). Without {@link #existingCluster}, the first one is the cluster of every task that
     * names none.
     */
    public DatabricksWorkflow jobCluster(String key, Map<String, Object> spec) {
        jobClusters.put(key, Map.copyOf(spec));
        return this;
    }

    public DatabricksWorkflow maxConcurrentRuns(int runs) {
        return setting("max_concurrent_runs", runs);
    }

    public DatabricksWorkflow timeoutSeconds(int seconds) {
        return setting("timeout_seconds", seconds);
    }

    public DatabricksWorkflow tag(String key, String value) {
        tags.put(key, value);
        return this;
    }

    /** Any other job setting (email_notifications, parameters, queue, schedule ...), as jobs/create names it. */
    public DatabricksWorkflow setting(String field, Object value) {
        settings.put(field, value);
        return this;
    }

    /** Starts a new task; its methods describe it, {@link Task#task} starts the next one. */
    public Task task(String key) {
        if (tasks.stream().anyMatch(t -> t.key.equals(key))) {
            throw new IllegalArgumentException("task " + key + " is declared twice");
        }
        Task task = new Task(key);
        tasks.add(task);
        return task;
    }

    /** The jobs/create settings: name, tasks, job_clusters, tags and the other settings given. */
    public Map<String, Object> build() {
        if (tasks.isEmpty()) {
            throw new IllegalStateException("workflow " + settings.get("name") + " has no task");
        }
        Map<String, Object> built = new LinkedHashMap<>(settings);
        String defaultJobCluster = existingCluster == null && !jobClusters.isEmpty() ? jobClusters.keySet().iterator().next() : null;
        List<Map<String, Object>> taskList = new ArrayList<>();
        for (Task task : tasks) {
            Map<String, Object> fields = new LinkedHashMap<>(task.fields);
            boolean needsCluster = fields.keySet().stream().noneMatch(CLUSTERLESS::contains)
                                   && fields.keySet().stream().noneMatch(CLUSTER_FIELDS::contains);
            if (needsCluster && existingCluster != null) {
                fields.put("existing_cluster_id", existingCluster);
            } else if (needsCluster && defaultJobCluster != null) {
                fields.put("job_cluster_key", defaultJobCluster);
            }
            taskList.add(fields);
        }
        built.put("tasks", taskList);
        if (!jobClusters.isEmpty()) {
            List<Map<String, Object>> clusters = new ArrayList<>();
            jobClusters.forEach((key, spec) -> clusters.add(Map.of("job_cluster_key", key, "new_cluster", spec)));
            built.put("job_clusters", clusters);
        }
        if (!tags.isEmpty()) {
            built.put("tags", new LinkedHashMap<>(tags));
        }
        return built;
    }

    /** One task of the workflow. */
    public final class Task {
        private final String key;
        private final Map<String, Object> fields = new LinkedHashMap<>();

        private Task(String key) {
            this.key = key;
            fields.put("task_key", key);
        }

        /** A notebook_task: the notebook's workspace path. */
        public Task notebook(String path) {
            return notebook(path, Map.of());
        }

        public Task notebook(String path, Map<String, String> baseParameters) {
            Map<String, Object> notebook = new LinkedHashMap<>();
            notebook.put("notebook_path", path);
            if (!baseParameters.isEmpty()) {
                notebook.put("base_parameters", Map.copyOf(baseParameters));
            }
            return field("notebook_task", notebook);
        }

        /** A spark_python_task: a python file (dbfs:/..., /Workspace/..., /Volumes/...) and its arguments. */
        public Task pythonFile(String path, String... parameters) {
            Map<String, Object> python = new LinkedHashMap<>();
            python.put("python_file", path);
            if (parameters.length > 0) {
                python.put("parameters", List.of(parameters));
            }
            return field("spark_python_task", python);
        }

        /** A spark_jar_task: the main class (its jar among the task's libraries) and its arguments. */
        public Task sparkJar(String mainClass, String... parameters) {
            Map<String, Object> jar = new LinkedHashMap<>();
            jar.put("main_class_name", mainClass);
            if (parameters.length > 0) {
                jar.put("parameters", List.of(parameters));
            }
            return field("spark_jar_task", jar);
        }

        /** Runs after these tasks (depends_on). */
        public Task dependsOn(String... taskKeys) {
            List<Map<String, String>> dependencies = new ArrayList<>();
            for (String upstream : taskKeys) {
                dependencies.add(Map.of("task_key", upstream));
            }
            return field("depends_on", dependencies);
        }

        /** ALL_SUCCESS (default), AT_LEAST_ONE_SUCCESS, NONE_FAILED, ALL_DONE, AT_LEAST_ONE_FAILED or ALL_FAILED. */
        public Task runIf(String condition) {
            return field("run_if", condition);
        }

        public Task existingCluster(String clusterId) {
            return field("existing_cluster_id", clusterId);
        }

        public Task jobCluster(String jobClusterKey) {
            return field("job_cluster_key", jobClusterKey);
        }

        public Task maxRetries(int retries) {
            return field("max_retries", retries);
        }

        public Task timeoutSeconds(int seconds) {
            return field("timeout_seconds", seconds);
        }

        /** Any other task field (libraries, min_retry_interval_millis, condition_task ...), as jobs/create names it. */
        public Task field(String name, Object value) {
            fields.put(name, value);
            return this;
        }

        /** The next task. */
        public Task task(String nextKey) {
            return DatabricksWorkflow.this.task(nextKey);
        }

        public DatabricksWorkflow workflow() {
            return DatabricksWorkflow.this;
        }

        public Map<String, Object> build() {
            return DatabricksWorkflow.this.build();
        }
    }
}
