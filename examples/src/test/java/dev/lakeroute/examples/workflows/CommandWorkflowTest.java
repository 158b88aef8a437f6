package dev.lakeroute.examples.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** command: the timer runs Scala on the cluster and the result lands in a file. */
class CommandWorkflowTest extends SparkWorkflowTestSupport {

    @TempDir
    Path out;

    @ParameterizedTest
    @EnumSource(Dsl.class)
    void timerRunsScalaOnTheClusterAndStoresTheResult(Dsl dsl) throws Exception {
        start(dsl, "command.yaml", new CommandRoutes(), Map.of("databricks.cluster-id", cluster(),
                "command.period", "600000", "command.out-dir", out.toString()));
        await().atMost(Duration.ofSeconds(90)).until(() -> files().size() == 1);
        assertThat(Files.readString(files().get(0))).contains("Array(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)");
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> list = Files.list(out)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".txt")).toList();
        }
    }
}
