package dev.lakeroute.camel.databricks.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.lakeroute.camel.databricks.error.DatabricksUnknownOperationException;
import dev.lakeroute.camel.databricks.support.ClosestNames;

/**
 * Every Databricks REST operation, read once from the resource that
 * {@code scripts/catalogue/generate.py} produces from {@code endpoints.tsv}.
 */
public final class OperationCatalogue {

    public static final String RESOURCE = "/dev/lakeroute/camel/databricks/catalogue/operations.tsv";

    private static final List<String> COLUMNS = List.of("op_unique", "http", "path", "version", "scope", "op",
            "path_params", "query", "body", "service", "api", "method");

    private final Map<String, Operation> operations;

    private OperationCatalogue(Map<String, Operation> operations) {
        this.operations = Map.copyOf(operations);
    }

    /** The catalogue shipped with the component; parsed on first use, shared afterwards. */
    public static OperationCatalogue shipped() {
        return Shipped.INSTANCE;
    }

    public static OperationCatalogue parse(InputStream in) throws IOException {
        Map<String, Operation> byName = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean headerSeen = false;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (!headerSeen) {
                    if (!Arrays.asList(cells).equals(COLUMNS)) {
                        throw new IOException("Catalogue header " + Arrays.toString(cells) + " is not " + COLUMNS);
                    }
                    headerSeen = true;
                    continue;
                }
                Operation op = toOperation(cells);
                if (byName.put(op.name(), op) != null) {
                    throw new IOException("Catalogue lists operation " + op.name() + " twice");
                }
            }
        }
        return new OperationCatalogue(byName);
    }

    private static Operation toOperation(String[] cells) throws IOException {
        if (cells.length != COLUMNS.size()) {
            throw new IOException("Catalogue row has " + cells.length + " cells, expected " + COLUMNS.size() + ": "
                                  + String.join("|", cells));
        }
        return new Operation(cells[0], cells[1], cells[2], cells[3], Scope.parse(cells[4]), split(cells[6]),
                Set.copyOf(split(cells[7])), Set.copyOf(split(cells[8])), false);
    }

    private static List<String> split(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split(","));
    }

    public Optional<Operation> find(String name) {
        return Optional.ofNullable(operations.get(name));
    }

    /** The operation, or an error naming the three closest operation names. */
    public Operation require(String name) {
        Operation op = operations.get(name);
        if (op == null) {
            throw new DatabricksUnknownOperationException(name, closest(name, 3));
        }
        return op;
    }

    public List<String> closest(String name, int limit) {
        return ClosestNames.closest(name, operations.keySet(), limit);
    }

    public int size() {
        return operations.size();
    }

    public Collection<Operation> operations() {
        return operations.values();
    }

    private static final class Shipped {
        static final OperationCatalogue INSTANCE = load();

        private static OperationCatalogue load() {
            try (InputStream in = OperationCatalogue.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Operation catalogue resource " + RESOURCE + " is missing from the classpath");
                }
                return parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read operation catalogue " + RESOURCE, e);
            }
        }
    }
}
