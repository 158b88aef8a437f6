package dev.lakeroute.camel.databricks.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.catalogue.OperationCatalogue;
import dev.lakeroute.camel.databricks.http.HostUrl;
import dev.lakeroute.camel.databricks.http.HttpCall;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every row of the committed endpoints.tsv, workspace and account scope alike, and every old name a
 * rename left in aliases.tsv, turns into the HTTP call the row describes: its method, and its path with
 * each placeholder filled. databricks-local serves the families its README lists; this proves the rest
 * is reachable through the same generic path.
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
        return Stream.concat(tableRows().stream(), renamedOldNames().stream());
    }

    /** Every row of the committed endpoints.tsv. */
    static List<Row> tableRows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (List<String> cells : tsv("endpoints.tsv", "http", "path", "op_unique", "path_params")) {
            rows.add(new Row(cells.get(0), cells.get(1), cells.get(2),
                    cells.get(3).isBlank() ? List.of() : List.of(cells.get(3).split(","))));
        }
        return rows;
    }

    /** The old names aliases.tsv keeps for renamed operations: each must make its operation's call. */
    static List<Row> renamedOldNames() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (List<String> cells : tsv("aliases.tsv", "http", "path", "old_name", "new_name")) {
            if (!cells.get(3).isEmpty()) {
                rows.add(new Row(cells.get(0), cells.get(1), cells.get(2), placeholders(cells.get(1))));
            }
        }
        return rows;
    }

    private static List<List<String>> tsv(String file, String... columns) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "scripts", "catalogue", file), StandardCharsets.UTF_8)
                .stream().filter(line -> !line.startsWith("#")).toList();
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            rows.add(Arrays.stream(columns).map(column -> cells[header.indexOf(column)]).toList());
        }
        return rows;
    }

    private static List<String> placeholders(String path) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
        while (m.find()) {
            if (!m.group(1).equals("account_id")) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    @Test
    void coversEveryOperationOfTheCatalogueAndEveryRenamedOldName() throws IOException {
        assertThat(tableRows()).hasSize(CATALOGUE.size()).hasSize(1173)
                .extracting(Row::opUnique).containsExactlyInAnyOrderElementsOf(
                        CATALOGUE.operations().stream().map(op -> op.name()).toList());
        assertThat(renamedOldNames()).extracting(Row::opUnique).containsExactly("bundle/operations/list");
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
