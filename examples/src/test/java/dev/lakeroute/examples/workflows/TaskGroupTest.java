package dev.lakeroute.examples.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;

/** task-group: the transform task fails its first attempt, the repair makes the run succeed; one job per workflow. */
class TaskGroupTest extends WorkflowTestSupport {

    @RegisterExtension
    static final DatabricksLocalExtension LOCAL = DatabricksLocalExtension.perJvm();

    @TempDir
    Path dir;

    @Override
    protected DatabricksLocalExtension local() {
        return LOCAL;
    }

    @ParameterizedTest
    @EnumSource(Dsl.class)
    @SuppressWarnings("unchecked")
    void theTaskGroupRunsAsOneJobAndItsFailedTaskIsRepaired(Dsl dsl) throws Exception {
        String clusterId = (String) call("databricks:clusters/create?sparkVersion=latest-lts&waitForState=RUNNING",
                Map.of("cluster_name", "task-group-" + dsl, "node_type_id", "i3.xlarge", "num_workers", 0)).get("cluster_id");
        String scripts = "/FileStore/task-group-" + dsl + "-" + System.nanoTime();
        call("databricks:dbfs/put?overwrite=true&path=" + scripts + "/extract.py", "print('extracted')\n");
        call("databricks:dbfs/put?overwrite=true&path=" + scripts + "/report.py", "print('reported')\n");
        // Fails until its marker exists, and leaves the marker: the first attempt fails, the repair succeeds.
        call("databricks:dbfs/put?overwrite=true&path=" + scripts + "/transform.py", """
                import os, sys
                marker = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'transformed-once')
                if not os.path.exists(marker):
                    open(marker, 'w').close()
                    sys.exit('source not ready yet')
                print('transformed')
                """);
        String jobName = "task-group-" + dsl + "-" + System.nanoTime();
        Path out = dir.resolve("out");
        start(dsl, "task-group.yaml", new TaskGroupRoutes(), Map.of("databricks.cluster-id", clusterId,
                "task-group.job-name", jobName, "task-group.scripts", "dbfs:" + scripts, "task-group.out-dir", out.toString()));

        await().atMost(Duration.ofSeconds(60)).until(() -> Files.isDirectory(out) && files(out).size() == 1);
        String result = Files.readString(files(out).get(0));
        assertThat(result).contains("extract SUCCESS", "transform SUCCESS", "report SUCCESS");
        List<Object> jobs = (List<Object>) call("databricks:jobs/list?name=" + jobName, null).get("jobs");
        assertThat(jobs).hasSize(1);
        call("databricks:clusters/delete?clusterId=" + clusterId, null);
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
