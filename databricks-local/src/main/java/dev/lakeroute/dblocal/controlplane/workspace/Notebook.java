package dev.lakeroute.dblocal.controlplane.workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * A notebook as the execution plane runs it: its language and its SOURCE text exactly as imported
 * (header line and {@code COMMAND ----------} separators included, if the import had them).
 */
public record Notebook(String path, Language language, String source) {

    /** The code of each cell, without header, separators and the blank lines around them; empty cells dropped. */
    public List<String> cells() {
        List<String> cells = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean first = true;
        for (String line : source.split("\r?\n", -1)) {
            if (first) {
                first = false;
                if (line.strip().equals(language.header())) {
                    continue;
                }
            }
            if (line.strip().equals(language.separator())) {
                addCell(cells, current);
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        addCell(cells, current);
        return cells;
    }

    private static void addCell(List<String> cells, StringBuilder text) {
        // Leading blank lines go, leading indentation of the first code line stays.
        String cell = text.toString().replaceFirst("^([ \t]*\n)+", "").stripTrailing();
        if (!cell.isEmpty()) {
            cells.add(cell);
        }
    }
}
