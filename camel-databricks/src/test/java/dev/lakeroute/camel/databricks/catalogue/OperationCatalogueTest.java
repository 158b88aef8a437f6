package dev.lakeroute.camel.databricks.catalogue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.error.DatabricksRemovedOperationException;
import dev.lakeroute.camel.databricks.error.DatabricksUnknownOperationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OperationCatalogueTest {

    private static final Path TSV = Path.of("..", "scripts", "catalogue", "endpoints.tsv");
    private final OperationCatalogue catalogue = OperationCatalogue.shipped();

    @Test
    void resourceHasOneOperationPerTsvRow() throws Exception {
        List<String> rows = Files.readAllLines(TSV, StandardCharsets.UTF_8);
        assertThat(rows.size() - 1).isEqualTo(1173);
        assertThat(catalogue.size()).isEqualTo(rows.size() - 1);
    }

    @Test
    void resourceWasGeneratedFromTheCommittedTsv() throws Exception {
        String resource = new String(getClass().getResourceAsStream(OperationCatalogue.RESOURCE).readAllBytes(),
                StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(TSV)));
        assertThat(resource).as("run java scripts/catalogue/UpdateCatalogue.java").contains("# source-sha256: " + sha);
    }

    @Test
    void describesClassicRestAndVersionlessOperations() {
        Operation get = catalogue.require("clusters/get");
        assertThat(get.httpMethod()).isEqualTo("GET");
        assertThat(get.pathTemplate()).isEqualTo("/api/2.1/clusters/get");
        assertThat(get.queryFields()).contains("cluster_id");
        assertThat(get.family()).isEqualTo("clusters");

        Operation catalog = catalogue.require("unity-catalog/catalogs/get");
        assertThat(catalog.pathParams()).containsExactly("name");
        assertThat(catalog.family()).isEqualTo("unity-catalog");

        Operation execute = catalogue.require("commands/execute");
        assertThat(execute.isApi12()).isTrue();
        assertThat(execute.bodyFields()).contains("clusterId", "contextId", "language", "command");

        assertThat(catalogue.require("fs/files/upload").httpMethod()).isEqualTo("PUT");
        assertThat(catalogue.require("permissions/permissionLevels/get-permission-levels.workspace").pathParams())
                .containsExactly("workspace_object_type", "workspace_object_id");
        assertThat(catalogue.require("serving-endpoints/invocations").version()).isEmpty();
    }

    @Test
    void accountOperationsAreMarkedWithTheirScope() {
        Operation op = catalogue.require("accounts/budget-policies/get");
        assertThat(op.isAccountScope()).isTrue();
        assertThat(op.pathTemplate()).contains("{account_id}");
        assertThat(op.knows("account_id")).isTrue();
        assertThat(op.family()).isEqualTo("accounts/budget-policies");
    }

    @Test
    void everyOperationNameIsUniqueAndEveryPlaceholderDeclared() {
        assertThat(catalogue.operations()).extracting(Operation::name).doesNotHaveDuplicates();
        for (Operation op : catalogue.operations()) {
            for (String param : op.pathParams()) {
                assertThat(op.pathTemplate()).as(op.name()).contains("{" + param + "}");
            }
        }
    }

    @Test
    void oldNameOfARenamedOperationResolvesToTheOperationUnderItsNewName() {
        // databricks-sdk-java 0.149.0 dropped POST bundle/{parent}/operations, so the GET needs no verb suffix.
        Operation renamed = catalogue.require("bundle/operations/list");
        assertThat(renamed).isSameAs(catalogue.require("bundle/operations"));
        assertThat(renamed.httpMethod()).isEqualTo("GET");
        assertThat(renamed.pathTemplate()).isEqualTo("/api/2.0/bundle/{parent}/operations");
        assertThat(catalogue.find("bundle/operations/list")).contains(renamed);
        assertThat(catalogue.aliases()).extracting(OperationAlias::oldName)
                .containsExactlyInAnyOrder("bundle/operations/list", "bundle/operations/create");
    }

    @Test
    void nameOfAnOperationTheSdkDroppedFailsNamingTheCallItMade() {
        assertThat(catalogue.find("bundle/operations/create")).isEmpty();
        assertThatThrownBy(() -> catalogue.require("bundle/operations/create"))
                .isInstanceOf(DatabricksRemovedOperationException.class)
                .hasMessageContaining("databricks-sdk-java 0.149.0 dropped it")
                .hasMessageContaining("raw?httpMethod=POST&path=/api/2.0/bundle/{parent}/operations")
                .satisfies(e -> assertThat(((DatabricksRemovedOperationException) e).getSdkVersion()).isEqualTo("0.149.0"));
    }

    @Test
    void unknownOperationNamesTheThreeClosest() {
        assertThatThrownBy(() -> catalogue.require("clusters/gett"))
                .isInstanceOf(DatabricksUnknownOperationException.class)
                .hasMessageContaining("clusters/gett")
                .hasMessageContaining("clusters/get")
                .satisfies(e -> assertThat(((DatabricksUnknownOperationException) e).getSuggestions()).hasSize(3)
                        .contains("clusters/get"));
        assertThat(catalogue.closest("jobs/runs/sumbit", 3)).contains("jobs/runs/submit");
    }
}
