package dev.lakeroute.dblocal.controlplane.workspace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A notebook exported as Databricks archives it: DBC (a zip holding the notebook as Databricks' JSON
 * model, {@code NotebookV1} with one {@code CommandV1} per cell) and HTML (a self-contained page that shows
 * the cells and embeds the same model, with no external assets). Outputs are empty: nothing here keeps
 * results with a notebook.
 */
final class NotebookArchives {
    private NotebookArchives() {
    }

    static byte[] dbc(WorkspaceObject object, String source) {
        String name = nameOf(object);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name + "." + dbcExtension(object.language())));
            zip.write(Json.write(model(object, source)));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the DBC archive of " + object.path(), e);
        }
        return bytes.toByteArray();
    }

    static byte[] html(WorkspaceObject object, String source) {
        String name = nameOf(object);
        StringBuilder page = new StringBuilder()
                .append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(name)).append("</title>\n")
                .append("<meta name=\"databricks-html-version\" content=\"1\">\n")
                .append("<style>body{font-family:sans-serif;margin:2em}pre{background:#f5f5f5;padding:1em;overflow:auto}"
                        + ".command{margin-bottom:1.5em}</style>\n</head>\n<body>\n<h1>").append(escape(name)).append("</h1>\n");
        for (String cell : commands(object.language(), source)) {
            page.append("<div class=\"command\"><pre><code>").append(escape(cell)).append("</code></pre></div>\n");
        }
        String model = Base64.getEncoder().encodeToString(Json.write(model(object, source)));
        page.append("<script>var __DATABRICKS_NOTEBOOK_MODEL = '").append(model).append("';</script>\n</body>\n</html>\n");
        return page.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode model(WorkspaceObject object, String source) {
        ObjectNode notebook = Json.object()
                .put("version", "NotebookV1")
                .put("origId", object.objectId())
                .put("name", nameOf(object))
                .put("language", object.language().name().toLowerCase(Locale.ROOT))
                .put("guid", UUID.nameUUIDFromBytes(object.path().getBytes(StandardCharsets.UTF_8)).toString());
        ArrayNode commands = notebook.putArray("commands");
        List<String> cells = commands(object.language(), source);
        for (int i = 0; i < cells.size(); i++) {
            commands.addObject()
                    .put("version", "CommandV1")
                    .put("origId", object.objectId() * 1000 + i + 1)
                    .put("guid", UUID.nameUUIDFromBytes((object.path() + "#" + i).getBytes(StandardCharsets.UTF_8)).toString())
                    .put("subtype", "command")
                    .put("commandType", "auto")
                    .put("position", (double) (i + 1))
                    .put("command", cells.get(i))
                    .put("commandTitle", "")
                    .put("state", "finished")
                    .putNull("results")
                    .putNull("errorSummary")
                    .putNull("error");
        }
        notebook.putArray("dashboards");
        notebook.putObject("globalVars");
        notebook.putObject("inputWidgets");
        return notebook;
    }

    /** The cells as the notebook editor shows them: magic lines ({@code # MAGIC %md …}) without their comment prefix. */
    private static List<String> commands(Language language, String source) {
        String magic = language.magicPrefix();
        return new Notebook("", language, source).cells().stream().map(cell -> {
            List<String> lines = cell.lines().toList();
            boolean allMagic = !lines.isEmpty() && lines.stream().allMatch(line -> line.startsWith(magic.strip()));
            if (!allMagic) {
                return cell;
            }
            return String.join("\n", lines.stream().map(line -> line.length() > magic.length() ? line.substring(magic.length()) : "").toList());
        }).toList();
    }

    private static String dbcExtension(Language language) {
        return switch (language) {
            case PYTHON -> "python";
            case SCALA -> "scala";
            case SQL -> "sql";
            case R -> "r";
        };
    }

    private static String nameOf(WorkspaceObject object) {
        return object.path().substring(object.path().lastIndexOf('/') + 1);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
