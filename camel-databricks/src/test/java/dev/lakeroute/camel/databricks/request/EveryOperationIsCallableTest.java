package dev.lakeroute.camel.databricks.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.catalogue.OperationCatalogue;
import dev.lakeroute.camel.databricks.http.HostUrl;
import dev.lakeroute.camel.databricks.http.HttpCall;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every row of the committed endpoints.tsv, workspace and account scope alike, turns into the HTTP call
 * the row describes: its method, and its path with each placeholder filled. databricks-local serves
 * the families its README lists; this proves the rest is reachable through the same generic path.
 */
class EveryOperationIsCallableTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final OperationCatalogue CATALOGUE = OperationCatalogue.shipped();
    private static final RequestBuilder BUILDER = new RequestBuilder(MAPPER);
    private static final RequestEncoder ENCODER = new RequestEncoder(MAPPER, "test");
    private static final RequestEncoder.Target TARGET = new RequestEncoder.Target(
            HostUrl.parse("host", "https://adb-1.azuredatabricks.net", false),
            HostUrl.parse("accountsHost", "https://accounts.cloud.databricks.com", false), "acc-1");

    record Row(String http, String path, String opUnique, List<String> pathParams) {
        @Override
        public String toString() {
            return http + " " + path + " as " + opUnique;
        }
    }

    static Stream<Row> rows() throws IOException {
        Path tsv = Path.of("..", "scripts", "catalogue", "endpoints.tsv");
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            String params = cells[header.indexOf("path_params")];
            rows.add(new Row(cells[header.indexOf("http")], cells[header.indexOf("path")], cells[header.indexOf("op_unique")],
                    params.isBlank() ? List.of() : List.of(params.split(","))));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void buildsTheCallTheRowDescribes(Row row) {
        DatabricksConfiguration config = new DatabricksConfiguration();
        String expectedPath = row.path();
        for (String param : row.pathParams()) {
            // A placeholder glued to its prefix ({@code fs/files{file_path}}) takes an absolute path.
            String value = row.path().matches(".*[^/]\\{" + param + "}.*") ? "/Volumes/c/s/v/" + param : "v-" + param;
            if (!param.equals("account_id")) {
                config.getParams().put(param, value);
            }
            expectedPath = expectedPath.replace("{" + param + "}", value);
        }
        expectedPath = expectedPath.replace("{account_id}", "acc-1");
        HttpCall call = ENCODER.encode(BUILDER.build(CATALOGUE.require(row.opUnique()), config, null, "exchange-1"), TARGET,
                Duration.ofSeconds(5));
        assertThat(call.method()).isEqualTo(row.http());
        assertThat(call.uri().getPath()).isEqualTo(expectedPath);
        assertThat(call.uri().getHost()).isEqualTo(row.path().contains("{account_id}")
                ? "accounts.cloud.databricks.com" : "adb-1.azuredatabricks.net");
    }
}
