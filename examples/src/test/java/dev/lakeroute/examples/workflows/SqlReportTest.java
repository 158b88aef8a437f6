package dev.lakeroute.examples.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.component.quartz.QuartzComponent;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quartz.JobKey;

/** sql-report: the cron trigger (fired by the test) runs the statement on the warehouse and writes the CSV. */
class SqlReportTest extends SparkWorkflowTestSupport {

    @TempDir
    Path out;

    @ParameterizedTest
    @EnumSource(Dsl.class)
    void cronRunsTheStatementAndWritesACsvReport(Dsl dsl) throws Exception {
        start(dsl, "sql-report.yaml", new SqlReportRoutes(), Map.of("databricks.warehouse-id", warehouse(),
                "sql-report.cron", "0+0+6+1+1+?+2099", "sql-report.out-dir", out.toString()));
        context.getComponent("quartz", QuartzComponent.class).getScheduler().triggerJob(JobKey.jobKey("daily", "sql-report"));
        await().atMost(Duration.ofSeconds(120)).until(() -> !reports().isEmpty());
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(Files.readString(reports().get(0))).isEqualTo("id,square\n1,1\n2,4\n3,9\n4,16\n5,25\n"));
        assertThat(Files.readString(reports().get(0))).isEqualTo("id,square\n1,1\n2,4\n3,9\n4,16\n5,25\n");
    }

    private List<Path> reports() throws Exception {
        try (Stream<Path> list = Files.list(out)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".csv")).toList();
        }
    }
}
