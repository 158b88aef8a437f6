package dev.lakeroute.camel.databricks.it;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.camel.Exchange;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many short waits print nothing at INFO: a wait logs at INFO only once it has lasted 10 s (then on state changes
 * and once a minute), shorter ones at DEBUG. Real runs against databricks-local, log lines as log4j receives them.
 */
class QuietWaitsTest extends DatabricksLocalTestSupport {

    private static final String WAIT_LOGGER = "dev.lakeroute.camel.databricks.Wait";

    @Test
    void shortRunsLogTheirWaitsAtDebugOnly() {
        String clusterId = sharedCluster();
        call("databricks:dbfs/put?overwrite=true&path=/FileStore/it-quiet/quick.py", "print('quick')\n");
        Map<String, Object> run = Map.of("run_name", "it-quiet", "tasks", List.of(Map.of("task_key", "main",
                "existing_cluster_id", clusterId, "spark_python_task", Map.of("python_file", "dbfs:/FileStore/it-quiet/quick.py"))));

        List<String> waitLines;
        try (LogCapture capture = LogCapture.everything(Level.DEBUG)) {
            List<CompletableFuture<Exchange>> sent = IntStream.range(0, 5).mapToObj(i -> template.asyncSend("direct:call", e -> {
                e.getMessage().setHeader("databricksUri", "databricks:jobs/runs/submit");
                e.getMessage().setBody(run);
            })).toList();
            sent.forEach(f -> assertThat(f.join().getException()).isNull());
            waitLines = capture.lines.stream().filter(line -> line.contains(" " + WAIT_LOGGER + " ")).toList();
        }

        System.out.println("Wait log lines: " + String.join("\n", waitLines));
        assertThat(waitLines).as("each run's states").isNotEmpty()
                .anyMatch(line -> line.startsWith("DEBUG ") && line.contains("jobs/runs/submit run "));
        // How long a run takes depends on the machine (ten Python processes on two cores can take more than 10 s),
        // so the rule is checked on what happened: DEBUG before 10 s, INFO only after, once per run and state.
        Pattern debug = Pattern.compile("DEBUG .* run (\\d+): (\\w+) after (\\d+) ms");
        Pattern info = Pattern.compile("INFO .* run (\\d+): (\\w+) after (\\d+) s.*");
        Set<String> announced = new HashSet<>();
        for (String line : waitLines) {
            Matcher d = debug.matcher(line);
            Matcher i = info.matcher(line);
            if (d.matches()) {
                assertThat(Long.parseLong(d.group(3))).as(line).isLessThan(10_000);
            } else {
                assertThat(i.matches()).as("a wait's line is DEBUG (under 10 s) or INFO: " + line).isTrue();
                assertThat(Long.parseLong(i.group(3))).as(line).isGreaterThanOrEqualTo(10);
                assertThat(announced.add(i.group(1) + " " + i.group(2))).as("one INFO line per run and state: " + line).isTrue();
            }
        }
    }
}
