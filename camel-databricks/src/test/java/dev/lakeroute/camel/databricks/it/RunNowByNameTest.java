package dev.lakeroute.camel.databricks.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;
import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.camel.databricks.error.DatabricksInvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** jobs/run-now?jobName= finds its job through every page of jobs/list; cancelPreviousRuns clears the way first. */
class RunNowByNameTest extends JobsTestSupport {

    @Test
    void runNowByNameRunsTheOneJobOfThatName() {
        String name = unique("it-by-name");
        long job = createJob(Map.of("name", name), task("main", "ok.py"));
        Exchange e = exchange("databricks:jobs/run-now?jobName=" + name, null);
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader(DatabricksConstants.JOB_ID)).isEqualTo(job);
        assertThat(e.getMessage().getHeader(DatabricksConstants.RUN_RESULT_STATE)).isEqualTo("SUCCESS");
    }

    @Test
    void aNameOfNoJobFailsSayingSo() {
        DatabricksException failure = failure("databricks:jobs/run-now?jobName=" + unique("it-no-such-job"), null);
        assertThat(failure).isInstanceOf(DatabricksInvalidRequestException.class);
        assertThat(failure.getMessage()).contains("jobName", "names no job");
    }

    @Test
    void aNameOfSeveralJobsFailsNamingEveryIdOverAllPages() {
        String name = unique("it-ambiguous");
        List<Long> ids = new ArrayList<>();
        // More than one page of jobs/list (100 a page): the lookup must read them all.
        for (int i = 0; i < 101; i++) {
            ids.add(createJob(Map.of("name", name), task("main", "ok.py")));
        }
        DatabricksException failure = failure("databricks:jobs/run-now?jobName=" + name, null);
        assertThat(failure.getMessage()).contains("names 101 jobs", String.valueOf(ids.get(0)), String.valueOf(ids.get(100)));
        ids.forEach(id -> call("databricks:jobs/delete?jobId=" + id, null));
    }

    @Test
    void jobNameAndJobIdTogetherFailTheRouteAtStartup() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:both").to("databricks:jobs/run-now?jobName=a&jobId=1");
            }
        })).isInstanceOf(FailedToCreateRouteException.class).rootCause().isInstanceOf(DatabricksConfigurationException.class)
                .hasMessageContaining("either jobName or jobId");
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:submit-by-name").to("databricks:jobs/runs/submit?jobName=a");
            }
        })).rootCause().hasMessageContaining("jobName").hasMessageContaining("only with jobs/run-now");
    }

    @Test
    void cancelPreviousRunsCancelsTheActiveRunsAndWaitsForTheirEndBeforeStarting() {
        String name = unique("it-cancel-previous");
        long job = createJob(Map.of("name", name, "max_concurrent_runs", 1, "queue", Map.of("enabled", false)),
                task("sleep", "sleep.py", "600"));
        Object previous = exchange("databricks:jobs/run-now?waitForCompletion=false&jobId=" + job, null).getMessage()
                .getHeader(DatabricksConstants.RUN_ID);
        Exchange e = exchange("databricks:jobs/run-now?cancelPreviousRuns=true&jobName=" + name,
                Map.of("python_params", List.of("0")));
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader(DatabricksConstants.RUN_RESULT_STATE)).isEqualTo("SUCCESS");
        assertThat(runState(previous)).containsEntry("life_cycle_state", "TERMINATED").containsEntry("result_state", "CANCELED");
    }
}
