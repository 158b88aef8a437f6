package dev.lakeroute.dblocal.controlplane.workspace;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiFamily;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.ApiResponse;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.Json;
import io.vertx.ext.web.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Workspace API 2.0: import, export, list, mkdirs, delete and get-status over {@link WorkspaceFiles}. */
public final class WorkspaceApi implements ApiFamily {
    /** Databricks refuses imports above 10 MB. */
    static final int MAX_IMPORT_BYTES = 10 * 1024 * 1024;

    private final WorkspaceFiles workspace;

    public WorkspaceApi(ServerContext context) {
        this.workspace = new WorkspaceFiles(context.store(), context.clock());
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post("/api/2.0/workspace/import", this::importObject);
        routes.get("/api/2.0/workspace/export", this::export);
        routes.get("/api/2.0/workspace/list", this::list);
        routes.get("/api/2.0/workspace/get-status", request -> workspace.require(request.requireString("path")).toJson());
        routes.post("/api/2.0/workspace/mkdirs", request -> {
            workspace.mkdirs(request.requireString("path"));
            return Json.object();
        });
        routes.post("/api/2.0/workspace/delete", request -> {
            workspace.delete(request.requireString("path"), request.bool("recursive", false));
            return Json.object();
        });
    }

    private Object importObject(ApiRequest request) {
        String path = WorkspaceFiles.canonical(request.requireString("path"));
        String format = request.string("format").map(value -> value.trim().toUpperCase(Locale.ROOT)).filter(value -> !value.isEmpty()).orElse("SOURCE");
        Optional<Language> language = request.string("language").filter(value -> !value.isBlank()).map(value ->
                Language.parse(value).orElseThrow(() -> ApiException.invalidParameter("Unknown language " + value + "; expected one of SCALA, PYTHON, SQL, R.")));
        byte[] content = content(request);
        if (content.length > MAX_IMPORT_BYTES) {
            throw new ApiException(400, "MAX_NOTEBOOK_SIZE_EXCEEDED", "The content of " + content.length
                    + " bytes exceeds the import limit of " + MAX_IMPORT_BYTES + " bytes.");
        }
        NotebookFormats.Imported imported = NotebookFormats.forImport(path, format, language, content);
        workspace.write(imported.path(), imported.type(), imported.language(), imported.content(), request.bool("overwrite", false));
        return Json.object();
    }

    /** The content from a multipart {@code content} part, else the base64 {@code content} field. */
    private static byte[] content(ApiRequest request) {
        for (FileUpload upload : request.context().fileUploads()) {
            if (upload.name().equals("content")) {
                try {
                    if (upload.size() > MAX_IMPORT_BYTES) {
                        return new byte[MAX_IMPORT_BYTES + 1];
                    }
                    return Files.readAllBytes(Path.of(upload.uploadedFileName()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        String base64 = request.string("content").orElse("");
        try {
            return Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter("The content field is not valid base64: " + e.getMessage());
        }
    }

    private Object export(ApiRequest request) {
        WorkspaceObject object = workspace.require(request.requireString("path"));
        String format = request.string("format").map(value -> value.trim().toUpperCase(Locale.ROOT)).filter(value -> !value.isEmpty()).orElse("SOURCE");
        byte[] stored = object.type().isFolder() ? new byte[0] : workspace.content(object);
        NotebookFormats.Exported exported = NotebookFormats.forExport(object, stored, format);
        if (request.bool("direct_download", false)) {
            String name = object.path().substring(object.path().lastIndexOf('/') + 1)
                    + (object.type() == ObjectType.NOTEBOOK && exported.fileType() != null ? "." + exported.fileType() : "");
            return ApiResponse.bytes("application/octet-stream", exported.content(),
                    Map.of("Content-Disposition", "attachment; filename=\"" + name.replace("\"", "") + "\""));
        }
        ObjectNode reply = Json.object().put("content", Base64.getEncoder().encodeToString(exported.content()));
        if (exported.fileType() != null) {
            reply.put("file_type", exported.fileType());
        }
        return reply;
    }

    private Object list(ApiRequest request) {
        Optional<Long> modifiedAfter = request.longValue("notebooks_modified_after");
        ArrayNode objects = Json.array();
        for (WorkspaceObject object : workspace.list(request.requireString("path"))) {
            if (object.type() == ObjectType.NOTEBOOK && modifiedAfter.isPresent() && object.modifiedAt() <= modifiedAfter.get()) {
                continue;
            }
            objects.add(object.toJson());
        }
        ObjectNode reply = Json.object();
        if (!objects.isEmpty()) {
            reply.set("objects", objects);
        }
        return reply;
    }
}
