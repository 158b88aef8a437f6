package dev.lakeroute.dblocal.controlplane.resources;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.service.pipelines.CreatePipeline;
import com.databricks.sdk.service.pipelines.GetPipelineResponse;
import com.databricks.sdk.service.pipelines.ListPipelinesRequest;
import com.databricks.sdk.service.pipelines.PipelineState;
import com.databricks.sdk.service.pipelines.PipelineStateInfo;
import com.databricks.sdk.service.pipelines.StartUpdate;
import com.databricks.sdk.service.pipelines.UpdateInfoState;
import com.databricks.sdk.service.serving.CreateServingEndpoint;
import com.databricks.sdk.service.serving.EndpointCoreConfigInput;
import com.databricks.sdk.service.serving.EndpointStateConfigUpdate;
import com.databricks.sdk.service.serving.EndpointStateReady;
import com.databricks.sdk.service.serving.ServedEntityInput;
import com.databricks.sdk.service.serving.ServingEndpointDetailed;
import com.databricks.sdk.service.sql.CreateWarehouseRequest;
import com.databricks.sdk.service.sql.GetWarehouseResponse;
import com.databricks.sdk.service.sql.ListWarehousesRequest;
import com.databricks.sdk.service.sql.StartRequest;
import com.databricks.sdk.service.sql.State;
import com.databricks.sdk.service.sql.StopRequest;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static dev.lakeroute.dblocal.controlplane.resources.SdkClients.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TimedResourcesSdkTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();

    private WorkspaceClient workspace;
    private String suffix;

    @BeforeEach
    void connect() {
        workspace = SdkClients.workspace(local);
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void warehousesStartOnCreateAndStopAndStartThroughTheirStates() throws Exception {
        GetWarehouseResponse running = workspace.warehouses().create(new CreateWarehouseRequest().setName("wh-" + suffix)
                .setClusterSize("Small").setMaxNumClusters(1L)).get(Duration.ofSeconds(30));
        assertThat(running.getState()).isEqualTo(State.RUNNING);
        assertThat(running.getOdbcParams().getPath()).isEqualTo("/sql/1.0/warehouses/" + running.getId());

        String id = running.getId();
        assertThat(workspace.warehouses().stop(new StopRequest().setId(id)).get(Duration.ofSeconds(30)).getState()).isEqualTo(State.STOPPED);
        assertThat(workspace.warehouses().start(new StartRequest().setId(id)).get(Duration.ofSeconds(30)).getState()).isEqualTo(State.RUNNING);
        assertThat(all(workspace.warehouses().list(new ListWarehousesRequest()))).anyMatch(w -> w.getId().equals(id));

        workspace.warehouses().delete(id);
        assertThat(RawHttp.bearer(local.url(), local.token()).get("/api/2.0/sql/warehouses/" + id).status()).isEqualTo(404);
    }

    @Test
    void servingEndpointsBecomeReadyAndApplyConfigUpdates() throws Exception {
        EndpointCoreConfigInput config = new EndpointCoreConfigInput().setServedEntities(List.of(new ServedEntityInput()
                .setEntityName("main.models.churn").setEntityVersion("1").setWorkloadSize("Small").setScaleToZeroEnabled(true)));
        ServingEndpointDetailed ready = workspace.servingEndpoints().create(new CreateServingEndpoint().setName("ep-" + suffix)
                .setConfig(config)).get(Duration.ofSeconds(30));
        assertThat(ready.getState().getReady()).isEqualTo(EndpointStateReady.READY);
        assertThat(ready.getState().getConfigUpdate()).isEqualTo(EndpointStateConfigUpdate.NOT_UPDATING);
        assertThat(ready.getConfig().getConfigVersion()).isEqualTo(1L);

        ServingEndpointDetailed updated = workspace.servingEndpoints().updateConfig(new EndpointCoreConfigInput().setName("ep-" + suffix)
                .setServedEntities(List.of(new ServedEntityInput().setEntityName("main.models.churn").setEntityVersion("2")
                        .setWorkloadSize("Small").setScaleToZeroEnabled(true)))).get(Duration.ofSeconds(30));
        assertThat(updated.getConfig().getConfigVersion()).isEqualTo(2L);
        assertThat(updated.getConfig().getServedEntities()).singleElement()
                .satisfies(entity -> assertThat(entity.getEntityVersion()).isEqualTo("2"));
        assertThat(all(workspace.servingEndpoints().list())).anyMatch(endpoint -> endpoint.getName().equals("ep-" + suffix));
        workspace.servingEndpoints().delete("ep-" + suffix);
    }

    @Test
    void pipelineUpdatesRunThroughTheirStatesWithoutExecuting() throws Exception {
        String id = workspace.pipelines().create(new CreatePipeline().setName("dlt-" + suffix).setDevelopment(true)).getPipelineId();
        GetPipelineResponse pipeline = workspace.pipelines().get(id);
        assertThat(pipeline.getState()).isEqualTo(PipelineState.IDLE);
        assertThat(pipeline.getSpec().getId()).isEqualTo(id);
        assertThat(pipeline.getSpec().getDevelopment()).isTrue();

        String updateId = workspace.pipelines().startUpdate(new StartUpdate().setPipelineId(id)).getUpdateId();
        assertThat(workspace.pipelines().get(id).getState()).isEqualTo(PipelineState.RUNNING);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(workspace.pipelines().getUpdate(id, updateId).getUpdate().getState()).isEqualTo(UpdateInfoState.COMPLETED));
        assertThat(workspace.pipelines().waitGetPipelineIdle(id, Duration.ofSeconds(20), null).getState()).isEqualTo(PipelineState.IDLE);
        assertThat(workspace.pipelines().listUpdates(id).getUpdates()).extracting(u -> u.getUpdateId()).containsExactly(updateId);
        assertThat(all(workspace.pipelines().listPipelines(new ListPipelinesRequest().setFilter("name LIKE 'dlt-" + suffix + "%'"))))
                .extracting(PipelineStateInfo::getPipelineId).containsExactly(id);
        workspace.pipelines().delete(id);
        assertThat(RawHttp.bearer(local.url(), local.token()).get("/api/2.0/pipelines/" + id).status()).isEqualTo(404);
    }
}
