package dev.lakeroute.camel.databricks.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a download goes: the {@code localPath} file, or a temporary file. What the body becomes: that
 * File; a byte[] for small temporary content; else an InputStream over the temporary file that deletes
 * it when closed.
 */
public final class LocalTarget {

    /** Up to this size a download without localPath becomes a byte[]. */
    public static final long IN_MEMORY_LIMIT = 1024 * 1024;

    private final Path path;
    private final boolean temporary;

    private LocalTarget(Path path, boolean temporary) {
        this.path = path;
        this.temporary = temporary;
    }

    public static LocalTarget of(String localPath) {
        try {
            if (localPath != null && !localPath.isBlank()) {
                Path target = Path.of(localPath);
                if (target.getParent() != null) {
                    Files.createDirectories(target.getParent());
                }
                return new LocalTarget(target, false);
            }
            Path temp = Files.createTempFile("camel-databricks-", ".download");
            temp.toFile().deleteOnExit();
            return new LocalTarget(temp, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the local file for the download", e);
        }
    }

    public Path path() {
        return path;
    }

    /** The message body for the finished download. */
    public Object body() {
        try {
            if (!temporary) {
                return path.toFile();
            }
            if (Files.size(path) <= IN_MEMORY_LIMIT) {
                byte[] bytes = Files.readAllBytes(path);
                Files.deleteIfExists(path);
                return bytes;
            }
            return new FilterInputStream(Files.newInputStream(path)) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        Files.deleteIfExists(path);
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the downloaded file " + path, e);
        }
    }

    /** Removes a temporary file after a failed download; a localPath the route named is removed too, as it is incomplete. */
    public void discard() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // Best effort; deleteOnExit covers temporary files.
        }
    }
}
