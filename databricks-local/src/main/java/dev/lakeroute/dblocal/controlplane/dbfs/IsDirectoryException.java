package dev.lakeroute.dblocal.controlplane.dbfs;

import java.nio.file.FileSystemException;

/** A file operation (read, download) aimed at a directory; NIO has no exception of its own for it. */
public final class IsDirectoryException extends FileSystemException {
    public IsDirectoryException(String path) {
        super(path, null, "is a directory");
    }
}
