package dev.lakeroute.camel.databricks.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;
import dev.lakeroute.camel.databricks.it.DatabricksLocalTestSupport;

/** The sensors against databricks-local: what they emit, once, in order, and across a restart. */
class PollingConsumersTest extends DatabricksLocalTestSupport {

    private static final String SCRIPTS = "/FileStore/consumer-it/";
    private static String clusterId;

    @BeforeEach
    void cluster() {
        if (clusterId != null) {
            return;
        }
        Exchange created = exchange("databricks:clusters/create?sparkVersion=latest-lts&waitForState=RUNNING",
                Map.of("cluster_name", "it-consumers", "node_type_id", "i3.xlarge", "num_workers", 0));
        assertThat(created.getException()).isNull();
        clusterId = created.getMessage().getHeader(DatabricksConstants.CLUSTER_ID, String.class);
        call("databricks:dbfs/put?overwrite=true&path=" + SCRIPTS + "fail.py", "raise SystemExit('no input')\n");
    }

    private long job(String name, boolean fails) {
        Map<String, Object> task = fails
                ? Map.of("task_key", "main", "existing_cluster_id", clusterId,
                        "spark_python_task", Map.of("python_file", "dbfs:" + SCRIPTS + "fail.py"))
                : Map.of("task_key", "main", "condition_task", Map.of("op", "EQUAL_TO", "left", "1", "right", "1"));
        Map<String, Object> job = call("databricks:jobs/create", Map.of("name", name, "tasks", List.of(task)));
        return ((Number) job.get("job_id")).longValue();
    }

    /** Starts a run and waits for its end (failures included); returns its run id. */
    private long runNow(long jobId) {
        Exchange e = exchange("databricks:jobs/run-now?jobId=" + jobId, null);
        return e.getMessage().getHeader(DatabricksConstants.RUN_ID, Long.class) != null
                ? e.getMessage().getHeader(DatabricksConstants.RUN_ID, Long.class)
                : ((dev.lakeroute.camel.databricks.error.DatabricksRunFailedException) e.getException()).getRunId();
    }

    private void sensor(String routeId, String uri, String mock) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(routeId).to(mock);
            }
        });
    }

    private static List<Long> runIds(MockEndpoint mock) {
        List<Long> ids = new ArrayList<>();
        mock.getExchanges().forEach(x -> ids.add(x.getMessage().getHeader(DatabricksConstants.RUN_ID, Long.class)));
        return ids;
    }

    @Test
    void runsSensorEmitsEachFinishedRunOnceAndARestartWithTheSameRepositoryDoesNotReEmit() throws Exception {
        long jobId = job("consumer-runs-" + UUID.randomUUID(), false);
        long first = runNow(jobId);
        long second = runNow(jobId);
        IdempotentRepository repository = MemoryIdempotentRepository.memoryIdempotentRepository();
        context.getRegistry().bind("runsRepo", repository);
        MockEndpoint runs = getMockEndpoint("mock:runs");

        sensor("runs-1", "databricks:jobs/runs/list?jobId=" + jobId + "&delay=100&initialDelay=0&idempotentRepository=#runsRepo",
                "mock:runs");
        await().atMost(Duration.ofSeconds(20)).until(() -> runs.getReceivedCounter() == 2);
        assertThat(runIds(runs)).as("oldest first").containsExactly(first, second);
        Exchange one = runs.getExchanges().get(0);
        assertThat(one.getMessage().getHeader(DatabricksConstants.JOB_ID, Long.class)).isEqualTo(jobId);
        assertThat(one.getMessage().getHeader(DatabricksConstants.RUN_RESULT_STATE)).isEqualTo("SUCCESS");
        assertThat(one.getMessage().getHeader(DatabricksConstants.RUN_PAGE_URL, String.class)).isNotBlank();
        assertThat(one.getMessage().getBody(Map.class)).containsEntry("run_id", first);

        long third = runNow(jobId);
        await().atMost(Duration.ofSeconds(20)).until(() -> runs.getReceivedCounter() == 3);
        Thread.sleep(300);
        assertThat(runIds(runs)).containsExactly(first, second, third);

        // A restart: a new consumer over the same repository emits only what ended since.
        context.getRouteController().stopRoute("runs-1");
        context.removeRoute("runs-1");
        long fourth = runNow(jobId);
        MockEndpoint again = getMockEndpoint("mock:runsAgain");
        sensor("runs-2", "databricks:jobs/runs/list?jobId=" + jobId + "&delay=100&initialDelay=0&idempotentRepository=#runsRepo",
                "mock:runsAgain");
        await().atMost(Duration.ofSeconds(20)).until(() -> again.getReceivedCounter() == 1);
        Thread.sleep(400);
        assertThat(runIds(again)).containsExactly(fourth);
    }

    @Test
    void runsSensorFiltersByResultState() throws Exception {
        long failing = job("consumer-failing-" + UUID.randomUUID(), true);
        long failedRun = runNow(failing);
        MockEndpoint failed = getMockEndpoint("mock:failed");
        sensor("failed", "databricks:jobs/runs/list?resultState=FAILED,TIMEDOUT&delay=100&initialDelay=0&since=10m", "mock:failed");
        await().atMost(Duration.ofSeconds(20)).until(() -> runIds(failed).contains(failedRun));
        assertThat(failed.getExchanges()).allSatisfy(x ->
                assertThat(x.getMessage().getHeader(DatabricksConstants.RUN_RESULT_STATE, String.class)).isIn("FAILED", "TIMEDOUT"));
        assertThat(runIds(failed)).doesNotHaveDuplicates();
    }

    @Test
    void dbfsListEmitsNewAndChangedFiles() throws Exception {
        String dir = "/consumer-it/" + UUID.randomUUID();
        call("databricks:dbfs/put?overwrite=true&path=" + dir + "/a.csv", "a\n1\n");
        call("databricks:dbfs/put?overwrite=true&path=" + dir + "/b.csv", "b\n2\n");
        call("databricks:dbfs/mkdirs?path=" + dir + "/sub", null);
        MockEndpoint files = getMockEndpoint("mock:files");
        sensor("files", "databricks:dbfs/list?path=" + dir + "&delay=100&initialDelay=0", "mock:files");
        await().atMost(Duration.ofSeconds(20)).until(() -> files.getReceivedCounter() == 2);

        call("databricks:dbfs/put?overwrite=true&path=" + dir + "/a.csv", "a\n1\n2\n3\n");
        call("databricks:dbfs/put?overwrite=true&path=" + dir + "/c.csv", "c\n");
        await().atMost(Duration.ofSeconds(20)).until(() -> files.getReceivedCounter() == 4);
        Thread.sleep(300);
        assertThat(files.getReceivedCounter()).isEqualTo(4);
        List<String> names = files.getExchanges().stream().map(x -> x.getMessage().getHeader(Exchange.FILE_NAME, String.class)).toList();
        assertThat(names.subList(0, 2)).containsExactlyInAnyOrder("a.csv", "b.csv");
        assertThat(names.subList(2, 4)).containsExactlyInAnyOrder("a.csv", "c.csv");
        Exchange changed = files.getExchanges().stream().skip(2)
                .filter(x -> x.getMessage().getHeader(Exchange.FILE_NAME).equals("a.csv")).findFirst().orElseThrow();
        assertThat(changed.getMessage().getHeader(DatabricksConstants.FILE_SIZE, Long.class)).isEqualTo(8L);
        assertThat(changed.getMessage().getHeader(DatabricksConstants.FILE_PATH)).isEqualTo(dir + "/a.csv");
        assertThat(changed.getMessage().getBody(Map.class)).containsEntry("is_dir", false);
    }

    @Test
    void filesDirectorySensorEmitsVolumeFilesAndSkipsWhatExistedWhenToldSo() throws Exception {
        String dir = "/Volumes/main/default/landing/consumer-" + UUID.randomUUID();
        call("databricks:fs/files/upload?overwrite=true&param.file_path=" + dir + "/old.csv", "old".getBytes());
        MockEndpoint volume = getMockEndpoint("mock:volume");
        sensor("volume", "databricks:fs/directories?path=" + dir + "&emitExisting=false&delay=100&initialDelay=0", "mock:volume");
        Thread.sleep(1000);
        call("databricks:fs/files/upload?overwrite=true&param.file_path=" + dir + "/new.csv", "new!".getBytes());
        await().atMost(Duration.ofSeconds(20)).until(() -> volume.getReceivedCounter() == 1);
        Thread.sleep(300);
        Exchange x = volume.getExchanges().get(0);
        assertThat(volume.getReceivedCounter()).isEqualTo(1);
        assertThat(x.getMessage().getHeader(DatabricksConstants.FILE_PATH)).isEqualTo(dir + "/new.csv");
        assertThat(x.getMessage().getHeader(DatabricksConstants.FILE_SIZE, Long.class)).isEqualTo(4L);
    }

    @Test
    void clusterEventsAreEmittedOldestFirstAndOnce() throws Exception {
        Exchange created = exchange("databricks:clusters/create?sparkVersion=latest-lts&waitForState=RUNNING",
                Map.of("cluster_name", "it-events", "node_type_id", "i3.xlarge", "num_workers", 0));
        String cluster = created.getMessage().getHeader(DatabricksConstants.CLUSTER_ID, String.class);
        MockEndpoint events = getMockEndpoint("mock:events");
        sensor("events", "databricks:clusters/events?clusterId=" + cluster + "&delay=100&initialDelay=0", "mock:events");
        await().atMost(Duration.ofSeconds(20)).until(() -> types(events).contains("RUNNING"));
        int before = events.getReceivedCounter();
        call("databricks:clusters/delete?waitForState=TERMINATED&clusterId=" + cluster, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> types(events).contains("TERMINATING"));
        Thread.sleep(500);
        List<Long> times = events.getExchanges().stream()
                .map(x -> x.getMessage().getHeader(DatabricksConstants.EVENT_TIMESTAMP, Long.class)).toList();
        assertThat(times).isSorted();
        assertThat(types(events).get(0)).isEqualTo("CREATING");
        assertThat(events.getReceivedCounter()).isGreaterThan(before);
        assertThat(events.getExchanges().stream().map(x -> x.getMessage().getHeader(DatabricksConstants.SENSOR_KEY)).toList())
                .doesNotHaveDuplicates();
    }

    private static List<String> types(MockEndpoint mock) {
        return mock.getExchanges().stream().map(x -> x.getMessage().getHeader(DatabricksConstants.EVENT_TYPE, String.class)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dbfs/list?path=/landing/../etc", "fs/directories?path=/Volumes/main/default/landing/../../other",
                            "fs/directories?param.directory_path=/Volumes/main/default/landing/.."})
    void aSensorOnAPathThatClimbsOutFailsWhenTheEndpointIsCreated(String uri) {
        assertThatThrownBy(() -> context.getEndpoint("databricks:" + uri + "&delay=100"))
                .rootCause().isInstanceOf(DatabricksConfigurationException.class)
                .hasMessageContaining("Invalid option ").hasMessageContaining("path")
                .hasMessageContaining("'..' segment").hasMessageContaining("allowed: ");
    }

    /** Lists a missing directory for a while, creates it, removes it again: one warning per change, no stack trace. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dbfs/list", "fs/directories"})
    void aSensorOnAMissingDirectoryWarnsOnceAndEmitsItsFilesWhenItAppears(String operation) throws Exception {
        boolean dbfs = operation.equals("dbfs/list");
        String dir = (dbfs ? "/consumer-it/" : "/Volumes/main/default/landing/consumer-") + "missing-" + UUID.randomUUID();
        String put = dbfs ? "databricks:dbfs/put?overwrite=true&path=" + dir + "/a.csv"
                : "databricks:fs/files/upload?overwrite=true&param.file_path=" + dir + "/a.csv";
        // An emptied volume directory stays: it is removed after its file so that it is missing again.
        List<String> removeAgain = dbfs ? List.of("databricks:dbfs/delete?param.recursive=true&path=" + dir)
                : List.of("databricks:fs/files/delete?param.file_path=" + dir + "/a.csv",
                        "databricks:fs/directories/delete?param.directory_path=" + dir);
        MockEndpoint files = getMockEndpoint("mock:appearing");
        try (WarningCapture warnings = WarningCapture.start(dir)) {
            sensor("appearing", "databricks:" + operation + "?path=" + dir + "&delay=100&initialDelay=0", "mock:appearing");
            Thread.sleep(800);
            assertThat(warnings.lines()).as("one warning for ~8 polls of a missing directory").hasSize(1)
                    .allSatisfy(line -> assertThat(line).contains("does not exist").doesNotContain("Exception"));

            call(put, "a\n1\n");
            await().atMost(Duration.ofSeconds(20)).until(() -> files.getReceivedCounter() == 1);
            removeAgain.forEach(uri -> call(uri, null));
            await().atMost(Duration.ofSeconds(10)).until(() -> warnings.lines().size() == 2);
            Thread.sleep(500);
            assertThat(warnings.lines()).as("warned again only because the directory went missing again").hasSize(2);
        }
        assertThat(context.getRouteController().getRouteStatus("appearing").isStarted()).isTrue();
    }

    /** The WARN (and worse) lines of every logger that mention {@code text}, with their exceptions. */
    private static final class WarningCapture extends AbstractAppender implements AutoCloseable {
        private final String text;
        private final List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());

        private WarningCapture(String text) {
            super("warnings-" + UUID.randomUUID(), null, null, true, Property.EMPTY_ARRAY);
            this.text = text;
        }

        static WarningCapture start(String text) {
            WarningCapture capture = new WarningCapture(text);
            capture.start();
            LoggerContext logging = (LoggerContext) LogManager.getContext(false);
            // Every logger's events reach the root's appenders (dev.lakeroute's too: it is additive).
            logging.getConfiguration().getRootLogger().addAppender(capture, Level.WARN, null);
            logging.updateLoggers();
            return capture;
        }

        @Override
        public void append(LogEvent event) {
            StringBuilder line = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + " "
                                                   + event.getMessage().getFormattedMessage());
            for (Throwable t = event.getThrown(); t != null; t = t.getCause()) {
                line.append(" | ").append(t);
            }
            if (line.indexOf(text) >= 0) {
                lines.add(line.toString());
            }
        }

        List<String> lines() {
            return List.copyOf(lines);
        }

        @Override
        public void close() {
            LoggerContext logging = (LoggerContext) LogManager.getContext(false);
            logging.getConfiguration().getRootLogger().removeAppender(getName());
            logging.updateLoggers();
            stop();
        }
    }

    @Test
    void anOperationThatIsNoConsumerFailsTheRouteNamingTheConsumers() {
        assertThatThrownBy(() -> sensor("nope", "databricks:clusters/get?clusterId=x", "mock:nope"))
                .hasRootCauseInstanceOf(DatabricksConfigurationException.class)
                .rootCause().hasMessageContaining("jobs/runs/list").hasMessageContaining("clusters/events")
                .hasMessageContaining("dbfs/list");
    }

    @Test
    void aWrongResultStateFailsTheRouteNamingTheStates() {
        assertThatThrownBy(() -> sensor("bad", "databricks:jobs/runs/list?resultState=BROKEN", "mock:bad"))
                .rootCause().isInstanceOf(DatabricksConfigurationException.class)
                .hasMessageContaining("resultState").hasMessageContaining("FAILED");
    }
}
