package dev.lakeroute.examples.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.apache.camel.component.quartz.QuartzComponent;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quartz.JobKey;

import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;

/** cluster-schedule: the 07:00 trigger starts and resizes the cluster, the 20:00 one terminates it (triggers fired by the test). */
class ClusterScheduleTest extends WorkflowTestSupport {

    @RegisterExtension
    static final DatabricksLocalExtension LOCAL = DatabricksLocalExtension.perJvm();

    @Override
    protected DatabricksLocalExtension local() {
        return LOCAL;
    }

    @ParameterizedTest
    @EnumSource(Dsl.class)
    void morningTriggerStartsAndResizesTheClusterEveningTriggerTerminatesIt(Dsl dsl) throws Exception {
        String clusterId = (String) call("databricks:clusters/create?sparkVersion=latest-lts&waitForState=RUNNING",
                Map.of("cluster_name", "schedule-" + dsl, "node_type_id", "i3.xlarge", "num_workers", 1)).get("cluster_id");
        call("databricks:clusters/delete?waitForState=TERMINATED&clusterId=" + clusterId, null);

        start(dsl, "cluster-schedule.yaml", new ClusterScheduleRoutes(), Map.of(
                "databricks.cluster-id", clusterId,
                "cluster-schedule.workers", "3",
                // Never due during the test: the test fires the triggers itself.
                "cluster-schedule.start-cron", "0+0+7+1+1+?+2099",
                "cluster-schedule.stop-cron", "0+0+20+1+1+?+2099"));
        org.quartz.Scheduler quartz = context.getComponent("quartz", QuartzComponent.class).getScheduler();

        quartz.triggerJob(JobKey.jobKey("start", "cluster-schedule"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> cluster = call("databricks:clusters/get?clusterId=" + clusterId, null);
            assertThat(cluster.get("state")).isEqualTo("RUNNING");
            assertThat(cluster.get("num_workers")).isEqualTo(3);
        });

        quartz.triggerJob(JobKey.jobKey("stop", "cluster-schedule"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(call("databricks:clusters/get?clusterId=" + clusterId, null).get("state")).isEqualTo("TERMINATED"));
    }
}
