package dev.lakeroute.dblocal.driver;

import dev.lakeroute.dblocal.runtime.ClusterLaunch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The control plane's side of the execution plane: real driver JVMs started, used and stopped. The last test
 * kills the first driver, so that one launch serves every test that needs a running driver.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkDriverRuntimeTest {
    @TempDir
    static Path dataDir;
    static SparkDriverRuntime runtime;
    static DriverHandle driver;

    @BeforeAll
    static void startOneDriver() throws Exception {
        runtime = new SparkDriverRuntime(dataDir, dataDir.resolve("dbfs"), DriverSettings.defaults().withHeap("768m").withMaxContexts(4));
        // Single node: one JVM (clusters with workers are ClustersWithWorkersTest's).
        driver = runtime.launch(new ClusterLaunch("0101-000000-runtime1", 0, Map.of("spark.sql.shuffle.partitions", "4",
                        "spark.driver.extraJavaOptions", "-Dlakeroute.probe='one two' -Xss8m"), List.of()))
                .get(90, TimeUnit.SECONDS);
    }

    @AfterAll
    static void closeRuntime() {
        runtime.close();
        assertThat(ProcessHandle.of(driver.pid()).map(ProcessHandle::isAlive).orElse(false)).as("driver left running").isFalse();
    }

    @Test
    void runningDriverAnswersCommandsThroughItsClient() throws Exception {
        DriverClient client = runtime.driver("0101-000000-runtime1").orElseThrow();
        String context = client.createContext("scala", Map.of()).get(10, TimeUnit.SECONDS);
        // A status call waits at most 30 s for a change; a REPL starting on a loaded machine may need more.
        String status = "Pending";
        for (int i = 0; i < 4 && status.equals("Pending"); i++) {
            status = client.contextStatus(context, Duration.ofSeconds(90)).get(100, TimeUnit.SECONDS).status();
        }
        assertThat(status).isEqualTo("Running");

        String command = client.execute(context, "spark.conf.get(\"spark.sql.shuffle.partitions\")").get(10, TimeUnit.SECONDS);
        CommandInfo info = client.commandStatus(context, command, Duration.ofSeconds(30)).get(40, TimeUnit.SECONDS);

        assertThat(info.status()).isEqualTo("Finished");
        assertThat(info.results().data().asText()).isEqualTo("res0: String = 4");
        String property = client.execute(context, "System.getProperty(\"lakeroute.probe\")").get(10, TimeUnit.SECONDS);
        assertThat(client.commandStatus(context, property, Duration.ofSeconds(30)).get(40, TimeUnit.SECONDS).results().data().asText())
                .as("spark.driver.extraJavaOptions reaches the driver JVM").isEqualTo("res1: String = one two");
        List<String> arguments = List.of(ProcessHandle.of(driver.pid()).orElseThrow().info().arguments().orElseThrow());
        assertThat(arguments.lastIndexOf("-Xss8m")).as("the cluster's options come after the defaults")
                .isGreaterThan(arguments.indexOf("-Xss4m"));
        assertThat(client.health().get(10, TimeUnit.SECONDS).master()).isEqualTo("local[" + Runtime.getRuntime().availableProcessors() + "]");
        client.destroyContext(context).get(10, TimeUnit.SECONDS);
    }

    @Test
    void secondStartOfARunningClusterGetsTheSameDriver() throws Exception {
        DriverHandle again = runtime.launch(new ClusterLaunch("0101-000000-runtime1", 0, Map.of(), List.of())).get(10, TimeUnit.SECONDS);

        assertThat(again.pid()).isEqualTo(driver.pid());
    }

    @Test
    void driverErrorsKeepTheirDatabricksCode() {
        DriverClient client = runtime.driver("0101-000000-runtime1").orElseThrow();

        assertThatThrownBy(() -> client.contextStatus("1234").join())
                .hasCauseInstanceOf(DriverException.class)
                .cause().satisfies(e -> assertThat(((DriverException) e).errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST"));
    }

    @Test
    void stopEndsTheDriverProcessAndAKilledDriverIsReported() throws Exception {
        DriverHandle second = runtime.launch(new ClusterLaunch("0101-000000-runtime2", 0, Map.of(), List.of())).get(90, TimeUnit.SECONDS);
        assertThat(second.master()).isEqualTo("local[" + Runtime.getRuntime().availableProcessors() + "]");

        runtime.stop("0101-000000-runtime2").get(30, TimeUnit.SECONDS);

        assertThat(ProcessHandle.of(second.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(runtime.driver("0101-000000-runtime2")).isEmpty();
        assertThat(Files.readString(second.logFile())).contains("LAKEROUTE-DRIVER-READY");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void unexpectedDriverExitIsReportedToListeners() throws Exception {
        CompletableFuture<String> exited = new CompletableFuture<>();
        runtime.addExitListener((clusterId, code, tail) -> exited.complete(clusterId));

        ProcessHandle.of(driver.pid()).orElseThrow().destroyForcibly();

        assertThat(exited.get(20, TimeUnit.SECONDS)).isEqualTo("0101-000000-runtime1");
        assertThat(runtime.driver("0101-000000-runtime1")).isEmpty();
    }
}
