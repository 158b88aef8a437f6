package dev.lakeroute.camel.databricks.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

/**
 * Job runs of python scripts on the shared cluster: the scripts on DBFS and builders of their tasks. {@code once.py}
 * fails its first run and succeeds from then on: it fails unless the marker file its parameter names exists next to
 * it, and creates that marker as it fails — a task that a retry or a repair fixes.
 */
abstract class JobsTestSupport extends DatabricksLocalTestSupport {

    static final String SCRIPTS = "/FileStore/it-flow/";
    private static boolean uploaded;
    protected String clusterId;

    @BeforeEach
    void clusterAndScripts() {
        clusterId = sharedCluster();
        if (uploaded) {
            return;
        }
        put("ok.py", "print('hello from python')\n");
        put("fail.py", "print('about to fail')\n1 / 0\n");
        put("sleep.py", "import sys, time\ntime.sleep(float(sys.argv[1]) if len(sys.argv) > 1 else 600)\nprint('slept')\n");
        put("once.py", """
                import os, sys
                marker = os.path.join(os.path.dirname(os.path.abspath(__file__)), sys.argv[1])
                if not os.path.exists(marker):
                    open(marker, 'w').close()
                    sys.exit('first attempt: no marker ' + sys.argv[1] + ' yet')
                print('marker ' + sys.argv[1] + ' found')
                """);
        uploaded = true;
    }

    private void put(String name, String script) {
        call("databricks:dbfs/put?overwrite=true&path=" + SCRIPTS + name, script);
    }

    /** A task running {@code script} with {@code parameters} on the shared cluster. */
    protected Map<String, Object> task(String key, String script, String... parameters) {
        Map<String, Object> python = new LinkedHashMap<>();
        python.put("python_file", "dbfs:" + SCRIPTS + script);
        python.put("parameters", List.of(parameters));
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("task_key", key);
        task.put("existing_cluster_id", clusterId);
        task.put("spark_python_task", python);
        return task;
    }

    protected static Map<String, Object> with(Map<String, Object> map, Object... keysAndValues) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return copy;
    }

    /** A one-time run of these tasks (jobs/runs/submit). */
    @SafeVarargs
    protected static Map<String, Object> submitRun(String name, Map<String, Object>... tasks) {
        return new LinkedHashMap<>(Map.of("run_name", name, "tasks", new ArrayList<>(List.of(tasks))));
    }

    /** Creates a job of these tasks; answers its id. */
    @SafeVarargs
    protected final long createJob(Map<String, Object> settings, Map<String, Object>... tasks) {
        Map<String, Object> job = new LinkedHashMap<>(settings);
        job.put("tasks", List.of(tasks));
        return ((Number) map("databricks:jobs/create", job).get("job_id")).longValue();
    }

    protected static String unique(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    @SuppressWarnings("unchecked")
    protected Map<String, Object> runState(Object runId) {
        return (Map<String, Object>) map("databricks:jobs/runs/get?runId=" + runId, null).get("state");
    }
}
