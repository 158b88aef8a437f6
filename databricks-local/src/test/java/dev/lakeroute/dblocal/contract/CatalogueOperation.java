package dev.lakeroute.dblocal.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One row of camel-databricks' operation catalogue ({@code operations.tsv}): the operation's unique name,
 * HTTP method, path template, the Databricks service (API family) it belongs to, and the SDK's service
 * class and method for it ({@code JobsAPI}, {@code runNow}).
 */
record CatalogueOperation(String opUnique, String method, String path, String service, String api, String sdkMethod) {
    /** Where the catalogue lives, relative to this module's directory (the tests' working directory). */
    static final Path DEFAULT_FILE = Path.of("..", "camel-databricks", "src", "main", "resources", "dev", "lakeroute", "camel",
            "databricks", "catalogue", "operations.tsv");

    RouteKey key() {
        return RouteKey.of(method, path);
    }

    /** Reads every operation of the catalogue; comment lines ({@code #}) are skipped, columns found by header name. */
    static List<CatalogueOperation> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the operation catalogue " + file.toAbsolutePath()
                    + "; the contract test reads it from the camel-databricks module next to databricks-local", e);
        }
        List<String> header = null;
        List<CatalogueOperation> operations = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            List<String> cells = Arrays.asList(line.split("\t", -1));
            if (header == null) {
                header = cells;
                continue;
            }
            operations.add(new CatalogueOperation(cells.get(column(header, "op_unique")), cells.get(column(header, "http")),
                    cells.get(column(header, "path")), cells.get(column(header, "service")), cells.get(column(header, "api")),
                    cells.get(column(header, "method"))));
        }
        return operations;
    }

    private static int column(List<String> header, String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException("The operation catalogue has no column " + name + "; its columns are " + header);
        }
        return index;
    }
}
