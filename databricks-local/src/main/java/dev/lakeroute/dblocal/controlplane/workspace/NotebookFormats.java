package dev.lakeroute.dblocal.controlplane.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code workspace/import} makes of its content and what {@code workspace/export} answers, per
 * format: SOURCE (kept byte for byte), AUTO (a notebook if the content has a notebook header, else a
 * file), RAW (a file) and JUPYTER (converted to and from SOURCE cells); notebooks also export as HTML and DBC
 * ({@link NotebookArchives}). Importing HTML, DBC or R_MARKDOWN, and exporting R_MARKDOWN, are refused with a
 * clear message.
 */
final class NotebookFormats {
    private static final String JUPYTER_EXTENSION = ".ipynb";

    private NotebookFormats() {
    }

    /** An object ready to be stored: where, as what, and its bytes. */
    record Imported(String path, ObjectType type, Language language, byte[] content) {
    }

    /** An export: the bytes and the {@code file_type} Databricks reports. */
    record Exported(byte[] content, String fileType) {
    }

    static Imported forImport(String path, String format, Optional<Language> language, byte[] content) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        switch (format) {
            case "SOURCE" -> {
                Language chosen = language.or(() -> Language.ofHeader(text(content), name)).or(() -> Language.ofFileName(name))
                        .orElseThrow(() -> ApiException.invalidParameter("language is required when importing with format SOURCE"
                                + " (one of SCALA, PYTHON, SQL, R)"));
                return new Imported(path, ObjectType.NOTEBOOK, chosen, content);
            }
            case "AUTO" -> {
                if (name.toLowerCase(Locale.ROOT).endsWith(JUPYTER_EXTENSION)) {
                    return forImport(stripExtension(path), "JUPYTER", language, content);
                }
                Optional<Language> fromHeader = Language.ofHeader(text(content), name);
                if (fromHeader.isPresent()) {
                    Language chosen = language.orElse(fromHeader.get());
                    boolean extensionMatches = Language.ofFileName(name).map(hint -> hint.extension().equals(chosen.extension())).orElse(false);
                    return new Imported(extensionMatches ? stripExtension(path) : path, ObjectType.NOTEBOOK, chosen, content);
                }
                return new Imported(path, ObjectType.FILE, null, content);
            }
            case "RAW" -> {
                return new Imported(path, ObjectType.FILE, null, content);
            }
            case "JUPYTER" -> {
                return fromJupyter(path, language, content);
            }
            case "HTML", "DBC", "R_MARKDOWN" -> throw ApiException.invalidParameter("Importing format " + format
                    + " is not supported by databricks-local; use SOURCE, AUTO, JUPYTER or RAW.");
            default -> throw ApiException.invalidParameter("Unknown format " + format + "; expected one of SOURCE, AUTO, RAW, JUPYTER, HTML, DBC, R_MARKDOWN.");
        }
    }

    static Exported forExport(WorkspaceObject object, byte[] stored, String format) {
        if (object.type().isFolder()) {
            throw ApiException.invalidParameter(object.path() + " is a " + object.type()
                    + "; databricks-local exports notebooks and files only (folder archives need DBC).");
        }
        if (object.type() == ObjectType.FILE) {
            if (!List.of("SOURCE", "AUTO", "RAW").contains(format)) {
                throw ApiException.invalidParameter(object.path() + " is a file; export it with format SOURCE, AUTO or RAW, not " + format + ".");
            }
            String name = object.path().substring(object.path().lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            return new Exported(stored, dot < 0 ? null : name.substring(dot + 1));
        }
        Language language = object.language();
        return switch (format) {
            case "SOURCE", "AUTO" -> new Exported(withHeader(language, stored), language.extension());
            case "JUPYTER" -> new Exported(toJupyter(language, text(stored)), "ipynb");
            case "RAW" -> throw ApiException.invalidParameter(object.path() + " is a notebook; RAW exports files only. Use SOURCE or JUPYTER.");
            case "HTML" -> new Exported(NotebookArchives.html(object, text(stored)), "html");
            case "DBC" -> new Exported(NotebookArchives.dbc(object, text(stored)), "dbc");
            case "R_MARKDOWN" -> throw ApiException.invalidParameter("Exporting format R_MARKDOWN is not supported by databricks-local; "
                    + "use SOURCE, JUPYTER, HTML or DBC.");
            default -> throw ApiException.invalidParameter("Unknown format " + format + "; expected one of SOURCE, AUTO, RAW, JUPYTER, HTML, DBC, R_MARKDOWN.");
        };
    }

    /** Exported SOURCE always starts with the header, as Databricks' does; imports that had it come back unchanged. */
    private static byte[] withHeader(Language language, byte[] stored) {
        String source = text(stored);
        if (source.lines().findFirst().map(String::strip).orElse("").equals(language.header())) {
            return stored;
        }
        return (language.header() + "\n" + source).getBytes(StandardCharsets.UTF_8);
    }

    private static Imported fromJupyter(String path, Optional<Language> language, byte[] content) {
        JsonNode notebook;
        try {
            notebook = Json.MAPPER.readTree(content);
        } catch (IOException e) {
            throw ApiException.invalidParameter("The content is not a Jupyter notebook (invalid JSON): " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (notebook == null || !notebook.path("cells").isArray()) {
            throw ApiException.invalidParameter("The content is not a Jupyter notebook: it has no cells array.");
        }
        Language chosen = language
                .or(() -> Language.parse(notebook.path("metadata").path("kernelspec").path("language").asText()))
                .or(() -> Language.parse(notebook.path("metadata").path("language_info").path("name").asText()))
                .orElse(Language.PYTHON);
        List<String> cells = new ArrayList<>();
        for (JsonNode cell : notebook.path("cells")) {
            String source = joinSource(cell.path("source"));
            if (cell.path("cell_type").asText().equals("markdown")) {
                StringBuilder magic = new StringBuilder();
                String[] lines = ("%md\n" + source).split("\n", -1);
                for (String line : lines) {
                    magic.append(chosen.magicPrefix()).append(line).append('\n');
                }
                cells.add(magic.toString().stripTrailing());
            } else {
                cells.add(source.stripTrailing());
            }
        }
        String separator = "\n\n" + chosen.separator() + "\n\n";
        String text = chosen.header() + "\n" + String.join(separator, cells) + "\n";
        return new Imported(path.toLowerCase(Locale.ROOT).endsWith(JUPYTER_EXTENSION) ? stripExtension(path) : path,
                ObjectType.NOTEBOOK, chosen, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] toJupyter(Language language, String source) {
        ArrayNode cells = Json.array();
        for (String cell : new Notebook("", language, source).cells()) {
            ObjectNode node = cells.addObject();
            List<String> lines = cell.lines().toList();
            boolean magic = !lines.isEmpty() && lines.stream().allMatch(line -> line.startsWith(language.magicPrefix().strip()));
            String body = cell;
            if (magic) {
                body = String.join("\n", lines.stream().map(line -> line.length() > language.magicPrefix().length()
                        ? line.substring(language.magicPrefix().length()) : "").toList());
            }
            boolean markdown = magic && body.startsWith("%md");
            if (markdown) {
                body = body.substring(3).stripLeading();
            }
            node.put("cell_type", markdown ? "markdown" : "code");
            node.set("metadata", Json.object());
            ArrayNode sourceLines = node.putArray("source");
            String[] split = body.split("(?<=\n)");
            for (String line : split) {
                sourceLines.add(line);
            }
            if (!markdown) {
                node.putArray("outputs");
                node.putNull("execution_count");
            }
        }
        ObjectNode notebook = Json.object();
        notebook.set("cells", cells);
        ObjectNode metadata = notebook.putObject("metadata");
        metadata.putObject("language_info").put("name", language.name().toLowerCase(Locale.ROOT));
        notebook.put("nbformat", 4).put("nbformat_minor", 0);
        return Json.write(notebook);
    }

    private static String joinSource(JsonNode source) {
        if (source.isArray()) {
            StringBuilder text = new StringBuilder();
            source.forEach(line -> text.append(line.asText()));
            return text.toString();
        }
        return source.asText();
    }

    private static String stripExtension(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') + 1 ? path.substring(0, dot) : path;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
