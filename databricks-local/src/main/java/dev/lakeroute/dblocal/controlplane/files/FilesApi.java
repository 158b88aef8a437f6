package dev.lakeroute.dblocal.controlplane.files;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.controlplane.dbfs.FileStatus;
import dev.lakeroute.dblocal.controlplane.dbfs.FileTree;
import dev.lakeroute.dblocal.controlplane.dbfs.IsDirectoryException;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiFamily;
import dev.lakeroute.dblocal.http.ApiHandler;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.ApiResponse;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.FileApiHandler;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.http.Replies;
import io.vertx.core.Future;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Files API 2.0 ({@code /api/2.0/fs/files{path}}, {@code /api/2.0/fs/directories{path}}) for Unity Catalog
 * volume paths. Bodies are streamed: uploads are piped to a temp file and moved into place, downloads are
 * sent from the file, so a file of any size needs constant memory.
 */
public final class FilesApi implements ApiFamily {
    private static final String FILES = "/api/2.0/fs/files";
    private static final String DIRECTORIES = "/api/2.0/fs/directories";
    private static final String FILES_PATH = "/api/2.0/fs/files{file_path}";
    private static final String FILES_REGEX = "^/api/2\\.0/fs/files(/.*)?$";
    private static final String DIRECTORIES_PATH = "/api/2.0/fs/directories{directory_path}";
    private static final String DIRECTORIES_REGEX = "^/api/2\\.0/fs/directories(/.*)?$";
    private static final String TEMP_PREFIX = "fs-upload-";
    private static final int MAX_PAGE_SIZE = 1000;
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final FileTree tree;

    public FilesApi(ServerContext context) {
        this.tree = FileTree.dbfs(context.store());
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.streaming(HttpMethod.PUT, FILES_PATH, FILES_REGEX, this::upload);
        routes.streaming(HttpMethod.GET, FILES_PATH, FILES_REGEX, this::download);
        routes.streaming(HttpMethod.HEAD, FILES_PATH, FILES_REGEX, this::download);
        routes.streaming(HttpMethod.DELETE, FILES_PATH, FILES_REGEX, ctx -> routes.runBlocking(ctx, files(this::deleteFile)));
        routes.streaming(HttpMethod.PUT, DIRECTORIES_PATH, DIRECTORIES_REGEX, ctx -> routes.runBlocking(ctx, files(this::createDirectory)));
        routes.streaming(HttpMethod.GET, DIRECTORIES_PATH, DIRECTORIES_REGEX, ctx -> routes.runBlocking(ctx, files(this::listDirectory)));
        routes.streaming(HttpMethod.HEAD, DIRECTORIES_PATH, DIRECTORIES_REGEX, ctx -> routes.runBlocking(ctx, files(this::directoryMetadata)));
        routes.streaming(HttpMethod.DELETE, DIRECTORIES_PATH, DIRECTORIES_REGEX, ctx -> routes.runBlocking(ctx, files(this::deleteDirectory)));
    }

    private void upload(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        request.pause();
        VolumePath path;
        boolean overwrite;
        try {
            path = VolumePath.ofFile(request.path(), FILES);
            overwrite = Optional.ofNullable(request.getParam("overwrite")).map(Boolean::parseBoolean).orElse(true);
        } catch (RuntimeException e) {
            refuseUnreadBody(ctx, e);
            return;
        }
        ctx.vertx().executeBlocking(() -> prepareUpload(path, overwrite), false)
                .onFailure(e -> refuseUnreadBody(ctx, e))
                .onSuccess(temp -> receive(ctx, temp)
                        .compose(done -> ctx.vertx().executeBlocking(() -> {
                            tree.publish(temp, path.path(), overwrite);
                            return null;
                        }, false))
                        .onComplete(result -> ctx.vertx().executeBlocking(() -> Files.deleteIfExists(temp), false))
                        .onSuccess(done -> Replies.send(ctx, ApiResponse.empty(204)))
                        .onFailure(e -> Replies.fail(ctx, translate(e))));
    }

    private Path prepareUpload(VolumePath path, boolean overwrite) throws IOException {
        Path target = tree.resolve(path.path());
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(path.path(), null, "a directory exists at this path");
        }
        if (!overwrite && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(path.path());
        }
        return tree.newTempFile(TEMP_PREFIX);
    }

    /** Pipes the request body into the temp file with back-pressure: memory use does not grow with the size. */
    private Future<Void> receive(RoutingContext ctx, Path temp) {
        HttpServerRequest request = ctx.request();
        return ctx.vertx().fileSystem().open(temp.toString(), new OpenOptions().setWrite(true).setCreate(true).setTruncateExisting(true))
                .compose(file -> {
                    if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
                        ctx.response().writeContinue();
                    }
                    return request.pipeTo(file);
                });
    }

    /** Answers before the body was read: the connection cannot be reused, as the unread body would follow. */
    private static void refuseUnreadBody(RoutingContext ctx, Throwable failure) {
        if (!ctx.request().isEnded()) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            ctx.request().resume();
        }
        Replies.fail(ctx, translate(failure));
    }

    private void download(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        VolumePath path;
        try {
            path = VolumePath.ofFile(request.path(), FILES);
        } catch (RuntimeException e) {
            Replies.fail(ctx, e);
            return;
        }
        ctx.vertx().executeBlocking(() -> {
                    FileStatus status = tree.status(path.path());
                    if (status.directory()) {
                        throw new IsDirectoryException(path.path());
                    }
                    return status;
                }, false)
                .onFailure(e -> Replies.fail(ctx, translate(e)))
                .onSuccess(status -> sendFile(ctx, path, status));
    }

    private void sendFile(RoutingContext ctx, VolumePath path, FileStatus status) {
        HttpServerResponse response = ctx.response();
        long size = status.size();
        Optional<ByteRange> range;
        try {
            range = ByteRange.parse(ctx.request().getHeader("Range"), size);
        } catch (ByteRange.Unsatisfiable e) {
            response.putHeader("Content-Range", "bytes */" + size);
            Replies.fail(ctx, new ApiException(416, "INVALID_PARAMETER_VALUE", e.getMessage()));
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, "application/octet-stream");
        response.putHeader(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(Instant.ofEpochMilli(status.modifiedMillis())));
        response.putHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        long offset = range.map(ByteRange::start).orElse(0L);
        long length = range.map(ByteRange::length).orElse(size);
        range.ifPresent(r -> {
            response.setStatusCode(206);
            response.putHeader("Content-Range", r.contentRange(size));
        });
        if (ctx.request().method() == HttpMethod.HEAD) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, Long.toString(length)).end();
            return;
        }
        if (length == 0) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, "0").end();
            return;
        }
        response.sendFile(tree.resolve(path.path()).toString(), offset, length)
                .onFailure(e -> {
                    if (!response.headWritten()) {
                        Replies.fail(ctx, translate(e));
                    } else {
                        ctx.request().connection().close();
                    }
                });
    }

    private Object deleteFile(ApiRequest request) throws IOException {
        VolumePath path = VolumePath.ofFile(request.path(), FILES);
        FileStatus status = tree.status(path.path());
        if (status.directory()) {
            throw new IsDirectoryException(path.path());
        }
        if (!tree.delete(path.path(), false)) {
            throw new NoSuchFileException(path.path());
        }
        return ApiResponse.empty(204);
    }

    private Object createDirectory(ApiRequest request) throws IOException {
        VolumePath path = VolumePath.ofDirectory(request.path(), DIRECTORIES);
        tree.mkdirs(path.path());
        return ApiResponse.empty(204);
    }

    private Object directoryMetadata(ApiRequest request) throws IOException {
        VolumePath path = VolumePath.ofDirectory(request.path(), DIRECTORIES);
        if (!tree.status(path.path()).directory()) {
            throw new NoSuchFileException(path.path());
        }
        return ApiResponse.empty(200);
    }

    private Object deleteDirectory(ApiRequest request) throws IOException {
        VolumePath path = VolumePath.ofDirectory(request.path(), DIRECTORIES);
        if (path.isVolumeRoot()) {
            throw ApiException.invalidParameter("Cannot delete the volume root " + path.path() + " with the Files API; drop the volume instead.");
        }
        if (!tree.status(path.path()).directory()) {
            throw new NotDirectoryException(path.path());
        }
        tree.delete(path.path(), false);
        return ApiResponse.empty(204);
    }

    private Object listDirectory(ApiRequest request) throws IOException {
        VolumePath path = VolumePath.ofDirectory(request.path(), DIRECTORIES);
        int pageSize = request.intValue("page_size", MAX_PAGE_SIZE);
        if (pageSize < 0) {
            throw ApiException.invalidParameter("page_size must be 0 or more, was " + pageSize);
        }
        if (pageSize == 0 || pageSize > MAX_PAGE_SIZE) {
            pageSize = MAX_PAGE_SIZE;
        }
        String after = request.string("page_token").filter(token -> !token.isEmpty()).map(FilesApi::nameAfter).orElse(null);
        List<FileStatus> entries = tree.list(path.path());
        ArrayNode contents = Json.array();
        String last = null;
        boolean more = false;
        for (FileStatus entry : entries) {
            if (after != null && entry.name().compareTo(after) <= 0) {
                continue;
            }
            if (contents.size() == pageSize) {
                more = true;
                break;
            }
            contents.add(directoryEntry(entry));
            last = entry.name();
        }
        ObjectNode reply = Json.object();
        if (!contents.isEmpty()) {
            reply.set("contents", contents);
        }
        if (more) {
            reply.put("next_page_token", Base64.getUrlEncoder().withoutPadding().encodeToString(("after:" + last).getBytes(StandardCharsets.UTF_8)));
        }
        return reply;
    }

    /** Page tokens hold the last name listed, so a page stays correct when entries come and go in between. */
    private static String nameAfter(String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith("after:")) {
                return decoded.substring("after:".length());
            }
        } catch (IllegalArgumentException e) {
            // reported below: the token is not one this server issued
        }
        throw ApiException.invalidParameter("Invalid page_token: " + token);
    }

    private static ObjectNode directoryEntry(FileStatus entry) {
        ObjectNode node = Json.object()
                .put("path", entry.directory() ? entry.path() + "/" : entry.path())
                .put("is_directory", entry.directory());
        if (!entry.directory()) {
            node.put("file_size", entry.size());
        }
        return node.put("last_modified", entry.modifiedMillis()).put("name", entry.name());
    }

    private static ApiHandler files(FileApiHandler handler) {
        return FileApiHandler.translating(failure -> translate(failure) instanceof ApiException api ? api : null, handler);
    }

    /** Maps file system outcomes to the Files API's REST-style errors (404 / 409). */
    private static Throwable translate(Throwable failure) {
        if (failure instanceof NoSuchFileException e) {
            return new ApiException(404, "NOT_FOUND", "The file or directory " + e.getFile() + " does not exist.");
        }
        if (failure instanceof FileAlreadyExistsException e) {
            return new ApiException(409, "ALREADY_EXISTS", e.getFile() + " already exists"
                    + (e.getReason() == null ? "; upload with overwrite=true to replace it." : " (" + e.getReason() + ")."));
        }
        if (failure instanceof DirectoryNotEmptyException e) {
            return new ApiException(400, "DIRECTORY_NOT_EMPTY", "The directory " + e.getFile()
                    + " is not empty; delete its contents first.");
        }
        if (failure instanceof NotDirectoryException e) {
            return ApiException.invalidParameter(e.getFile() + " is a file, not a directory; use " + FILES + " for files.");
        }
        if (failure instanceof IsDirectoryException e) {
            return ApiException.invalidParameter(e.getFile() + " is a directory, not a file; use " + DIRECTORIES + " for directories.");
        }
        return failure;
    }
}
