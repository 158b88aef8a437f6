package dev.lakeroute.dblocal.contract;

import dev.lakeroute.dblocal.DatabricksLocal;
import dev.lakeroute.dblocal.controlplane.notimplemented.NotImplementedApi;
import dev.lakeroute.dblocal.http.ApiRoute;
import dev.lakeroute.dblocal.http.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract between the two halves: every operation databricks-local answers is one the component's
 * catalogue ({@code camel-databricks/.../catalogue/operations.tsv}) knows, under the same method and path
 * (any API version), except the routes of {@link #OUTSIDE_CATALOGUE}; every operation of the
 * {@link #SCRIPTED_FAMILIES} is emulated or answers 501 NOT_IMPLEMENTED. The emulated routes give the coverage
 * table of the README; run with {@code -Dcoverage.write=true} to rewrite it after adding operations.
 */
class CatalogueContractTest {
    /**
     * Routes the catalogue (generated from Databricks' REST API specification) cannot have: they are not
     * Databricks REST operations, or an older name of one. Each with why it is served.
     */
    private static final Map<RouteKey, String> OUTSIDE_CATALOGUE = new LinkedHashMap<>();

    static {
        outside("GET", "/local/faults", "databricks-local's fault injection admin (tests), not a Databricks API");
        outside("POST", "/local/faults", "databricks-local's fault injection admin (tests), not a Databricks API");
        outside("DELETE", "/local/faults", "databricks-local's fault injection admin (tests), not a Databricks API");
        outside("GET", "/.well-known/databricks-config", "unified auth's host metadata the SDKs read, not a REST operation");
        outside("GET", "/oidc/.well-known/oauth-authorization-server", "OAuth discovery for M2M tokens, not a REST operation");
        outside("POST", "/oidc/v1/token", "the OAuth token endpoint (client credentials), not a REST operation");
        outside("GET", "/oidc/accounts/:account_id/.well-known/oauth-authorization-server", "the accounts host's OAuth discovery, not a REST operation");
        outside("POST", "/oidc/accounts/:account_id/v1/token", "the accounts host's OAuth token endpoint (client credentials, token exchange), not a REST operation");
        for (String page : new String[] {"/", "/login", "/logout", "/jobs/runs", "/jobs/:job/runs/:run", "/compute/clusters", "/compute/clusters/:id"}) {
            outside("GET", page, "a workspace page a browser opens (run_page_url), not a REST operation");
        }
        outside("POST", "/login", "the workspace pages' sign-in form, not a REST operation");
        outside("POST", "/api/2.0/mlflow/runs/log-param", "MLflow's older name of runs/log-parameter, still sent by older MLflow clients");
        outside("POST", "/api/2.0/preview/sql/dashboards", "legacy dashboards' create, gone from the current specification, "
                + "still answered by Databricks and sent by older SDKs and Terraform");
        outside("POST", "/oidc/accounts/:account_id/v1/token", "account-level OAuth token endpoint (client credentials), not a REST operation");
        outside("GET", "/oidc/accounts/:account_id/.well-known/oauth-authorization-server", "account-level OAuth discovery, not a REST operation");
    }

    /**
     * The families users script against most (the SDK's service classes): each of their operations is either
     * emulated or answers 501 NOT_IMPLEMENTED naming it (NotImplementedApi's list), never a bare 404.
     */
    static final Set<String> SCRIPTED_FAMILIES = Set.of(
            "JobsAPI", "ClustersAPI", "ClusterPoliciesAPI", "InstancePoolsAPI", "CommandExecutionAPI", "GlobalInitScriptsAPI",
            "LibrariesAPI", "DbfsAPI", "FilesAPI", "WorkspaceAPI", "GitCredentialsAPI", "ReposAPI", "SecretsAPI",
            "TokensAPI", "TokenManagementAPI",
            "WarehousesAPI", "StatementExecutionAPI", "QueryHistoryAPI", "QueriesAPI", "QueriesLegacyAPI", "AlertsAPI",
            "AlertsLegacyAPI", "DashboardsAPI", "LakeviewAPI", "DataSourcesAPI", "QueryVisualizationsAPI",
            "QueryVisualizationsLegacyAPI", "DashboardWidgetsAPI", "DbsqlPermissionsAPI",
            "CatalogsAPI", "SchemasAPI", "TablesAPI", "VolumesAPI", "FunctionsAPI", "GrantsAPI", "MetastoresAPI",
            "PipelinesAPI", "PermissionsAPI", "UsersAPI", "GroupsAPI", "ServicePrincipalsAPI", "CurrentUserAPI",
            "AccountUsersAPI", "AccountGroupsAPI", "AccountServicePrincipalsAPI", "WorkspacesAPI", "WorkspaceAssignmentAPI",
            "BudgetsAPI", "BillableUsageAPI", "AccountMetastoresAPI", "AccountMetastoreAssignmentsAPI");

    private static DatabricksLocal local;
    private static List<CatalogueOperation> catalogue;
    private static List<NotImplementedApi.Stub> stubs;
    private static ServedRoutes emulated;

    private static void outside(String method, String path, String reason) {
        OUTSIDE_CATALOGUE.put(RouteKey.of(method, path), reason);
    }

    @BeforeAll
    static void start() {
        local = DatabricksLocal.builder().start();
        catalogue = CatalogueOperation.read(Path.of(System.getProperty("catalogue.file", CatalogueOperation.DEFAULT_FILE.toString())));
        stubs = NotImplementedApi.stubs();
        emulated = new ServedRoutes(local.routes(), stubs.stream().map(stub -> RouteKey.of(stub.method(), stub.path()))
                .collect(Collectors.toSet()), RawHttp.bearer(local.url(), local.token()));
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    @Test
    void everyRegisteredRouteIsAnOperationOfTheCatalogue() {
        Set<RouteKey> known = catalogue.stream().map(CatalogueOperation::key).collect(Collectors.toSet());

        List<String> unknown = local.routes().stream()
                .filter(route -> !known.contains(key(route)) && !OUTSIDE_CATALOGUE.containsKey(key(route)))
                .map(ApiRoute::toString).distinct().toList();

        assertThat(unknown)
                .as("routes neither in camel-databricks' operations.tsv (same method and path, any API version) "
                        + "nor in CatalogueContractTest.OUTSIDE_CATALOGUE")
                .isEmpty();
    }

    @Test
    void theAllowListNamesOnlyServedRoutesTheCatalogueLacks() {
        Set<RouteKey> served = servedKeys();
        Set<RouteKey> known = catalogue.stream().map(CatalogueOperation::key).collect(Collectors.toSet());

        assertThat(OUTSIDE_CATALOGUE.keySet()).as("allow-listed routes the server does not register").allMatch(served::contains);
        assertThat(OUTSIDE_CATALOGUE.keySet()).as("allow-listed routes that are catalogue operations after all")
                .noneMatch(known::contains);
    }

    @Test
    void everyOperationOfTheScriptedFamiliesIsEmulatedOrAnswersNotImplemented() {
        Set<RouteKey> stubbed = stubs.stream().map(stub -> RouteKey.of(stub.method(), stub.path())).collect(Collectors.toSet());

        List<String> neither = catalogue.stream()
                .filter(operation -> SCRIPTED_FAMILIES.contains(operation.api()))
                .filter(operation -> !emulated.answers(operation) && !stubbed.contains(operation.key()))
                .map(operation -> operation.method() + "\t" + operation.path() + "\t" + operation.api() + "." + operation.sdkMethod())
                .toList();

        assertThat(neither).as("operations of the scripted families that would answer 404; emulate them or add these rows "
                + "to not-implemented.tsv (controlplane/notimplemented)").isEmpty();
    }

    @Test
    void notImplementedListsOnlyCatalogueOperationsThatAreNotEmulated() {
        Set<RouteKey> known = catalogue.stream().map(CatalogueOperation::key).collect(Collectors.toSet());
        List<String> stale = stubs.stream()
                .filter(stub -> !known.contains(RouteKey.of(stub.method(), stub.path()))
                        || emulated.answers(new CatalogueOperation(stub.operation(), stub.method(), stub.path(), "", "", "")))
                .map(stub -> stub.method() + "\t" + stub.path() + "\t" + stub.operation())
                .toList();

        assertThat(stale).as("rows of not-implemented.tsv to remove: emulated now, or not a catalogue operation").isEmpty();
    }

    @Test
    void everyNotImplementedOperationAnswers501NamingIt() {
        RawHttp http = RawHttp.bearer(local.url(), local.token());
        String accountId = http.get("/.well-known/databricks-config").json().path("account_id").asText();
        List<String> wrong = new ArrayList<>();
        for (NotImplementedApi.Stub stub : stubs) {
            String path = stub.path().replace("{account_id}", accountId).replaceAll("\\{[^}]*}", "x1");
            RawHttp.Reply reply = http.send(http.request(path)
                    .method(stub.method(), HttpRequest.BodyPublishers.ofString("{}"))
                    .header("Content-Type", "application/json").build());
            if (reply.status() != 501 || !"NOT_IMPLEMENTED".equals(reply.errorCode())
                    || !reply.json().path("message").asText().contains(stub.operation())) {
                wrong.add(stub.method() + " " + path + " -> " + reply.status() + " " + reply.body());
            }
        }

        assertThat(wrong).as("not-implemented operations answered otherwise than 501 NOT_IMPLEMENTED naming the operation").isEmpty();
    }

    @Test
    void readmeCoverageTableIsWhatTheRoutesCover() throws IOException {
        CoverageTable coverage = CoverageTable.of(catalogue, emulated::answers);
        Path readme = Path.of(System.getProperty("coverage.readme", "README.md"));
        String text = Files.readString(readme);

        if (Boolean.getBoolean("coverage.write")) {
            Files.writeString(readme, coverage.writtenInto(text));
            text = Files.readString(readme);
        }

        assertThat(CoverageTable.in(text))
                .as("the coverage table in " + readme.toAbsolutePath() + "; after adding operations, run this test with -Dcoverage.write=true")
                .isEqualTo(coverage.markdown());
    }

    private static Set<RouteKey> servedKeys() {
        return local.routes().stream().map(CatalogueContractTest::key).collect(Collectors.toSet());
    }

    private static RouteKey key(ApiRoute route) {
        return RouteKey.of(route.method(), route.path());
    }
}
