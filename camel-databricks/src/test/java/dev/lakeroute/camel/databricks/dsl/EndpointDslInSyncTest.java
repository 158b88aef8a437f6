package dev.lakeroute.camel.databricks.dsl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed endpoint DSL is what the generator makes of the committed metadata. When an option or an
 * operation changes, this test rewrites the files and fails once, so the change is seen and committed with them.
 */
class EndpointDslInSyncTest {

    @Test
    void committedBuilderAndOperationConstantsMatchTheComponentMetadata() throws IOException {
        Path module = Path.of("").toAbsolutePath();
        List<String> rewritten = new ArrayList<>();
        for (EndpointDslGenerator.Source source : EndpointDslGenerator.generate(module)) {
            Path file = module.resolve(EndpointDslGenerator.OUTPUT).resolve(source.fileName());
            String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            if (!source.text().equals(committed)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.text(), StandardCharsets.UTF_8);
                rewritten.add(module.relativize(file).toString());
            }
        }
        assertThat(rewritten)
                .as("generated from databricks.json and the catalogue, now rewritten: rebuild and commit them")
                .isEmpty();
    }

    @Test
    void operationConstantsAreNamedAfterTheirPath() {
        assertThat(EndpointDslGenerator.constantName("jobs/run-now")).isEqualTo("JOBS_RUN_NOW");
        assertThat(EndpointDslGenerator.constantName("preview/scim/v2/ServicePrincipals/get"))
                .isEqualTo("PREVIEW_SCIM_V2_SERVICE_PRINCIPALS_GET");
        assertThat(EndpointDslGenerator.constantName("database/instances/synced_tables"))
                .isEqualTo("DATABASE_INSTANCES_SYNCED_TABLES");
    }
}
