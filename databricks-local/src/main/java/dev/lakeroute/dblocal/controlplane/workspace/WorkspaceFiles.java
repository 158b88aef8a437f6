package dev.lakeroute.dblocal.controlplane.workspace;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.dbfs.FileTree;
import dev.lakeroute.dblocal.controlplane.dbfs.SafePaths;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.DocumentCollection;
import dev.lakeroute.dblocal.store.Ids;
import dev.lakeroute.dblocal.store.StateStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The workspace tree: notebooks, files and folders under the data directory's {@code workspace/}, one
 * disk file per object holding its content exactly as imported, and a persistent metadata document per
 * object (type, language, stable {@code object_id}, timestamps). Also the Java API the execution plane
 * reads notebooks through ({@link #readNotebook}).
 *
 * <p>Instances are cheap and may be created by any family for the same server: changes are serialised
 * on the server's metadata collection, which the {@link StateStore} hands out once per name.
 */
public final class WorkspaceFiles {
    static final String COLLECTION = "workspace.objects";
    private static final String WORKSPACE_PREFIX = "/Workspace";

    private final StateStore store;
    private final SafePaths paths;
    private final DocumentCollection objects;
    private final Clock clock;

    public WorkspaceFiles(StateStore store, Clock clock) {
        this.store = store;
        this.paths = SafePaths.workspace(store);
        this.objects = store.collection(COLLECTION);
        this.clock = clock;
    }

    public WorkspaceFiles(StateStore store) {
        this(store, Clock.systemUTC());
    }

    /**
     * The canonical workspace path: {@code /Users/me/nb}. {@code /Workspace/Users/me/nb}, the form newer
     * workspaces show, names the same object.
     */
    public static String canonical(String path) {
        String canonical = SafePaths.canonical(path);
        if (canonical.equals(WORKSPACE_PREFIX)) {
            return "/";
        }
        return canonical.startsWith(WORKSPACE_PREFIX + "/") ? canonical.substring(WORKSPACE_PREFIX.length()) : canonical;
    }

    /** A notebook's language and source, for running it; 404 if there is none, 400 if the path is not a notebook. */
    public Notebook readNotebook(String path) {
        WorkspaceObject object = require(path);
        if (object.type() != ObjectType.NOTEBOOK) {
            throw ApiException.invalidParameter(object.path() + " is a " + object.type() + ", not a notebook");
        }
        return new Notebook(object.path(), object.language(), new String(content(object), StandardCharsets.UTF_8));
    }

    public Optional<WorkspaceObject> status(String path) {
        String canonical = canonical(path);
        if (canonical.equals("/")) {
            return Optional.of(new WorkspaceObject("/", ObjectType.DIRECTORY, null, 0, 0, 0, null));
        }
        Path file = paths.resolve(canonical);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        boolean directory = Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
        ObjectNode meta = objects.get(key(canonical)).orElse(null);
        ObjectType recorded = meta == null ? null : ObjectType.valueOf(meta.path("object_type").asText());
        if (recorded == null || recorded.isFolder() != directory) {
            // Created outside the API (or by an older layout): give it an identity now and keep it.
            meta = register(canonical, directory ? ObjectType.DIRECTORY : ObjectType.FILE, null, lastModified(file));
        }
        return Optional.of(toObject(meta, file, directory));
    }

    public WorkspaceObject require(String path) {
        return status(path).orElseThrow(() -> ApiException.notFound("Path (" + canonical(path) + ") doesn't exist."));
    }

    /** A folder's children by path, or the object itself when {@code path} is a notebook or file. */
    public List<WorkspaceObject> list(String path) {
        WorkspaceObject object = require(path);
        if (!object.type().isFolder()) {
            return List.of(object);
        }
        List<WorkspaceObject> children = new ArrayList<>();
        String prefix = object.path().equals("/") ? "/" : object.path() + "/";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(paths.resolve(object.path()))) {
            for (Path entry : entries) {
                if (!Files.isSymbolicLink(entry)) {
                    status(prefix + entry.getFileName()).ifPresent(children::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        children.sort(Comparator.comparing(WorkspaceObject::path));
        return children;
    }

    /** Creates a folder and its parents; a notebook or file on the way is RESOURCE_ALREADY_EXISTS. */
    public WorkspaceObject mkdirs(String path) {
        String canonical = canonical(path);
        synchronized (objects) {
            String current = "";
            for (String segment : SafePaths.segments(canonical)) {
                current = current + "/" + segment;
                Optional<WorkspaceObject> existing = status(current);
                if (existing.isPresent()) {
                    if (!existing.get().type().isFolder()) {
                        throw ApiException.alreadyExists("Cannot create directory " + canonical + ": " + current
                                + " is a " + existing.get().type() + ", not a directory.");
                    }
                    continue;
                }
                try {
                    Files.createDirectory(paths.resolve(current));
                } catch (FileAlreadyExistsException e) {
                    // Created concurrently outside the lock (e.g. by hand): status() below adopts it.
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                register(current, ObjectType.DIRECTORY, null, clock.millis());
            }
            return require(canonical);
        }
    }

    /**
     * Stores a notebook or file. The parent folder must exist (home folders {@code /Users/<name>},
     * {@code /Repos/<name>} and {@code /Shared} are created on first use, as every Databricks user has them).
     */
    public WorkspaceObject write(String path, ObjectType type, Language language, byte[] content, boolean overwrite) {
        String canonical = canonical(path);
        if (canonical.equals("/")) {
            throw ApiException.alreadyExists("Cannot import to the workspace root /: it is a directory.");
        }
        String parent = parentOf(canonical);
        synchronized (objects) {
            Optional<WorkspaceObject> parentObject = status(parent);
            if (parentObject.isEmpty() && isHomeFolder(parent)) {
                parentObject = Optional.of(mkdirs(parent));
            }
            if (parentObject.isEmpty()) {
                throw ApiException.notFound("The parent folder (" + parent + ") does not exist.");
            }
            if (!parentObject.get().type().isFolder()) {
                throw ApiException.invalidParameter("The parent path (" + parent + ") is a " + parentObject.get().type() + ", not a folder.");
            }
            Optional<WorkspaceObject> existing = status(canonical);
            if (existing.isPresent() && (existing.get().type().isFolder() || !overwrite)) {
                throw ApiException.alreadyExists(canonical + " already exists"
                        + (existing.get().type().isFolder() ? " as a directory." : "; set overwrite to true to replace it."));
            }
            Path target = paths.resolve(canonical);
            try {
                Path temp = Files.createTempFile(store.tempDir(), "workspace-", ".part");
                try {
                    Files.write(temp, content);
                    try {
                        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } finally {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            long now = clock.millis();
            ObjectNode meta = Json.object()
                    .put("path", canonical)
                    .put("object_id", existing.map(WorkspaceObject::objectId).orElseGet(Ids::numeric))
                    .put("object_type", type.name())
                    .put("created_at", existing.map(WorkspaceObject::createdAt).orElse(now))
                    .put("modified_at", now);
            if (language != null) {
                meta.put("language", language.name());
            }
            objects.put(key(canonical), meta);
            return require(canonical);
        }
    }

    /** Makes {@code path} a folder of another type (a repo) with a given id; parents are created. */
    public WorkspaceObject createFolder(String path, ObjectType type, long objectId) {
        String canonical = canonical(path);
        synchronized (objects) {
            if (status(canonical).isPresent()) {
                throw ApiException.alreadyExists(canonical + " already exists.");
            }
            mkdirs(canonical);
            long now = clock.millis();
            objects.put(key(canonical), Json.object().put("path", canonical).put("object_id", objectId)
                    .put("object_type", type.name()).put("created_at", now).put("modified_at", now));
            return require(canonical);
        }
    }

    /** Deletes an object; a non-empty folder needs {@code recursive} (else DIRECTORY_NOT_EMPTY). */
    public void delete(String path, boolean recursive) {
        String canonical = canonical(path);
        if (canonical.equals("/")) {
            throw ApiException.invalidParameter("The workspace root / cannot be deleted.");
        }
        synchronized (objects) {
            WorkspaceObject object = require(canonical);
            Path file = paths.resolve(canonical);
            try {
                if (object.type().isFolder()) {
                    boolean empty;
                    try (DirectoryStream<Path> children = Files.newDirectoryStream(file)) {
                        empty = !children.iterator().hasNext();
                    }
                    if (!empty && !recursive) {
                        throw new ApiException(400, "DIRECTORY_NOT_EMPTY", "Folder " + canonical
                                + " is not empty. Set recursive to true to delete it with its contents.");
                    }
                    FileTree.deleteRecursively(file);
                } else {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String prefix = canonical + "/";
            objects.remove(key(canonical));
            objects.list().stream()
                    .map(meta -> meta.path("path").asText())
                    .filter(child -> child.startsWith(prefix))
                    .forEach(child -> objects.remove(key(child)));
        }
    }

    /** The stored bytes of a notebook or file, exactly as imported. */
    public byte[] content(WorkspaceObject object) {
        try {
            return Files.readAllBytes(paths.resolve(object.path()));
        } catch (java.nio.file.NoSuchFileException e) {
            throw ApiException.notFound("Path (" + object.path() + ") doesn't exist.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode register(String canonical, ObjectType type, Language language, long createdAt) {
        synchronized (objects) {
            ObjectNode current = objects.get(key(canonical)).orElse(null);
            if (current != null && ObjectType.valueOf(current.path("object_type").asText()).isFolder() == type.isFolder()) {
                return current;
            }
            ObjectNode meta = Json.object().put("path", canonical).put("object_id", Ids.numeric()).put("object_type", type.name())
                    .put("created_at", createdAt).put("modified_at", createdAt);
            if (language != null) {
                meta.put("language", language.name());
            }
            objects.put(key(canonical), meta);
            return meta;
        }
    }

    private static WorkspaceObject toObject(ObjectNode meta, Path file, boolean directory) {
        ObjectType type = ObjectType.valueOf(meta.path("object_type").asText());
        Language language = type == ObjectType.NOTEBOOK ? Language.parse(meta.path("language").asText()).orElse(Language.PYTHON) : null;
        Long size = null;
        if (!directory) {
            try {
                size = Files.size(file);
            } catch (IOException e) {
                size = 0L;
            }
        }
        return new WorkspaceObject(meta.path("path").asText(), type, language, meta.path("object_id").asLong(),
                meta.path("created_at").asLong(), meta.path("modified_at").asLong(), size);
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean isHomeFolder(String path) {
        List<String> segments = SafePaths.segments(path);
        return (segments.size() == 1 && segments.get(0).equals("Shared"))
                || (segments.size() <= 2 && !segments.isEmpty() && (segments.get(0).equals("Users") || segments.get(0).equals("Repos")));
    }

    static String parentOf(String canonical) {
        int slash = canonical.lastIndexOf('/');
        return slash <= 0 ? "/" : canonical.substring(0, slash);
    }

    /** Metadata is keyed by a digest of the path: document file names stay short however deep the path. */
    private static String key(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
