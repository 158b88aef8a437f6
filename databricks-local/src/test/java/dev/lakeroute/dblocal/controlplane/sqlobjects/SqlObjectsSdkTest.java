package dev.lakeroute.dblocal.controlplane.sqlobjects;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.core.DatabricksError;
import com.databricks.sdk.service.dashboards.CreateDashboardRequest;
import com.databricks.sdk.service.dashboards.Dashboard;
import com.databricks.sdk.service.dashboards.LifecycleState;
import com.databricks.sdk.service.dashboards.ListDashboardsRequest;
import com.databricks.sdk.service.dashboards.PublishRequest;
import com.databricks.sdk.service.dashboards.UpdateDashboardRequest;
import com.databricks.sdk.service.sql.Alert;
import com.databricks.sdk.service.sql.AlertCondition;
import com.databricks.sdk.service.sql.AlertConditionOperand;
import com.databricks.sdk.service.sql.AlertConditionThreshold;
import com.databricks.sdk.service.sql.AlertOperandColumn;
import com.databricks.sdk.service.sql.AlertOperandValue;
import com.databricks.sdk.service.sql.AlertOptions;
import com.databricks.sdk.service.sql.AlertState;
import com.databricks.sdk.service.sql.AlertOperator;
import com.databricks.sdk.service.sql.CreateAlert;
import com.databricks.sdk.service.sql.CreateAlertRequest;
import com.databricks.sdk.service.sql.CreateAlertRequestAlert;
import com.databricks.sdk.service.sql.CreateQueryRequest;
import com.databricks.sdk.service.sql.CreateQueryRequestQuery;
import com.databricks.sdk.service.sql.CreateWarehouseRequest;
import com.databricks.sdk.service.sql.DashboardEditContent;
import com.databricks.sdk.service.sql.DataSource;
import com.databricks.sdk.service.sql.EditAlert;
import com.databricks.sdk.service.sql.LegacyAlert;
import com.databricks.sdk.service.sql.LegacyAlertState;
import com.databricks.sdk.service.sql.LegacyQuery;
import com.databricks.sdk.service.sql.ListAlertsRequest;
import com.databricks.sdk.service.sql.ListQueriesLegacyRequest;
import com.databricks.sdk.service.sql.ListQueriesRequest;
import com.databricks.sdk.service.sql.ListQueryObjectsResponseQuery;
import com.databricks.sdk.service.sql.Query;
import com.databricks.sdk.service.sql.QueryEditContent;
import com.databricks.sdk.service.sql.QueryPostContent;
import com.databricks.sdk.service.sql.RestoreQueriesLegacyRequest;
import com.databricks.sdk.service.sql.UpdateAlertRequest;
import com.databricks.sdk.service.sql.UpdateAlertRequestAlert;
import com.databricks.sdk.service.sql.UpdateQueryRequest;
import com.databricks.sdk.service.sql.UpdateQueryRequestQuery;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Databricks SQL queries, alerts and dashboards, current and legacy, and Lakeview, through the SDK's typed calls and paginators. */
class SqlObjectsSdkTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();

    private WorkspaceClient workspace;
    private String suffix;

    @BeforeEach
    void connect() {
        workspace = new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(local.token()));
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T> List<T> all(Iterable<T> items) {
        return StreamSupport.stream(items.spliterator(), false).toList();
    }

    private static String errorCode(Throwable error) {
        return ((DatabricksError) error).getErrorCode();
    }

    @Test
    void queriesAreCreatedUpdatedByFieldMaskPagedAndTrashed() {
        Query created = workspace.queries().create(new CreateQueryRequest().setQuery(new CreateQueryRequestQuery()
                .setDisplayName("revenue " + suffix).setQueryText("SELECT 1").setDescription("first")));
        assertThat(created.getId()).isNotEmpty();
        assertThat(created.getOwnerUserName()).isEqualTo("admin@databricks.local");
        assertThat(created.getLifecycleState()).isEqualTo(com.databricks.sdk.service.sql.LifecycleState.ACTIVE);
        assertThat(created.getCreateTime()).isNotEmpty();

        Query updated = workspace.queries().update(new UpdateQueryRequest().setId(created.getId()).setUpdateMask("query_text")
                .setQuery(new UpdateQueryRequestQuery().setQueryText("SELECT 2").setDescription("ignored: not in the mask")));
        assertThat(updated.getQueryText()).isEqualTo("SELECT 2");
        assertThat(updated.getDescription()).isEqualTo("first");

        for (int i = 0; i < 3; i++) {
            workspace.queries().create(new CreateQueryRequest().setQuery(new CreateQueryRequestQuery().setDisplayName("page " + i + " " + suffix)));
        }
        List<ListQueryObjectsResponseQuery> listed = all(workspace.queries().list(new ListQueriesRequest().setPageSize(2L)));
        assertThat(listed).extracting(ListQueryObjectsResponseQuery::getId).contains(created.getId()).doesNotHaveDuplicates();
        assertThat(listed.stream().filter(q -> q.getDisplayName().endsWith(suffix))).hasSize(4);
        assertThat(all(workspace.queries().listVisualizations(created.getId()))).isEmpty();

        workspace.queries().delete(created.getId());
        assertThat(workspace.queries().get(created.getId()).getLifecycleState()).isEqualTo(com.databricks.sdk.service.sql.LifecycleState.TRASHED);
        assertThat(all(workspace.queries().list(new ListQueriesRequest()))).extracting(ListQueryObjectsResponseQuery::getId)
                .doesNotContain(created.getId());
        assertThatThrownBy(() -> workspace.queries().get("no-such-query")).satisfies(e -> assertThat(errorCode(e)).isEqualTo("RESOURCE_DOES_NOT_EXIST"));
        assertThatThrownBy(() -> workspace.queries().create(new CreateQueryRequest().setQuery(new CreateQueryRequestQuery())))
                .satisfies(e -> assertThat(e.getMessage()).contains("query.display_name"));
    }

    @Test
    void alertsWatchAQueryAndStayUnknownBecauseNothingEvaluatesThem() {
        String queryId = workspace.queries().create(new CreateQueryRequest().setQuery(new CreateQueryRequestQuery()
                .setDisplayName("watched " + suffix).setQueryText("SELECT 42 AS value"))).getId();
        Alert alert = workspace.alerts().create(new CreateAlertRequest().setAlert(new CreateAlertRequestAlert()
                .setDisplayName("too high " + suffix).setQueryId(queryId)
                .setCondition(new AlertCondition().setOp(AlertOperator.GREATER_THAN)
                        .setOperand(new AlertConditionOperand().setColumn(new AlertOperandColumn().setName("value")))
                        .setThreshold(new AlertConditionThreshold().setValue(new AlertOperandValue().setDoubleValue(10.0))))));
        assertThat(alert.getState()).isEqualTo(AlertState.UNKNOWN);
        assertThat(alert.getCondition().getThreshold().getValue().getDoubleValue()).isEqualTo(10.0);

        Alert renamed = workspace.alerts().update(new UpdateAlertRequest().setId(alert.getId()).setUpdateMask("display_name")
                .setAlert(new UpdateAlertRequestAlert().setDisplayName("renamed " + suffix)));
        assertThat(renamed.getDisplayName()).isEqualTo("renamed " + suffix);
        assertThat(workspace.alerts().get(alert.getId()).getQueryId()).isEqualTo(queryId);
        assertThat(all(workspace.alerts().list(new ListAlertsRequest()))).extracting(a -> a.getId()).contains(alert.getId());

        workspace.alerts().delete(alert.getId());
        assertThat(all(workspace.alerts().list(new ListAlertsRequest()))).extracting(a -> a.getId()).doesNotContain(alert.getId());
    }

    @Test
    void legacyQueriesAndAlertsPageFromOneAndRestoreFromTheTrash() {
        String dataSource = workspace.warehouses().create(new CreateWarehouseRequest().setName("legacy " + suffix)
                .setClusterSize("2X-Small").setMaxNumClusters(1L)).getResponse().getId();
        assertThat(all(workspace.dataSources().list())).extracting(DataSource::getWarehouseId).contains(dataSource);

        LegacyQuery query = workspace.queriesLegacy().create(new QueryPostContent().setName("legacy " + suffix)
                .setQuery("SELECT 1 AS n").setDataSourceId(dataSource));
        assertThat(query.getUser().getEmail()).isEqualTo("admin@databricks.local");
        for (int i = 0; i < 3; i++) {
            workspace.queriesLegacy().create(new QueryPostContent().setName("legacy page " + i + " " + suffix).setQuery("SELECT " + i));
        }
        List<LegacyQuery> mine = all(workspace.queriesLegacy().list(new ListQueriesLegacyRequest().setPageSize(2L).setQ(suffix)));
        assertThat(mine).hasSize(4).extracting(LegacyQuery::getId).doesNotHaveDuplicates();

        assertThat(workspace.queriesLegacy().update(new QueryEditContent().setQueryId(query.getId()).setQuery("SELECT 2 AS n")).getQuery())
                .isEqualTo("SELECT 2 AS n");
        workspace.queriesLegacy().delete(query.getId());
        assertThat(workspace.queriesLegacy().get(query.getId()).getIsArchived()).isTrue();
        workspace.queriesLegacy().restore(new RestoreQueriesLegacyRequest().setQueryId(query.getId()));
        assertThat(workspace.queriesLegacy().get(query.getId()).getIsArchived()).isFalse();

        LegacyAlert alert = workspace.alertsLegacy().create(new CreateAlert().setName("legacy alert " + suffix).setQueryId(query.getId())
                .setOptions(new AlertOptions().setColumn("n").setOp(">").setValue(1)));
        assertThat(alert.getState()).isEqualTo(LegacyAlertState.UNKNOWN);
        assertThat(alert.getQuery().getId()).isEqualTo(query.getId());
        workspace.alertsLegacy().update(new EditAlert().setAlertId(alert.getId()).setName("renamed " + suffix).setQueryId(query.getId())
                .setOptions(new AlertOptions().setColumn("n").setOp("<").setValue(0)));
        assertThat(workspace.alertsLegacy().get(alert.getId()).getName()).isEqualTo("renamed " + suffix);
        assertThat(all(workspace.alertsLegacy().list())).extracting(LegacyAlert::getId).contains(alert.getId());
        workspace.alertsLegacy().delete(alert.getId());
        assertThatThrownBy(() -> workspace.alertsLegacy().get(alert.getId()))
                .satisfies(e -> assertThat(errorCode(e)).isEqualTo("RESOURCE_DOES_NOT_EXIST"));
    }

    @Test
    void legacyDashboardsAreListedUpdatedTrashedAndRestored() {
        RawHttp http = RawHttp.bearer(local.url(), local.token());
        String id = http.post("/api/2.0/preview/sql/dashboards", "{\"name\":\"Sales " + suffix + "\"}").json().path("id").asText();

        assertThat(workspace.dashboards().get(id).getSlug()).isEqualTo("sales-" + suffix);
        assertThat(workspace.dashboards().update(new DashboardEditContent().setDashboardId(id).setName("Revenue " + suffix)).getName())
                .isEqualTo("Revenue " + suffix);
        assertThat(all(workspace.dashboards().list(new com.databricks.sdk.service.sql.ListDashboardsRequest().setPageSize(1L))))
                .extracting(com.databricks.sdk.service.sql.Dashboard::getId).contains(id).doesNotHaveDuplicates();

        workspace.dashboards().delete(id);
        assertThat(workspace.dashboards().get(id).getIsArchived()).isTrue();
        workspace.dashboards().restore(new com.databricks.sdk.service.sql.RestoreDashboardRequest().setDashboardId(id));
        assertThat(workspace.dashboards().get(id).getIsArchived()).isFalse();
    }

    @Test
    void lakeviewDashboardsKeepDraftsWithEtagsAndOnePublishedCopy() {
        Dashboard draft = workspace.lakeview().create(new CreateDashboardRequest().setDashboard(new Dashboard()
                .setDisplayName("Ops " + suffix).setSerializedDashboard("{\"pages\":[]}").setParentPath("/Users/admin@databricks.local")
                .setWarehouseId("abc123")));
        assertThat(draft.getDashboardId()).isNotEmpty();
        assertThat(draft.getPath()).isEqualTo("/Users/admin@databricks.local/Ops " + suffix + ".lvdash.json");
        assertThat(draft.getLifecycleState()).isEqualTo(LifecycleState.ACTIVE);

        Dashboard updated = workspace.lakeview().update(new UpdateDashboardRequest().setDashboardId(draft.getDashboardId())
                .setDashboard(new Dashboard().setSerializedDashboard("{\"pages\":[{\"name\":\"p1\"}]}").setEtag(draft.getEtag())));
        assertThat(updated.getEtag()).isNotEqualTo(draft.getEtag());
        assertThatThrownBy(() -> workspace.lakeview().update(new UpdateDashboardRequest().setDashboardId(draft.getDashboardId())
                .setDashboard(new Dashboard().setDisplayName("stale").setEtag(draft.getEtag()))))
                .satisfies(e -> assertThat(errorCode(e)).isEqualTo("ABORTED"));

        assertThat(all(workspace.lakeview().list(new ListDashboardsRequest().setPageSize(1L))))
                .extracting(Dashboard::getDashboardId).contains(draft.getDashboardId()).doesNotHaveDuplicates();

        workspace.lakeview().publish(new PublishRequest().setDashboardId(draft.getDashboardId()).setEmbedCredentials(false));
        assertThat(workspace.lakeview().getPublished(draft.getDashboardId()).getEmbedCredentials()).isFalse();
        workspace.lakeview().unpublish(draft.getDashboardId());
        assertThatThrownBy(() -> workspace.lakeview().getPublished(draft.getDashboardId()))
                .satisfies(e -> assertThat(errorCode(e)).isEqualTo("RESOURCE_DOES_NOT_EXIST"));

        workspace.lakeview().trash(draft.getDashboardId());
        assertThat(workspace.lakeview().get(draft.getDashboardId()).getLifecycleState()).isEqualTo(LifecycleState.TRASHED);
        // Schedules are not emulated: 501 NOT_IMPLEMENTED naming the operation (raw HTTP: the SDK retries a 501 several times).
        RawHttp.Reply schedule = RawHttp.bearer(local.url(), local.token())
                .post("/api/2.0/lakeview/dashboards/" + draft.getDashboardId() + "/schedules", "{}");
        assertThat(schedule.status()).isEqualTo(501);
        assertThat(schedule.errorCode()).isEqualTo("NOT_IMPLEMENTED");
        assertThat(schedule.json().path("message").asText()).contains("LakeviewAPI.createSchedule");
    }
}
