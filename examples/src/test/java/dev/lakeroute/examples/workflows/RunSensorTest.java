package dev.lakeroute.examples.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;

/** run-sensor: a FAILED run raises one alert file; a successful run none. */
class RunSensorTest extends WorkflowTestSupport {

    @RegisterExtension
    static final DatabricksLocalExtension LOCAL = DatabricksLocalExtension.perJvm();

    @TempDir
    Path dir;

    @Override
    protected DatabricksLocalExtension local() {
        return LOCAL;
    }

    private long run(String clusterId, String script) {
        Exchange e = template.request("databricks:jobs/runs/submit", x -> x.getMessage().setBody(Map.of("run_name", "sensor-" + script,
                "tasks", List.of(Map.of("task_key", "main", "existing_cluster_id", clusterId,
                        "spark_python_task", Map.of("python_file", "dbfs:/FileStore/run-sensor/" + script))))));
        return e.getMessage().getHeader(DatabricksConstants.RUN_ID, Long.class) != null
                ? e.getMessage().getHeader(DatabricksConstants.RUN_ID, Long.class)
                : ((dev.lakeroute.camel.databricks.error.DatabricksRunFailedException) e.getException()).getRunId();
    }

    @ParameterizedTest
    @EnumSource(Dsl.class)
    void aFailedRunRaisesOneAlertAndASuccessfulRunNone(Dsl dsl) throws Exception {
        String clusterId = (String) call("databricks:clusters/create?sparkVersion=latest-lts&waitForState=RUNNING",
                Map.of("cluster_name", "sensor-" + dsl, "node_type_id", "i3.xlarge", "num_workers", 0)).get("cluster_id");
        call("databricks:dbfs/put?overwrite=true&path=/FileStore/run-sensor/fail.py", "raise SystemExit('bad input')\n");
        call("databricks:dbfs/put?overwrite=true&path=/FileStore/run-sensor/ok.py", "print('fine')\n");
        Path alerts = dir.resolve("alerts");
        Path store = dir.resolve("sensor.dat");
        start(dsl, "run-sensor.yaml", new RunSensorRoutes(), Map.of(
                "run-sensor.delay", "200", "run-sensor.since", "5m",
                "run-sensor.alert-dir", alerts.toString(), "run-sensor.store", store.toString()));

        long failed = run(clusterId, "fail.py");
        long ok = run(clusterId, "ok.py");

        Path alert = alerts.resolve("run-" + failed + ".txt");
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(alert));
        assertThat(Files.readString(alert)).contains("FAILED").contains("bad input").contains("/run/" + failed);
        Thread.sleep(1000);
        assertThat(alerts.resolve("run-" + ok + ".txt")).doesNotExist();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(Files.readString(store)).contains("jobs/runs/list:" + failed).contains("jobs/runs/list:" + ok));
        call("databricks:clusters/delete?clusterId=" + clusterId, null);
    }
}
