package dev.lakeroute.dblocal.execution;

import dev.lakeroute.dblocal.controlplane.workspace.Language;
import dev.lakeroute.dblocal.controlplane.workspace.Notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cells of a SOURCE notebook as a notebook task runs them. A cell written as {@code // MAGIC} lines
 * (how Databricks exports cells of another language) is un-commented first; a cell starting with a magic
 * command then runs in that magic's context ({@code %sql}, {@code %scala}, {@code %python}) or is
 * skipped ({@code %md}). Magics that need more than a context ({@code %run}, {@code %sh}, {@code %fs},
 * {@code %pip}, {@code %r}) become cells that fail with a message saying so.
 */
final class NotebookCells {

    /**
     * One cell: {@code language} is the context it runs in ({@code scala}, {@code sql}, {@code python}),
     * or null when it does not run ({@link #skipped()} for markdown, {@link #unsupported()} otherwise).
     */
    record Cell(int number, String language, String code, String unsupported) {
        boolean skipped() {
            return language == null && unsupported == null;
        }
    }

    private NotebookCells() {
    }

    static List<Cell> of(Notebook notebook) {
        List<Cell> cells = new ArrayList<>();
        List<String> sources = notebook.cells();
        for (int i = 0; i < sources.size(); i++) {
            cells.add(cell(i + 1, notebook.language(), sources.get(i)));
        }
        return cells;
    }

    /** The context language of a notebook language; R has none here. */
    static String contextLanguage(Language language) {
        return switch (language) {
            case SCALA -> "scala";
            case SQL -> "sql";
            case PYTHON -> "python";
            case R -> null;
        };
    }

    static Cell cell(int number, Language notebookLanguage, String source) {
        String code = unMagic(notebookLanguage, source);
        String firstLine = code.lines().findFirst().orElse("").strip();
        if (!firstLine.startsWith("%")) {
            return new Cell(number, contextLanguage(notebookLanguage), source, null);
        }
        String magic = firstLine.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        String body = code.strip().substring(magic.length()).replaceFirst("^[ \t]*\r?\n?", "");
        return switch (magic) {
            case "%md", "%md-sandbox", "%markdown" -> new Cell(number, null, body, null);
            case "%sql" -> new Cell(number, "sql", body, null);
            case "%scala" -> new Cell(number, "scala", body, null);
            case "%python" -> new Cell(number, "python", body, null);
            case "%run" -> new Cell(number, null, body, "%run is not supported by databricks-local (as in API 1.2 command "
                    + "execution); inline the other notebook's cells or use a multi-task job");
            case "%r" -> new Cell(number, null, body, "%r cells are not supported by databricks-local (no R runtime)");
            default -> new Cell(number, null, body, magic + " cells are not supported by databricks-local; only %sql, %scala, "
                    + "%python and %md run in notebook tasks");
        };
    }

    /** A cell of {@code // MAGIC} lines without the prefix; any other cell unchanged. */
    private static String unMagic(Language language, String source) {
        String prefix = language.magicPrefix().stripTrailing();
        List<String> lines = source.lines().toList();
        if (lines.isEmpty() || !lines.get(0).startsWith(prefix)) {
            return source;
        }
        StringBuilder code = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith(prefix + " ")) {
                code.append(line, prefix.length() + 1, line.length());
            } else if (!line.equals(prefix)) {
                code.append(line);
            }
            code.append('\n');
        }
        return code.toString();
    }
}
