package dev.lakeroute.dblocal.controlplane.resources;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.service.ml.CreateExperiment;
import com.databricks.sdk.service.ml.CreateRun;
import com.databricks.sdk.service.ml.DeleteExperiment;
import com.databricks.sdk.service.ml.Experiment;
import com.databricks.sdk.service.ml.LogMetric;
import com.databricks.sdk.service.ml.LogParam;
import com.databricks.sdk.service.ml.Metric;
import com.databricks.sdk.service.ml.RestoreExperiment;
import com.databricks.sdk.service.ml.Run;
import com.databricks.sdk.service.ml.RunInfoStatus;
import com.databricks.sdk.service.ml.SearchExperiments;
import com.databricks.sdk.service.ml.SearchRuns;
import com.databricks.sdk.service.ml.SetTag;
import com.databricks.sdk.service.ml.UpdateExperiment;
import com.databricks.sdk.service.ml.UpdateRun;
import com.databricks.sdk.service.ml.ViewType;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.UUID;

import static dev.lakeroute.dblocal.controlplane.resources.SdkClients.all;
import static dev.lakeroute.dblocal.controlplane.resources.SdkClients.assertErrorCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MlflowSdkTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();

    private WorkspaceClient workspace;
    private String name;

    @BeforeEach
    void connect() {
        workspace = SdkClients.workspace(local);
        name = "/Users/admin/exp-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void experimentsAreCreatedRenamedDeletedAndRestored() {
        String id = workspace.experiments().createExperiment(new CreateExperiment().setName(name)).getExperimentId();
        Experiment experiment = workspace.experiments().getExperiment(id).getExperiment();
        assertThat(experiment.getName()).isEqualTo(name);
        assertThat(experiment.getLifecycleStage()).isEqualTo("active");
        assertThat(workspace.experiments().getByName(name).getExperiment().getExperimentId()).isEqualTo(id);
        assertThatThrownBy(() -> workspace.experiments().createExperiment(new CreateExperiment().setName(name)))
                .satisfies(e -> assertErrorCode(e, "RESOURCE_ALREADY_EXISTS"));

        workspace.experiments().updateExperiment(new UpdateExperiment().setExperimentId(id).setNewName(name + "-renamed"));
        assertThat(workspace.experiments().getExperiment(id).getExperiment().getName()).isEqualTo(name + "-renamed");

        workspace.experiments().deleteExperiment(new DeleteExperiment().setExperimentId(id));
        assertThat(workspace.experiments().getExperiment(id).getExperiment().getLifecycleStage()).isEqualTo("deleted");
        assertThat(all(workspace.experiments().searchExperiments(new SearchExperiments().setFilter("name = '" + name + "-renamed'"))))
                .isEmpty();
        assertThat(all(workspace.experiments().searchExperiments(new SearchExperiments().setFilter("name = '" + name + "-renamed'")
                .setViewType(ViewType.ALL)))).extracting(Experiment::getExperimentId).containsExactly(id);
        workspace.experiments().restoreExperiment(new RestoreExperiment().setExperimentId(id));
        assertThat(workspace.experiments().getExperiment(id).getExperiment().getLifecycleStage()).isEqualTo("active");
    }

    @Test
    void runsLogParamsMetricsAndTagsAndAreSearchable() {
        String experimentId = workspace.experiments().createExperiment(new CreateExperiment().setName(name)).getExperimentId();
        Run run = workspace.experiments().createRun(new CreateRun().setExperimentId(experimentId).setRunName("first")).getRun();
        String runId = run.getInfo().getRunId();
        assertThat(run.getInfo().getStatus()).isEqualTo(RunInfoStatus.RUNNING);
        assertThat(run.getInfo().getRunUuid()).isEqualTo(runId);

        workspace.experiments().logParam(new LogParam().setRunId(runId).setKey("alpha").setValue("0.5"));
        workspace.experiments().logMetric(new LogMetric().setRunId(runId).setKey("rmse").setValue(0.9).setTimestamp(1L).setStep(0L));
        workspace.experiments().logMetric(new LogMetric().setRunId(runId).setKey("rmse").setValue(0.4).setTimestamp(2L).setStep(1L));
        workspace.experiments().setTag(new SetTag().setRunId(runId).setKey("team").setValue("ml"));

        Run stored = workspace.experiments().getRun(runId).getRun();
        assertThat(stored.getData().getParams()).singleElement().satisfies(param -> assertThat(param.getValue()).isEqualTo("0.5"));
        assertThat(stored.getData().getMetrics()).singleElement().satisfies(metric -> assertThat(metric.getValue()).isEqualTo(0.4));
        assertThat(all(workspace.experiments().getHistory(new com.databricks.sdk.service.ml.GetHistoryRequest().setRunId(runId).setMetricKey("rmse"))))
                .extracting(Metric::getValue).containsExactlyInAnyOrder(0.9, 0.4);

        RawHttp.Reply changed = RawHttp.bearer(local.url(), local.token()).post("/api/2.0/mlflow/runs/log-parameter",
                "{\"run_id\":\"" + runId + "\",\"key\":\"alpha\",\"value\":\"0.7\"}");
        assertThat(changed.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");

        assertThat(workspace.experiments().updateRun(new UpdateRun().setRunId(runId).setStatus(com.databricks.sdk.service.ml.UpdateRunStatus.FINISHED)
                .setEndTime(5L)).getRunInfo().getStatus()).isEqualTo(RunInfoStatus.FINISHED);

        List<Run> found = all(workspace.experiments().searchRuns(new SearchRuns().setExperimentIds(List.of(experimentId))
                .setFilter("metrics.rmse < 0.5 and params.alpha = '0.5'")));
        assertThat(found).extracting(r -> r.getInfo().getRunId()).containsExactly(runId);
        assertThat(all(workspace.experiments().searchRuns(new SearchRuns().setExperimentIds(List.of(experimentId))
                .setFilter("tags.team = 'other'")))).isEmpty();

        assertThatThrownBy(() -> workspace.experiments().createRun(new CreateRun().setExperimentId("123")))
                .satisfies(e -> assertErrorCode(e, "RESOURCE_DOES_NOT_EXIST"));
    }
}
