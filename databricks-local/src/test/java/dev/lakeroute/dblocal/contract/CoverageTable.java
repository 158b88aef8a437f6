package dev.lakeroute.dblocal.contract;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * How much of each API family (the catalogue's {@code service} column) databricks-local emulates: the
 * catalogue's operations that a registered route answers (501 stubs do not count), out of all of them; as a Markdown table kept
 * between {@link #START} and {@link #END} in the module's README.
 */
final class CoverageTable {
    static final String START = "<!-- coverage:start -->";
    static final String END = "<!-- coverage:end -->";

    private record Count(int emulated, int total) {
        Count plus(boolean isEmulated) {
            return new Count(emulated + (isEmulated ? 1 : 0), total + 1);
        }
    }

    private final Map<String, Count> byService;

    private CoverageTable(Map<String, Count> byService) {
        this.byService = byService;
    }

    static CoverageTable of(List<CatalogueOperation> catalogue, Predicate<CatalogueOperation> emulated) {
        Map<String, Count> byService = new TreeMap<>();
        for (CatalogueOperation operation : catalogue) {
            byService.merge(operation.service(), new Count(0, 0).plus(emulated.test(operation)),
                    (a, b) -> new Count(a.emulated() + b.emulated(), a.total() + b.total()));
        }
        return new CoverageTable(byService);
    }

    int emulated() {
        return byService.values().stream().mapToInt(Count::emulated).sum();
    }

    int total() {
        return byService.values().stream().mapToInt(Count::total).sum();
    }

    /** One row per family with an emulated operation, one for the families without any, and the totals. */
    String markdown() {
        StringBuilder table = new StringBuilder()
                .append("| API family (catalogue `service`) | operations emulated | in the catalogue | share |\n")
                .append("|---|---:|---:|---:|\n");
        int otherFamilies = 0;
        int otherOperations = 0;
        for (Map.Entry<String, Count> entry : byService.entrySet()) {
            Count count = entry.getValue();
            if (count.emulated() == 0) {
                otherFamilies++;
                otherOperations += count.total();
                continue;
            }
            table.append(row("`" + entry.getKey() + "`", count.emulated(), count.total()));
        }
        if (otherFamilies > 0) {
            table.append(row(otherFamilies + " other families (none emulated)", 0, otherOperations));
        }
        table.append(row("**all**", emulated(), total()));
        return table.toString();
    }

    private static String row(String family, int emulated, int total) {
        return "| " + family + " | " + emulated + " | " + total + " | " + Math.round(100.0 * emulated / total) + " % |\n";
    }

    /** The table between the markers of {@code readme}; fails if the markers are missing. */
    static String in(String readme) {
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException("README.md has no coverage section: add the lines " + START + " and " + END
                    + ", then run the contract test with -Dcoverage.write=true");
        }
        return readme.substring(start + START.length(), end).strip() + "\n";
    }

    /** {@code readme} with this table between the markers. */
    String writtenInto(String readme) {
        in(readme);
        int start = readme.indexOf(START) + START.length();
        int end = readme.indexOf(END);
        return readme.substring(0, start) + "\n" + markdown() + readme.substring(end);
    }
}
