package dev.lakeroute.camel.databricks.command;

import java.util.HashMap;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.step.StepResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code images} result of a command. databricks-local cannot produce one (its python contexts have no
 * plotting, Scala and SQL never answer images), so the mapping is checked on the answer Databricks documents;
 * text, table and error results are checked through routes against real Spark in {@code CommandLifecycleSparkTest}.
 */
class CommandResultsTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final CommandResults results = new CommandResults(mapper);

    @Test
    void imagesResultIsAListOfBase64Strings() throws Exception {
        StepResult result = results.map("cmd-1", mapper.readTree(
                "{\"id\":\"cmd-1\",\"status\":\"Finished\",\"results\":{\"resultType\":\"images\",\"data\":[\"aGVsbG8=\",\"d29ybGQ=\"]}}"),
                new HashMap<>());
        assertThat(result.body()).isEqualTo(List.of("aGVsbG8=", "d29ybGQ="));
        assertThat(result.headers()).containsEntry(DatabricksConstants.RESULT_TYPE, "images")
                .containsEntry(DatabricksConstants.COMMAND_STATUS, "Finished");
    }

    @Test
    void aSingleImageIsAListOfOne() throws Exception {
        StepResult result = results.map("cmd-2", mapper.readTree(
                "{\"status\":\"Finished\",\"results\":{\"resultType\":\"images\",\"fileNames\":\"aGVsbG8=\"}}"), new HashMap<>());
        assertThat(result.body()).isEqualTo(List.of("aGVsbG8="));
    }
}
