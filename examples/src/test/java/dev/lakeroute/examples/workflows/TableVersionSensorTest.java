package dev.lakeroute.examples.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * table-version-sensor: each version of a Delta table on the warehouse becomes one file, with the row count of the
 * table as of that version; a version is recorded once, and one committed later is recorded too.
 */
class TableVersionSensorTest extends SparkWorkflowTestSupport {

    @TempDir
    Path out;

    @ParameterizedTest
    @EnumSource(Dsl.class)
    void eachNewTableVersionIsRecordedOnceWithItsRowCount(Dsl dsl) throws Exception {
        String table = "versions_" + dsl.name().toLowerCase();
        String sql = "databricks:sql/statements/execute?waitTimeout=180000&warehouseId=" + warehouse();
        template.requestBody(sql, Map.of("statement", "CREATE TABLE " + table + " (id INT)"));
        template.requestBody(sql, Map.of("statement", "INSERT INTO " + table + " VALUES (1), (2)"));

        start(dsl, "table-version-sensor.yaml", new TableVersionSensorRoutes(), Map.of("databricks.warehouse-id", warehouse(),
                "table-version-sensor.table", table, "table-version-sensor.delay", "300",
                "table-version-sensor.store", out.resolve("versions.dat").toString(), "table-version-sensor.out-dir", out.toString()));
        await().atMost(Duration.ofSeconds(120)).until(() -> Files.exists(out.resolve("version-1.txt")));
        template.requestBody(sql, Map.of("statement", "INSERT INTO " + table + " VALUES (3)"));
        await().atMost(Duration.ofSeconds(120)).until(() -> Files.exists(out.resolve("version-2.txt")));

        assertThat(Files.readString(out.resolve("version-0.txt"))).startsWith("version 0 CREATE TABLE at ").endsWith(": 0 rows\n");
        assertThat(Files.readString(out.resolve("version-1.txt"))).startsWith("version 1 WRITE at ").endsWith(": 2 rows\n");
        assertThat(Files.readString(out.resolve("version-2.txt"))).startsWith("version 2 WRITE at ").endsWith(": 3 rows\n");
        // The sensor remembers a version once the route has finished with it, a moment after the file is written.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Files.readAllLines(out.resolve("versions.dat"))).hasSize(3));
    }
}
