package dev.lakeroute.dblocal.sparkdriver;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Hadoop's {@code dbfs:} scheme on the local DBFS root directory, so that Spark reads and writes
 * {@code dbfs:/…} paths as Databricks does. Registered through {@code spark.hadoop.fs.dbfs.impl}; the root
 * comes from {@code fs.dbfs.root}. Everything below the root is addressable; nothing above it is.
 */
public class DbfsFileSystem extends RawLocalFileSystem {
    public static final String SCHEME = "dbfs";
    public static final String ROOT_KEY = "fs.dbfs.root";
    private static final URI URI_ROOT = URI.create("dbfs:///");

    private File root;
    private String rootPath;

    @Override
    public void initialize(URI uri, Configuration conf) throws IOException {
        super.initialize(uri, conf);
        String configured = conf.get(ROOT_KEY);
        if (configured == null || configured.isBlank()) {
            throw new IOException("The dbfs: scheme needs " + ROOT_KEY + " (the local DBFS root directory)");
        }
        root = new File(configured).getAbsoluteFile().toPath().normalize().toFile();
        rootPath = root.getPath();
        if (!root.isDirectory() && !root.mkdirs()) {
            throw new IOException("Cannot create the DBFS root " + root);
        }
        setWorkingDirectory(new Path("dbfs:/"));
    }

    @Override
    public URI getUri() {
        return URI_ROOT;
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    protected Path getInitialWorkingDirectory() {
        return new Path("dbfs:/");
    }

    @Override
    public File pathToFile(Path path) {
        checkPath(path);
        Path absolute = path.isAbsolute() ? path : new Path(getWorkingDirectory(), path);
        String inside = absolute.toUri().getPath();
        File file = new File(root, inside).toPath().normalize().toFile();
        if (!file.getPath().equals(rootPath) && !file.getPath().startsWith(rootPath + File.separator)) {
            throw new IllegalArgumentException("Path " + path + " leaves the DBFS root");
        }
        refuseSymbolicLinks(path, file.toPath());
        return file;
    }

    /**
     * A link inside the root could point anywhere, so {@code dbfs:} never passes through one, as the REST API's DBFS
     * does not. (Code on the driver can still read any local file through {@code file:/}: a token grants that anyway.)
     */
    private void refuseSymbolicLinks(Path path, java.nio.file.Path file) {
        java.nio.file.Path current = root.toPath();
        for (java.nio.file.Path name : current.relativize(file)) {
            if (name.toString().isEmpty()) {
                return;
            }
            current = current.resolve(name);
            if (Files.isSymbolicLink(current)) {
                throw new IllegalArgumentException("Path " + path + " passes through a symbolic link; dbfs: does not follow links");
            }
            if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
        }
    }

    /**
     * Built here rather than by the superclass: its statuses carry the local path, and load permissions
     * lazily through that path, which Spark would then see instead of the {@code dbfs:} one.
     */
    @Override
    public FileStatus getFileStatus(Path f) throws IOException {
        File file = pathToFile(f);
        if (!file.exists()) {
            throw new FileNotFoundException("File " + f + " does not exist");
        }
        String inside = file.getPath().equals(rootPath) ? "/" : file.getPath().substring(rootPath.length());
        return new FileStatus(file.isDirectory() ? 0 : file.length(), file.isDirectory(), 1, getDefaultBlockSize(f),
                file.lastModified(), new Path(SCHEME, null, inside));
    }

    @Override
    public FileStatus getFileLinkStatus(Path f) throws IOException {
        return getFileStatus(f);
    }

    @Override
    public FileStatus[] listStatus(Path f) throws IOException {
        File file = pathToFile(f);
        if (!file.isDirectory()) {
            return new FileStatus[] {getFileStatus(f)};
        }
        String[] names = file.list();
        if (names == null) {
            throw new IOException("Cannot list " + f);
        }
        Path parent = getFileStatus(f).getPath();
        List<FileStatus> statuses = new ArrayList<>(names.length);
        for (String name : names) {
            if (Files.isSymbolicLink(file.toPath().resolve(name))) {
                continue;
            }
            try {
                statuses.add(getFileStatus(new Path(parent, new Path(null, null, name))));
            } catch (FileNotFoundException deletedMeanwhile) {
                // Listing and deletion race; a vanished child is simply not listed, as HDFS does.
            }
        }
        return statuses.toArray(FileStatus[]::new);
    }

    @Override
    public boolean supportsSymlinks() {
        return false;
    }

    @Override
    public String toString() {
        return "DbfsFileSystem(" + rootPath + ")";
    }
}
