package dev.lakeroute.examples.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** file-to-job: a dropped file is uploaded, a notebook run reads it on the cluster, the file moves to done/ or failed/. */
class FileToJobTest extends SparkWorkflowTestSupport {

    @TempDir
    Path inbox;

    @ParameterizedTest
    @EnumSource(Dsl.class)
    @SuppressWarnings("unchecked")
    void aDroppedFileIsUploadedProcessedByANotebookRunAndMovedToDone(Dsl dsl) throws Exception {
        String landing = "/landing/file-to-job-" + dsl;
        start(dsl, "file-to-job.yaml", new FileToJobRoutes(), Map.of("databricks.cluster-id", cluster(),
                "file-to-job.inbox", inbox.toString(), "file-to-job.dbfs-dir", landing,
                "file-to-job.notebook", "/Shared/count-lines-" + dsl));
        Files.writeString(inbox.resolve("orders.csv"), "id,amount\n1,10\n2,20\n");

        await().atMost(Duration.ofSeconds(120)).until(() -> Files.exists(inbox.resolve("done/orders.csv")));
        assertThat(inbox.resolve("orders.csv")).doesNotExist();
        assertThat(call("databricks:dbfs/get-status?path=" + landing + "/orders.csv", null)).containsEntry("file_size", 20);
        List<Map<String, Object>> runs = (List<Map<String, Object>>) (List<?>) template.requestBody(
                "databricks:jobs/runs/list?paginate=true&param.run_type=SUBMIT_RUN", null, List.class);
        Map<String, Object> run = runs.stream().filter(r -> ("file-to-job orders.csv").equals(r.get("run_name"))
                && ((Number) r.get("start_time")).longValue() > 0).findFirst().orElseThrow();
        assertThat(((Map<String, Object>) run.get("state")).get("result_state")).isEqualTo("SUCCESS");
    }
}
