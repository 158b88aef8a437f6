package dev.lakeroute.dblocal.controlplane.clusters;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.core.DatabricksError;
import com.databricks.sdk.service.compute.AutoScale;
import com.databricks.sdk.service.compute.ClusterDetails;
import com.databricks.sdk.service.compute.ClusterEvent;
import com.databricks.sdk.service.compute.ClusterSource;
import com.databricks.sdk.service.compute.CreateCluster;
import com.databricks.sdk.service.compute.EditCluster;
import com.databricks.sdk.service.compute.EventType;
import com.databricks.sdk.service.compute.GetEvents;
import com.databricks.sdk.service.compute.GetEventsOrder;
import com.databricks.sdk.service.compute.ListClustersRequest;
import com.databricks.sdk.service.compute.ResizeCluster;
import com.databricks.sdk.service.compute.RestartCluster;
import com.databricks.sdk.service.compute.State;
import com.databricks.sdk.service.compute.TerminationReasonCode;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import dev.lakeroute.dblocal.testing.QuickWaits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClustersApiTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();

    private static WorkspaceClient w;
    private static RawHttp http;

    @BeforeAll
    static void client() {
        w = new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(local.token()));
        http = RawHttp.bearer(local.url(), local.token());
    }

    private static CreateCluster smallCluster(String name) {
        return new CreateCluster().setClusterName(name).setSparkVersion("15.4.x-scala2.12").setNodeTypeId("i3.xlarge")
                .setNumWorkers(1L).setSparkConf(Map.of("spark.speculation", "true")).setCustomTags(Map.of("team", "data"));
    }

    @Test
    void createWaitsUntilRunningAndDeleteUntilTerminated() throws Exception {
        ClusterDetails running = w.clusters().create(smallCluster("lifecycle")).get(Duration.ofSeconds(30));
        assertThat(running.getState()).isEqualTo(State.RUNNING);
        assertThat(running.getClusterId()).matches("\\d{4}-\\d{6}-[a-z0-9]{8}");
        assertThat(running.getClusterName()).isEqualTo("lifecycle");
        assertThat(running.getSparkVersion()).isEqualTo("15.4.x-scala2.12");
        assertThat(running.getNumWorkers()).isEqualTo(1L);
        assertThat(running.getSparkConf()).containsEntry("spark.speculation", "true");
        assertThat(running.getCustomTags()).containsEntry("team", "data");
        assertThat(running.getDefaultTags()).containsEntry("ClusterId", running.getClusterId());
        assertThat(running.getClusterSource()).isEqualTo(ClusterSource.API);
        assertThat(running.getSparkContextId()).isNotNull();
        assertThat(running.getDriver()).isNotNull();
        assertThat(running.getExecutors()).hasSize(1);
        assertThat(running.getStartTime()).isPositive();
        assertThat(running.getCreatorUserName()).isNotBlank();

        assertThat(StreamSupport.stream(w.clusters().list(new ListClustersRequest()).spliterator(), false)
                .map(ClusterDetails::getClusterId)).contains(running.getClusterId());

        ClusterDetails terminated = w.clusters().delete(running.getClusterId()).get(Duration.ofSeconds(30));
        assertThat(terminated.getState()).isEqualTo(State.TERMINATED);
        assertThat(terminated.getTerminationReason().getCode()).isEqualTo(TerminationReasonCode.USER_REQUEST);
        assertThat(terminated.getTerminatedTime()).isPositive();

        List<EventType> types = new ArrayList<>();
        w.clusters().events(new GetEvents().setClusterId(running.getClusterId()).setOrder(GetEventsOrder.ASC))
                .forEach(event -> types.add(event.getType()));
        assertThat(types).containsSubsequence(EventType.CREATING, EventType.RUNNING, EventType.TERMINATING);
    }

    @Test
    void startOnARunningClusterIsAnInvalidState() throws Exception {
        String id = QuickWaits.runningCluster(w, smallCluster("busy"));
        assertThatThrownBy(() -> w.clusters().start(id))
                .isInstanceOfSatisfying(DatabricksError.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo("INVALID_STATE");
                    assertThat(e.getMessage()).isEqualTo("Cluster " + id + " is in unexpected state Running.");
                });
        w.clusters().delete(id);
        QuickWaits.cluster(w, id, State.TERMINATED);
        w.clusters().start(id);
        ClusterDetails again = QuickWaits.cluster(w, id, State.RUNNING);
        assertThat(again.getState()).isEqualTo(State.RUNNING);
        assertThat(again.getTerminationReason()).isNull();
        w.clusters().permanentDelete(id);
        assertThat(http.get("/api/2.0/clusters/get?cluster_id=" + id).status()).isEqualTo(400);
    }

    @Test
    void restartResizeAndEditGoThroughTheirStates() throws Exception {
        String id = QuickWaits.runningCluster(w, smallCluster("shape"));
        long contextBefore = w.clusters().get(id).getSparkContextId();

        w.clusters().restart(new RestartCluster().setClusterId(id));
        ClusterDetails restarted = QuickWaits.cluster(w, id, State.RUNNING);
        assertThat(restarted.getState()).isEqualTo(State.RUNNING);
        assertThat(restarted.getSparkContextId()).isNotEqualTo(contextBefore);

        w.clusters().resize(new ResizeCluster().setClusterId(id).setNumWorkers(3L));
        ClusterDetails resized = QuickWaits.cluster(w, id, State.RUNNING);
        assertThat(resized.getNumWorkers()).isEqualTo(3L);
        assertThat(resized.getExecutors()).hasSize(3);

        w.clusters().resize(new ResizeCluster().setClusterId(id).setAutoscale(new AutoScale().setMinWorkers(1L).setMaxWorkers(4L)));
        ClusterDetails autoscaled = QuickWaits.cluster(w, id, State.RUNNING);
        assertThat(autoscaled.getAutoscale().getMaxWorkers()).isEqualTo(4L);

        w.clusters().delete(id);
        QuickWaits.cluster(w, id, State.TERMINATED);
        w.clusters().edit(new EditCluster().setClusterId(id).setClusterName("reshaped").setSparkVersion("14.3.x-scala2.12")
                .setNodeTypeId("m5d.large").setNumWorkers(2L));
        ClusterDetails edited = w.clusters().get(id);
        assertThat(edited.getState()).isEqualTo(State.TERMINATED);
        assertThat(edited.getClusterName()).isEqualTo("reshaped");
        assertThat(edited.getSparkVersion()).isEqualTo("14.3.x-scala2.12");

        List<EventType> types = new ArrayList<>();
        for (ClusterEvent event : w.clusters().events(new GetEvents().setClusterId(id).setLimit(2L))) {
            types.add(event.getType());
        }
        assertThat(types).contains(EventType.RESTARTING, EventType.RESIZING, EventType.UPSIZE_COMPLETED, EventType.EDITED, EventType.CREATING);
    }

    @Test
    void eventsArePagedWithNextPage() throws Exception {
        String id = QuickWaits.runningCluster(w, smallCluster("paged"));
        w.clusters().pin(id);
        w.clusters().unpin(id);
        JsonNode first = http.post("/api/2.1/clusters/events", "{\"cluster_id\":\"" + id + "\",\"limit\":2}").json();
        assertThat(first.path("events")).hasSize(2);
        assertThat(first.path("total_count").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(first.path("next_page").path("offset").asInt()).isEqualTo(2);
        assertThat(first.path("events").get(0).path("type").asText()).isEqualTo("UNPINNED");
        w.clusters().delete(id);
    }

    @Test
    void catalogueListsLtsVersionsNodeTypesAndZones() {
        assertThat(w.clusters().sparkVersions().getVersions())
                .anySatisfy(v -> {
                    assertThat(v.getKey()).isEqualTo("15.4.x-scala2.12");
                    assertThat(v.getName()).isEqualTo("15.4 LTS (includes Apache Spark 3.5.0, Scala 2.12)");
                });
        assertThat(w.clusters().listNodeTypes().getNodeTypes()).anySatisfy(type -> {
            assertThat(type.getNodeTypeId()).isEqualTo("i3.xlarge");
            assertThat(type.getMemoryMb()).isPositive();
            assertThat(type.getNumCores()).isPositive();
        });
        assertThat(w.clusters().listZones().getZones()).isNotEmpty();
    }

    @Test
    void unknownClustersAndBadSpecsAreInvalidParameterValues() {
        RawHttp.Reply missing = http.get("/api/2.0/clusters/get?cluster_id=0000-000000-nothere1");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(missing.json().path("message").asText()).isEqualTo("Cluster 0000-000000-nothere1 does not exist");

        RawHttp.Reply noVersion = http.post("/api/2.1/clusters/create", "{\"cluster_name\":\"x\",\"node_type_id\":\"i3.xlarge\",\"num_workers\":1}");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.json().path("message").asText()).contains("spark_version");

        RawHttp.Reply noNodeType = http.post("/api/2.1/clusters/create", "{\"spark_version\":\"15.4.x-scala2.12\",\"num_workers\":1}");
        assertThat(noNodeType.status()).isEqualTo(400);
        assertThat(noNodeType.json().path("message").asText()).contains("node_type_id");

        RawHttp.Reply negative = http.post("/api/2.0/clusters/create",
                "{\"spark_version\":\"15.4.x-scala2.12\",\"node_type_id\":\"i3.xlarge\",\"num_workers\":-1}");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");

        RawHttp.Reply heap = http.post("/api/2.0/clusters/create", "{\"spark_version\":\"15.4.x-scala2.12\",\"node_type_id\":\"i3.xlarge\","
                + "\"num_workers\":0,\"spark_conf\":{\"spark.driver.extraJavaOptions\":\"-Xmx8g\"}}");
        assertThat(heap.status()).isEqualTo(400);
        assertThat(heap.json().path("message").asText()).contains("spark.driver.extraJavaOptions").contains("-Xmx8g");

        RawHttp.Reply deleteMissing = http.post("/api/2.0/clusters/delete", "{\"cluster_id\":\"nope\"}");
        assertThat(deleteMissing.status()).isEqualTo(400);
        assertThat(deleteMissing.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
    }

    @Test
    void sparkVersionsNotOfferedBySparkVersionsAreRefusedOnCreateAndEdit() {
        assertThatThrownBy(() -> w.clusters().create(smallCluster("typo").setSparkVersion("99.9.x-scala2.12")))
                .isInstanceOf(DatabricksError.class)
                .satisfies(e -> assertThat(((DatabricksError) e).getErrorCode()).isEqualTo("INVALID_PARAMETER_VALUE"))
                .hasMessageContaining("99.9.x-scala2.12").hasMessageContaining("clusters/spark-versions");
        RawHttp.Reply retired = http.post("/api/2.1/clusters/create",
                "{\"spark_version\":\"7.3.x-scala2.12\",\"node_type_id\":\"i3.xlarge\",\"num_workers\":0}");
        assertThat(retired.status()).isEqualTo(400);
        assertThat(retired.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");

        String id = http.post("/api/2.1/clusters/create", "{\"cluster_name\":\"versions\",\"spark_version\":\"16.4.x-scala2.12\","
                + "\"node_type_id\":\"i3.xlarge\",\"num_workers\":0}").json().path("cluster_id").asText();
        RawHttp.Reply edit = http.post("/api/2.1/clusters/edit", "{\"cluster_id\":\"" + id + "\",\"spark_version\":\"99.9.x-scala2.12\","
                + "\"node_type_id\":\"i3.xlarge\",\"num_workers\":0}");
        assertThat(edit.status()).isEqualTo(400);
        assertThat(edit.json().path("message").asText()).contains("99.9.x-scala2.12");
        http.post("/api/2.1/clusters/permanent-delete", "{\"cluster_id\":\"" + id + "\"}");
    }

    @Test
    void listFiltersByStateOnTwoOneAndAnswersEverythingOnTwoZero() throws Exception {
        String id = QuickWaits.runningCluster(w, smallCluster("filtered"));
        JsonNode running = http.get("/api/2.1/clusters/list?filter_by.cluster_states=RUNNING&page_size=500").json();
        assertThat(running.path("clusters").findValuesAsText("cluster_id")).contains(id);
        assertThat(running.path("clusters").findValuesAsText("state")).containsOnly("RUNNING");
        JsonNode terminated = http.get("/api/2.1/clusters/list?filter_by.cluster_states=TERMINATED&page_size=500").json();
        assertThat(terminated.path("clusters").findValuesAsText("cluster_id")).doesNotContain(id);
        JsonNode all = http.get("/api/2.0/clusters/list").json();
        assertThat(all.path("clusters").findValuesAsText("cluster_id")).contains(id);
        JsonNode firstPage = http.get("/api/2.1/clusters/list?page_size=1").json();
        assertThat(firstPage.path("clusters")).hasSize(1);
        if (all.path("clusters").size() > 1) {
            assertThat(firstPage.path("next_page_token").asText()).isNotEmpty();
        }
        w.clusters().delete(id);
    }
}
