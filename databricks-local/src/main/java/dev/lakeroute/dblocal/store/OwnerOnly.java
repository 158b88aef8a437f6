package dev.lakeroute.dblocal.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and directories only the server's OS user may read: the data dir holds token hashes, secret values and
 * notebooks. {@code rwx------} for directories, {@code rw-------} for files, on file systems with POSIX
 * permissions (elsewhere the platform's defaults stay).
 */
public final class OwnerOnly {
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    /** Creates {@code dir} (and missing parents) and restricts {@code dir} itself, also when it existed. */
    public static Path directory(Path dir) throws IOException {
        if (!POSIX) {
            return Files.createDirectories(dir);
        }
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
        if (!Files.getPosixFilePermissions(dir).equals(DIRECTORY)) {
            Files.setPosixFilePermissions(dir, DIRECTORY);
        }
        return dir;
    }

    /** Creates an empty file nobody else can open, not even between its creation and a later chmod. */
    public static Path newFile(Path file) throws IOException {
        return POSIX ? Files.createFile(file, fileAttribute()) : Files.createFile(file);
    }

    /** An empty temp file in {@code dir} that only the owner can read. */
    public static Path newTempFile(Path dir, String prefix, String suffix) throws IOException {
        return POSIX ? Files.createTempFile(dir, prefix, suffix, fileAttribute()) : Files.createTempFile(dir, prefix, suffix);
    }

    private static FileAttribute<Set<PosixFilePermission>> fileAttribute() {
        return PosixFilePermissions.asFileAttribute(FILE);
    }
}
