package dev.lakeroute.camel.databricks.springboot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed configuration class, converter and IDE metadata are what {@link StarterSourceGenerator} makes of
 * the component's databricks.json: a component option added, removed or changed in camel-databricks fails this
 * test until the starter is regenerated ({@code -Dstarter.regenerate=true} rewrites the files).
 */
class GeneratedSourcesInSyncTest {

    @Test
    void committedSourcesMatchTheComponentJson() throws IOException {
        boolean regenerate = Boolean.getBoolean("starter.regenerate");
        List<Path> stale = new ArrayList<>();
        for (Map.Entry<Path, String> file : StarterSourceGenerator.fromClasspath().render().entrySet()) {
            Path path = file.getKey();
            String committed = Files.exists(path) ? Files.readString(path) : "";
            if (!committed.equals(file.getValue())) {
                stale.add(path);
                if (regenerate) {
                    Files.createDirectories(path.getParent());
                    Files.writeString(path, file.getValue());
                }
            }
        }
        assertThat(stale)
                .as(regenerate ? "regenerated (run the build again to compile them)"
                        : "files out of date with the component's databricks.json; regenerate with "
                          + "mvn -pl camel-databricks-starter test -Dtest=GeneratedSourcesInSyncTest -Dstarter.regenerate=true")
                .isEmpty();
    }

    @Test
    void everyComponentOptionHasAProperty() {
        StarterSourceGenerator generator = StarterSourceGenerator.fromClasspath();
        assertThat(generator.options()).extracting(StarterSourceGenerator.Option::name)
                .contains("host", "token", "clientSecret", "waitTimeout", "rateLimit", "healthCheckInterval", "configuration");
        for (StarterSourceGenerator.Option option : generator.options()) {
            assertThat(StarterSourceGenerator.javaType(option)).as(option.name()).isNotBlank();
        }
    }
}
