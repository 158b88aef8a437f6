package dev.lakeroute.dblocal.controlplane.dbfs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiFamily;
import dev.lakeroute.dblocal.http.ApiHandler;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.FileApiHandler;
import dev.lakeroute.dblocal.http.Json;
import io.vertx.ext.web.FileUpload;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;

/**
 * DBFS API 2.0 on the data directory's {@code dbfs/} tree: list, get-status, mkdirs, delete, move, put,
 * create/add-block/close and read, with Databricks' 1 MiB block limits and error codes.
 */
public final class DbfsApi implements ApiFamily {
    /** Databricks' limit for one {@code put} (inline), {@code add-block} or {@code read}. */
    static final int MAX_BLOCK = 1024 * 1024;
    static final int DEFAULT_READ_LENGTH = 512 * 1024;

    private final ServerContext context;
    private final FileTree tree;
    private final UploadHandles uploads;

    public DbfsApi(ServerContext context) {
        this.context = context;
        this.tree = FileTree.dbfs(context.store());
        this.uploads = new UploadHandles(tree, context.clock(), context.settings().dbfsHandleIdle());
    }

    @Override
    public void register(ApiRoutes routes) {
        uploads.start(context.scheduler());
        routes.get("/api/2.0/dbfs/list", files(this::list));
        routes.get("/api/2.0/dbfs/get-status", files(request -> fileInfo(tree.status(path(request, "path")))));
        routes.post("/api/2.0/dbfs/mkdirs", files(request -> {
            tree.mkdirs(path(request, "path"));
            return Json.object();
        }));
        routes.post("/api/2.0/dbfs/delete", files(this::delete));
        routes.post("/api/2.0/dbfs/move", files(request -> {
            tree.move(path(request, "source_path"), path(request, "destination_path"));
            return Json.object();
        }));
        routes.post("/api/2.0/dbfs/put", files(this::put));
        routes.post("/api/2.0/dbfs/create", files(request -> Json.object()
                .put("handle", uploads.create(path(request, "path"), request.bool("overwrite", false)))));
        routes.post("/api/2.0/dbfs/add-block", files(request -> {
            uploads.append(request.requireLong("handle"), decodeBlock(request.requireString("data"), "data"));
            return Json.object();
        }));
        routes.post("/api/2.0/dbfs/close", files(request -> {
            uploads.close(request.requireLong("handle"));
            return Json.object();
        }));
        routes.get("/api/2.0/dbfs/read", files(this::read));
    }

    private Object list(ApiRequest request) throws IOException {
        String path = path(request, "path");
        FileStatus status = tree.status(path);
        ArrayNode files = Json.array();
        if (status.directory()) {
            tree.list(path).forEach(entry -> files.add(fileInfo(entry)));
        } else {
            files.add(fileInfo(status));
        }
        return Json.object().set("files", files);
    }

    private Object delete(ApiRequest request) throws IOException {
        String path = path(request, "path");
        if (path.equals("/")) {
            throw ApiException.invalidParameter("Cannot delete the root directory /");
        }
        try {
            tree.delete(path, request.bool("recursive", false));
        } catch (DirectoryNotEmptyException e) {
            throw new ApiException(400, "IO_ERROR", "Cannot delete " + path
                    + ": the directory is not empty. Set recursive to true to delete it with its contents.");
        }
        return Json.object();
    }

    private Object put(ApiRequest request) throws IOException {
        String path = path(request, "path");
        boolean overwrite = request.bool("overwrite", false);
        Path temp = tree.newTempFile(UploadHandles.TEMP_PREFIX);
        try {
            FileUpload part = filePart(request, "contents");
            if (part != null) {
                Files.move(Path.of(part.uploadedFileName()), temp, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.write(temp, request.string("contents").map(contents -> decodeBlock(contents, "contents")).orElse(new byte[0]));
            }
            tree.publish(temp, path, overwrite);
        } finally {
            Files.deleteIfExists(temp);
        }
        return Json.object();
    }

    private Object read(ApiRequest request) throws IOException {
        String path = path(request, "path");
        long offset = request.longValue("offset").orElse(0L);
        long length = request.longValue("length").orElse(0L);
        if (offset < 0) {
            throw ApiException.invalidParameter("offset must be 0 or more, was " + offset);
        }
        if (length < 0) {
            throw ApiException.invalidParameter("length must be 0 or more, was " + length);
        }
        if (length > MAX_BLOCK) {
            throw new ApiException(400, "MAX_READ_SIZE_EXCEEDED",
                    "When reading a file, the length must be at most " + MAX_BLOCK + " bytes, was " + length);
        }
        // Databricks treats an absent or zero length as its default of 0.5 MiB.
        byte[] bytes = tree.read(path, offset, length == 0 ? DEFAULT_READ_LENGTH : (int) length);
        return Json.object().put("bytes_read", bytes.length).put("data", Base64.getEncoder().encodeToString(bytes));
    }

    private static FileUpload filePart(ApiRequest request, String name) {
        for (FileUpload upload : request.context().fileUploads()) {
            if (upload.name().equals(name)) {
                return upload;
            }
        }
        return null;
    }

    /** Decodes a base64 block, refusing more than 1 MiB of data before and after decoding. */
    static byte[] decodeBlock(String base64, String field) {
        String compact = base64.indexOf('\n') >= 0 || base64.indexOf('\r') >= 0 || base64.indexOf(' ') >= 0
                ? base64.replaceAll("\\s", "") : base64;
        if ((long) compact.length() / 4 * 3 > MAX_BLOCK + 2L) {
            throw blockTooLarge(field, (long) compact.length() / 4 * 3);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter("The " + field + " field is not valid base64: " + e.getMessage());
        }
        if (bytes.length > MAX_BLOCK) {
            throw blockTooLarge(field, bytes.length);
        }
        return bytes;
    }

    private static ApiException blockTooLarge(String field, long size) {
        return new ApiException(400, "MAX_BLOCK_SIZE_EXCEEDED", "The " + field + " block of about " + size
                + " bytes exceeds the maximum of " + MAX_BLOCK + " bytes; upload larger files with create, add-block and close.");
    }

    static ObjectNode fileInfo(FileStatus status) {
        return Json.object()
                .put("path", status.path())
                .put("is_dir", status.directory())
                .put("file_size", status.size())
                .put("modification_time", status.modifiedMillis());
    }

    private static String path(ApiRequest request, String field) {
        return SafePaths.canonicalDbfs(request.requireString(field));
    }

    private static ApiHandler files(FileApiHandler handler) {
        return FileApiHandler.translating(DbfsApi::dbfsError, handler);
    }

    /** Maps file system outcomes to DBFS's error codes. */
    private static ApiException dbfsError(IOException failure) {
        if (failure instanceof NoSuchFileException e) {
            return ApiException.notFound("No file or directory exists on path " + e.getFile() + ".");
        }
        if (failure instanceof FileAlreadyExistsException e) {
            return ApiException.alreadyExists("A file or directory already exists at the input path " + e.getFile()
                    + (e.getReason() == null ? "." : " (" + e.getReason() + ")."));
        }
        if (failure instanceof NotDirectoryException e) {
            return ApiException.invalidParameter(e.getFile() + " is not a directory.");
        }
        if (failure instanceof IsDirectoryException e) {
            return ApiException.invalidParameter("Cannot read " + e.getFile() + ": it is a directory, not a file.");
        }
        return null;
    }
}
