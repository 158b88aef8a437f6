package dev.lakeroute.dblocal.controlplane.dbfs;

import java.io.IOException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** What DBFS and the Files API report about one file or directory. */
public record FileStatus(String path, String name, boolean directory, long size, long modifiedMillis) {

    static FileStatus of(String path, Path file) throws IOException {
        BasicFileAttributes attributes = java.nio.file.Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String name = path.equals("/") ? "" : path.substring(path.lastIndexOf('/') + 1);
        return new FileStatus(path, name, attributes.isDirectory(), attributes.isDirectory() ? 0 : attributes.size(),
                attributes.lastModifiedTime().toMillis());
    }
}
