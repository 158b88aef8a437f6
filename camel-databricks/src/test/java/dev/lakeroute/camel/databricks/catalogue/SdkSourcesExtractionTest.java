package dev.lakeroute.camel.databricks.catalogue;

import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading databricks-sdk-java's published sources reproduces the table the catalogue was built from: the
 * 0.141.0 sources jar (a test dependency, so Maven fetches it) gives the 0.141.0 table byte for byte.
 */
class SdkSourcesExtractionTest {

    private static final Path TABLE_0_141 = Path.of("src/test/resources/dev/lakeroute/camel/databricks/catalogue/endpoints-0.141.0.tsv");

    @Test
    void theSdk0141SourcesJarGivesThe0141EndpointsTable(@TempDir Path dir) throws Exception {
        Path extracted = dir.resolve("endpoints.tsv");

        String output = UpdateCatalogueScript.succeed(UpdateCatalogueScript.PROJECT, "--sources-jar",
                sourcesJar().toString(), "--extract-to", extracted.toString());

        assertThat(output).contains("wrote 1122 operations");
        assertThat(Files.readString(extracted, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(TABLE_0_141, StandardCharsets.UTF_8));
    }

    /** The jar on the test classpath that holds the SDK's ClustersImpl source. */
    private static Path sourcesJar() throws Exception {
        URL source = SdkSourcesExtractionTest.class.getClassLoader()
                .getResource("com/databricks/sdk/service/compute/ClustersImpl.java");
        assertThat(source).as("databricks-sdk-java 0.141.0 sources on the test classpath (camel-databricks/pom.xml)")
                .isNotNull();
        JarURLConnection jar = (JarURLConnection) source.openConnection();
        jar.setUseCaches(false);
        Path path = Path.of(jar.getJarFileURL().toURI());
        assertThat(path.getFileName().toString()).isEqualTo("databricks-sdk-java-0.141.0-sources.jar");
        return path;
    }
}
