package dev.lakeroute.camel.databricks.catalogue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.lakeroute.camel.databricks.catalogue.UpdateCatalogueScript.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed catalogue is exactly what {@code scripts/catalogue/UpdateCatalogue.java} makes of the committed
 * tables, and replacing the 0.141.0 table with the 0.149.0 one records the names that update renamed or dropped.
 */
class CatalogueGenerationTest {

    private static final Path ENDPOINTS = PROJECT.resolve("scripts/catalogue/endpoints.tsv");
    private static final Path ALIASES = PROJECT.resolve("scripts/catalogue/aliases.tsv");
    private static final Path TABLE_0_141 = Path.of("src/test/resources/dev/lakeroute/camel/databricks/catalogue/endpoints-0.141.0.tsv");
    private static final String RESOURCES = "camel-databricks/src/main/resources/dev/lakeroute/camel/databricks/catalogue/";
    private static final String NAMES = "camel-databricks/src/main/java/dev/lakeroute/camel/databricks/catalogue/OperationNames.java";

    @Test
    void committedResourcesAndOperationNamesAreWhatTheGeneratorMakesOfTheCommittedTables(@TempDir Path dir) throws Exception {
        Path copy = UpdateCatalogueScript.projectCopy(dir, ENDPOINTS, ALIASES);

        UpdateCatalogueScript.Outcome launched = UpdateCatalogueScript.launchSource(dir, "--project", copy.toString());

        assertThat(launched.exitCode()).as(launched.output()).isZero();
        assertThat(launched.output()).contains("wrote 1173 operations", "wrote 2 aliases");
        for (String generated : new String[] {RESOURCES + "operations.tsv", RESOURCES + "aliases.tsv", NAMES}) {
            assertThat(read(copy.resolve(generated))).as("%s: run java scripts/catalogue/UpdateCatalogue.java", generated)
                    .isEqualTo(read(PROJECT.resolve(generated)));
        }
    }

    @Test
    void adoptingThe0149TableAfterThe0141OneRecordsItsRenameAndItsRemoval(@TempDir Path dir) throws Exception {
        Path copy = UpdateCatalogueScript.projectCopy(dir, TABLE_0_141, null);

        UpdateCatalogueScript.succeed(dir, "--project", copy.toString(), "--table", ENDPOINTS.toString(),
                "--sdk-version", "0.149.0");

        assertThat(read(copy.resolve("scripts/catalogue/endpoints.tsv"))).isEqualTo(read(ENDPOINTS));
        assertThat(read(copy.resolve("scripts/catalogue/aliases.tsv"))).isEqualTo(read(ALIASES))
                .contains("bundle/operations/list\tbundle/operations\t0.149.0\tGET\t/api/2.0/bundle/{parent}/operations\n")
                .contains("bundle/operations/create\t\t0.149.0\tPOST\t/api/2.0/bundle/{parent}/operations\n");
    }

    @Test
    void adoptingTheSameTableAgainKeepsTheAliasesAsTheyAre(@TempDir Path dir) throws Exception {
        Path copy = UpdateCatalogueScript.projectCopy(dir, ENDPOINTS, ALIASES);

        UpdateCatalogueScript.succeed(dir, "--project", copy.toString(), "--table", ENDPOINTS.toString(),
                "--sdk-version", "0.150.0");

        assertThat(read(copy.resolve("scripts/catalogue/aliases.tsv"))).isEqualTo(read(ALIASES));
    }

    @Test
    void aTableThatNamesTwoOperationsAlikeIsRefusedNamingBothLines(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("endpoints.tsv");
        String text = read(TABLE_0_141);
        Files.writeString(table, text.replace("\tclusters/start\tclusters/start\t", "\tclusters/start\tclusters/get\t"), StandardCharsets.UTF_8);
        Path copy = UpdateCatalogueScript.projectCopy(dir.resolve("project"), table, null);

        UpdateCatalogueScript.Outcome outcome = UpdateCatalogueScript.run(dir, "--project", copy.toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.output()).contains("op_unique 'clusters/get' already used on line");
        assertThat(copy.resolve(RESOURCES + "operations.tsv")).doesNotExist();
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
