package dev.lakeroute.camel.databricks.request;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.catalogue.OperationCatalogue;
import dev.lakeroute.camel.databricks.http.HostUrl;
import dev.lakeroute.camel.databricks.http.HttpCall;

import static org.assertj.core.api.Assertions.assertThat;

/** Which calls may be sent again after a first attempt that may have reached the server. */
class CallIdempotencyTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final RequestBuilder builder = new RequestBuilder(mapper);
    private final RequestEncoder encoder = new RequestEncoder(mapper, "test");
    private final OperationCatalogue catalogue = OperationCatalogue.shipped();
    private final RequestEncoder.Target target = new RequestEncoder.Target(
            HostUrl.parse("host", "adb-1.azuredatabricks.net", false), null, null);

    private HttpCall encode(String operation, Map<String, String> params, Object body) {
        DatabricksConfiguration config = new DatabricksConfiguration();
        config.getParams().putAll(params);
        return encoder.encode(builder.build(catalogue.require(operation), config, body, "exchange-1"), target, Duration.ofSeconds(5));
    }

    @Test
    void aFilesUploadThatOverwritesReplacesTheWholeFileAndMayBeSentAgain() {
        byte[] content = "hello".getBytes(StandardCharsets.UTF_8);
        assertThat(encode("fs/files/upload", Map.of("file_path", "/Volumes/a/b/c/f.txt", "overwrite", "true"), content)
                .idempotent()).isTrue();
        assertThat(encode("fs/files/upload", Map.of("file_path", "/Volumes/a/b/c/f.txt", "overwrite", "false"), content)
                .idempotent()).as("a second PUT without overwrite fails on the file the first one wrote").isFalse();
        assertThat(encode("fs/files/upload", Map.of("file_path", "/Volumes/a/b/c/f.txt"), content).idempotent()).isFalse();
    }

    @Test
    void aDbfsCloseIsNotSentAgainButCleanUpCallsAre() {
        assertThat(encode("dbfs/close", Map.of(), Map.of("handle", 7)).idempotent())
                .as("a second close of a closed handle answers 'handle does not exist'").isFalse();
        assertThat(encode("dbfs/add-block", Map.of(), Map.of("handle", 7, "data", "aGk=")).idempotent()).isFalse();
        assertThat(encode("dbfs/delete", Map.of(), Map.of("path", "/x")).idempotent()).isTrue();
        assertThat(encode("jobs/runs/cancel", Map.of(), Map.of("run_id", 1)).idempotent()).isTrue();
    }
}
