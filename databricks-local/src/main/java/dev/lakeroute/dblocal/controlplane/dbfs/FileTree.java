package dev.lakeroute.dblocal.controlplane.dbfs;

import dev.lakeroute.dblocal.store.StateStore;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The DBFS file tree (also where Files API volumes live): file operations by API path, reporting
 * problems as the NIO exceptions they are ({@link NoSuchFileException}, {@link FileAlreadyExistsException},
 * {@link DirectoryNotEmptyException}, {@link NotDirectoryException}) so each API maps them to its own
 * error codes. New content is always written to a temp file and moved into place, so readers never see
 * a half-written file.
 */
public final class FileTree {
    private final SafePaths paths;
    private final Path tempDir;

    public FileTree(SafePaths paths, Path tempDir) {
        this.paths = paths;
        this.tempDir = tempDir;
    }

    public static FileTree dbfs(StateStore store) {
        return new FileTree(SafePaths.dbfs(store), store.tempDir());
    }

    public SafePaths paths() {
        return paths;
    }

    public Path resolve(String path) {
        return paths.resolve(path);
    }

    public FileStatus status(String path) throws IOException {
        Path file = paths.resolve(path);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(path);
        }
        return FileStatus.of(SafePaths.canonical(path), file);
    }

    /** The entries of a directory by name; symbolic links (never followed) are not listed. */
    public List<FileStatus> list(String path) throws IOException {
        String canonical = SafePaths.canonical(path);
        Path directory = paths.resolve(canonical);
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(canonical);
        }
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            throw new NotDirectoryException(canonical);
        }
        String prefix = canonical.equals("/") ? "/" : canonical + "/";
        List<FileStatus> entries = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(directory)) {
            for (Path child : children) {
                if (Files.isSymbolicLink(child)) {
                    continue;
                }
                try {
                    entries.add(FileStatus.of(prefix + child.getFileName(), child));
                } catch (NoSuchFileException e) {
                    // Deleted while listing: it is simply not part of the answer.
                }
            }
        }
        entries.sort(Comparator.comparing(FileStatus::name));
        return entries;
    }

    /** Creates a directory and its parents; a file anywhere on the way is a {@link FileAlreadyExistsException}. */
    public void mkdirs(String path) throws IOException {
        Path target = paths.resolve(path);
        Path current = paths.root();
        for (Path name : paths.root().relativize(target)) {
            if (name.toString().isEmpty()) {
                break;
            }
            current = current.resolve(name);
            if (Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(paths.apiPath(current), null, "a file exists at this path");
            }
            try {
                Files.createDirectory(current);
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileAlreadyExistsException(paths.apiPath(current), null, "a file exists at this path");
                }
            }
        }
    }

    /**
     * Deletes a file or directory; returns false when nothing was there. A non-empty directory needs
     * {@code recursive}, else {@link DirectoryNotEmptyException}. Links inside are removed, not followed.
     */
    public boolean delete(String path, boolean recursive) throws IOException {
        Path target = paths.resolve(path);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(target);
            return true;
        }
        if (!recursive) {
            try {
                Files.delete(target);
            } catch (DirectoryNotEmptyException e) {
                throw new DirectoryNotEmptyException(SafePaths.canonical(path));
            }
            return true;
        }
        deleteRecursively(target);
        return true;
    }

    /** Removes a directory tree without following links (a link's target is never touched). */
    public static void deleteRecursively(Path directory) throws IOException {
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null && !(exc instanceof NoSuchFileException)) {
                    throw exc;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Renames a file or directory; the destination must not exist, its parents are created. */
    public void move(String source, String destination) throws IOException {
        String from = SafePaths.canonical(source);
        String to = SafePaths.canonical(destination);
        Path sourceFile = paths.resolve(from);
        Path destinationFile = paths.resolve(to);
        if (!Files.exists(sourceFile, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(from);
        }
        if (Files.exists(destinationFile, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(to);
        }
        if (from.equals("/") || to.equals("/") || to.startsWith(from.endsWith("/") ? from : from + "/")) {
            throw new IllegalArgumentException("Cannot move " + from + " into itself (" + to + ")");
        }
        mkdirs(parentOf(to));
        try {
            Files.move(sourceFile, destinationFile, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(sourceFile, destinationFile);
        }
    }

    /** A fresh, empty scratch file in the data directory's temp dir (same file system as the tree). */
    public Path newTempFile(String prefix) throws IOException {
        Files.createDirectories(tempDir);
        return Files.createTempFile(tempDir, prefix, ".part");
    }

    /**
     * Moves a fully written temp file to {@code path} in one step. Without {@code overwrite} an existing
     * file is a {@link FileAlreadyExistsException}; a directory at the path always is.
     */
    public void publish(Path temp, String path, boolean overwrite) throws IOException {
        String canonical = SafePaths.canonical(path);
        if (canonical.equals("/")) {
            throw new FileAlreadyExistsException("/", null, "the root is a directory");
        }
        mkdirs(parentOf(canonical));
        Path target = paths.resolve(canonical);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(canonical, null, "a directory exists at this path");
        }
        if (overwrite) {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        // A hard link is created only if the name is free: no window in which a concurrent writer's file is replaced.
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(canonical);
        } catch (UnsupportedOperationException e) {
            Files.move(temp, target);
            return;
        }
        Files.deleteIfExists(temp);
    }

    /** Up to {@code length} bytes from {@code offset}; empty at or after the end of the file. */
    public byte[] read(String path, long offset, int length) throws IOException {
        Path file = paths.resolve(path);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(SafePaths.canonical(path));
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IsDirectoryException(SafePaths.canonical(path));
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            long size = channel.size();
            if (offset >= size || length == 0) {
                return new byte[0];
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(length, size - offset));
            while (buffer.hasRemaining()) {
                int read = channel.read(buffer, offset + buffer.position());
                if (read < 0) {
                    break;
                }
            }
            byte[] bytes = new byte[buffer.position()];
            buffer.flip().get(bytes);
            return bytes;
        }
    }

    static String parentOf(String canonical) {
        int slash = canonical.lastIndexOf('/');
        return slash <= 0 ? "/" : canonical.substring(0, slash);
    }
}
