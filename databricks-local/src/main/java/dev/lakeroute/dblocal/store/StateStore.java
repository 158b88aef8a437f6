package dev.lakeroute.dblocal.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;

/**
 * Everything the server keeps under its data directory: {@code state/<collection>/} for API resources,
 * {@code dbfs/} for DBFS and the Files API, {@code workspace/} for notebooks and files, {@code tmp/} for
 * work in progress.
 */
public final class StateStore {
    private static final Logger LOG = LoggerFactory.getLogger(StateStore.class);
    private final Path dataDir;
    private final ConcurrentMap<String, DocumentCollection> collections = new ConcurrentHashMap<>();

    public StateStore(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        for (Path dir : List.of(this.dataDir, stateRoot(), dbfsRoot(), workspaceRoot(), tempDir())) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + dir, e);
            }
            try {
                // Token hashes, secret values and notebooks live here: nobody but the server's user may look.
                OwnerOnly.directory(dir);
            } catch (IOException e) {
                LOG.warn("Cannot restrict {} to its owner (rwx------): {}; other users of this machine may read it", dir, e.toString());
            }
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A named persistent collection, e.g. {@code clusters}, {@code jobs}, {@code secrets.scopes}. */
    public DocumentCollection collection(String name) {
        return collections.computeIfAbsent(name, key -> new DocumentCollection(stateRoot().resolve(FileNames.encode(key))));
    }

    private Path stateRoot() {
        return dataDir.resolve("state");
    }

    public Path dbfsRoot() {
        return dataDir.resolve("dbfs");
    }

    public Path workspaceRoot() {
        return dataDir.resolve("workspace");
    }

    /** Scratch space for uploads in progress; kept inside the data dir so moves into place are atomic. */
    public Path tempDir() {
        return dataDir.resolve("tmp");
    }

    /**
     * Deletes everything in {@link #tempDir()}: call it before the server serves, when nothing can be in
     * progress. What is there was left by a server that died (a {@code kill -9} mid-upload leaves its
     * {@code .part} file; DBFS handles and task scratch directories do not survive a restart either).
     *
     * @return how many files and directories were deleted
     */
    public int clearTempDir() throws IOException {
        Path temp = tempDir();
        List<Path> leftovers;
        try (Stream<Path> paths = Files.walk(temp)) {
            leftovers = paths.filter(path -> !path.equals(temp)).sorted(Comparator.reverseOrder()).toList();
        }
        for (Path leftover : leftovers) {
            Files.deleteIfExists(leftover);
        }
        return leftovers.size();
    }
}
