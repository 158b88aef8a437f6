package dev.lakeroute.dblocal.contract;

import dev.lakeroute.dblocal.DatabricksLocal;
import dev.lakeroute.dblocal.http.ApiRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract between the two halves: every operation databricks-local answers is one the component's
 * catalogue ({@code camel-databricks/.../catalogue/operations.tsv}) knows, under the same method and path
 * (any API version), except the routes of {@link #OUTSIDE_CATALOGUE}. The same routes give the coverage
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
    }

    private static DatabricksLocal local;
    private static List<CatalogueOperation> catalogue;

    private static void outside(String method, String path, String reason) {
        OUTSIDE_CATALOGUE.put(RouteKey.of(method, path), reason);
    }

    @BeforeAll
    static void start() {
        local = DatabricksLocal.builder().start();
        catalogue = CatalogueOperation.read(Path.of(System.getProperty("catalogue.file", CatalogueOperation.DEFAULT_FILE.toString())));
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
    void readmeCoverageTableIsWhatTheRoutesCover() throws IOException {
        CoverageTable coverage = CoverageTable.of(catalogue, servedKeys());
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
