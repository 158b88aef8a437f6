package dev.lakeroute.camel.databricks.clusters;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.clusters.SparkVersionSelector.SparkVersion;

import static org.assertj.core.api.Assertions.assertThat;

class SparkVersionSelectorTest {

    private static final List<SparkVersion> VERSIONS = List.of(
            new SparkVersion("17.0.x-scala2.13", "17.0 (includes Apache Spark 4.0.0, Scala 2.13)"),
            new SparkVersion("16.4.x-scala2.13", "16.4 LTS (includes Apache Spark 3.5.2, Scala 2.13)"),
            new SparkVersion("16.4.x-scala2.12", "16.4 LTS (includes Apache Spark 3.5.2, Scala 2.12)"),
            new SparkVersion("16.4.x-cpu-ml-scala2.12", "16.4 LTS ML (includes Apache Spark 3.5.2, Scala 2.12)"),
            new SparkVersion("16.4.x-photon-scala2.12", "16.4 LTS Photon (includes Apache Spark 3.5.2, Scala 2.12)"),
            new SparkVersion("9.1.x-scala2.12", "9.1 LTS (includes Apache Spark 3.1.2, Scala 2.12)"),
            new SparkVersion("apache-spark-2.4.x-scala2.11", "Light 2.4 (includes Apache Spark 2.4, Scala 2.11)"));

    @Test
    void latestLtsIsTheHighestStandardLtsRuntimeWithScala212() {
        assertThat(SparkVersionSelector.select(VERSIONS, true)).contains("16.4.x-scala2.12");
    }

    @Test
    void latestIsTheHighestStandardRuntime() {
        assertThat(SparkVersionSelector.select(VERSIONS, false)).contains("17.0.x-scala2.13");
    }

    @Test
    void versionsCompareNumericallyNotAsText() {
        assertThat(SparkVersionSelector.select(List.of(new SparkVersion("9.1.x-scala2.12", "9.1 LTS"),
                new SparkVersion("10.4.x-scala2.12", "10.4 LTS")), true)).contains("10.4.x-scala2.12");
    }

    @Test
    void nothingMatchesGivesEmpty() {
        assertThat(SparkVersionSelector.select(List.of(new SparkVersion("17.0.x-scala2.13", "17.0")), true)).isEmpty();
    }
}
