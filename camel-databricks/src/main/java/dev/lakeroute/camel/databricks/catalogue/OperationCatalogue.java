package dev.lakeroute.camel.databricks.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.lakeroute.camel.databricks.error.DatabricksRemovedOperationException;
import dev.lakeroute.camel.databricks.error.DatabricksUnknownOperationException;
import dev.lakeroute.camel.databricks.support.ClosestNames;

/**
 * Every Databricks REST operation, read once from the resources that
 * {@code scripts/catalogue/UpdateCatalogue.java} produces from {@code endpoints.tsv} and {@code aliases.tsv}.
 * An old name of a renamed operation finds the operation under its new name.
 */
public final class OperationCatalogue {

    public static final String RESOURCE = "/dev/lakeroute/camel/databricks/catalogue/operations.tsv";
    public static final String ALIASES_RESOURCE = "/dev/lakeroute/camel/databricks/catalogue/aliases.tsv";

    private static final List<String> COLUMNS = List.of("op_unique", "http", "path", "version", "scope", "op",
            "path_params", "query", "body", "service", "api", "method");

    private static final List<String> ALIAS_COLUMNS = List.of("old_name", "new_name", "sdk_version", "http", "path");

    private final Map<String, Operation> operations;
    private final Map<String, OperationAlias> aliases;

    private OperationCatalogue(Map<String, Operation> operations, Map<String, OperationAlias> aliases) {
        this.operations = Map.copyOf(operations);
        this.aliases = Map.copyOf(aliases);
    }

    /** The catalogue shipped with the component; parsed on first use, shared afterwards. */
    public static OperationCatalogue shipped() {
        return Shipped.INSTANCE;
    }

    public static OperationCatalogue parse(InputStream operations, InputStream aliases) throws IOException {
        Map<String, Operation> byName = new LinkedHashMap<>();
        for (String[] cells : rows(operations, COLUMNS)) {
            Operation op = toOperation(cells);
            if (byName.put(op.name(), op) != null) {
                throw new IOException("Catalogue lists operation " + op.name() + " twice");
            }
        }
        Map<String, OperationAlias> byOldName = new LinkedHashMap<>();
        for (String[] cells : rows(aliases, ALIAS_COLUMNS)) {
            if (cells.length != ALIAS_COLUMNS.size()) {
                throw new IOException("Catalogue alias row has " + cells.length + " cells, expected "
                                      + ALIAS_COLUMNS.size() + ": " + String.join("|", cells));
            }
            OperationAlias alias = new OperationAlias(cells[0], cells[1], cells[2], cells[3], cells[4]);
            if (byName.containsKey(alias.oldName()) || !alias.removed() && !byName.containsKey(alias.newName())) {
                throw new IOException("Catalogue alias " + alias.oldName() + " -> " + alias.newName()
                                      + " hides an operation or points at none");
            }
            byOldName.put(alias.oldName(), alias);
        }
        return new OperationCatalogue(byName, byOldName);
    }

    /** The tab-separated rows after a header that must be {@code columns}; comment lines start with #. */
    private static List<String[]> rows(InputStream in, List<String> columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean headerSeen = false;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (!headerSeen) {
                    if (!Arrays.asList(cells).equals(columns)) {
                        throw new IOException("Catalogue header " + Arrays.toString(cells) + " is not " + columns);
                    }
                    headerSeen = true;
                    continue;
                }
                rows.add(cells);
            }
        }
        return rows;
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

    /** The operation of that name, or of the new name of a renamed operation. */
    public Optional<Operation> find(String name) {
        Operation op = operations.get(name);
        OperationAlias alias = aliases.get(name);
        if (op == null && alias != null && !alias.removed()) {
            op = operations.get(alias.newName());
        }
        return Optional.ofNullable(op);
    }

    /**
     * The operation (an old name gives the renamed one), or an error: for a name the SDK dropped, what
     * call it made; for any other, the three closest operation names.
     */
    public Operation require(String name) {
        return find(name).orElseThrow(() -> {
            OperationAlias alias = aliases.get(name);
            if (alias != null && alias.removed()) {
                return new DatabricksRemovedOperationException(name, alias.sdkVersion(), alias.httpMethod(), alias.path());
            }
            return new DatabricksUnknownOperationException(name, closest(name, 3));
        });
    }

    /** Old names of renamed and removed operations, as {@code aliases.tsv} lists them. */
    public Collection<OperationAlias> aliases() {
        return aliases.values();
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
            try (InputStream operations = resource(RESOURCE); InputStream aliases = resource(ALIASES_RESOURCE)) {
                return parse(operations, aliases);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read operation catalogue " + RESOURCE, e);
            }
        }

        private static InputStream resource(String name) {
            InputStream in = OperationCatalogue.class.getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException("Operation catalogue resource " + name + " is missing from the classpath");
            }
            return in;
        }
    }
}
