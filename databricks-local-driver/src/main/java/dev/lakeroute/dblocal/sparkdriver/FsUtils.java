package dev.lakeroute.dblocal.sparkdriver;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * {@code dbutils.fs}: the subset notebooks use most. Paths without a scheme are DBFS paths, as in
 * Databricks; {@code file:/} reaches the driver's local disk. Overloads stand in for Scala's default
 * arguments, so {@code dbutils.fs.rm("/x", true)} and {@code dbutils.fs.rm("/x")} both compile.
 */
public final class FsUtils {
    private static final int DEFAULT_HEAD_BYTES = 65536;

    private final Configuration hadoopConf;

    public FsUtils(Configuration hadoopConf) {
        this.hadoopConf = hadoopConf;
    }

    public FileInfo[] ls(String dir) {
        return io(() -> {
            Path path = resolve(dir);
            FileSystem fs = path.getFileSystem(hadoopConf);
            FileStatus[] statuses = fs.listStatus(path);
            return Arrays.stream(statuses)
                    .sorted(Comparator.comparing(status -> status.getPath().getName()))
                    .map(FsUtils::info)
                    .toArray(FileInfo[]::new);
        });
    }

    public String head(String file) {
        return head(file, DEFAULT_HEAD_BYTES);
    }

    public String head(String file, int maxBytes) {
        return io(() -> {
            Path path = resolve(file);
            try (FSDataInputStream in = path.getFileSystem(hadoopConf).open(path)) {
                return new String(in.readNBytes(maxBytes), StandardCharsets.UTF_8);
            }
        });
    }

    public boolean put(String file, String contents) {
        return put(file, contents, false);
    }

    public boolean put(String file, String contents, boolean overwrite) {
        return io(() -> {
            Path path = resolve(file);
            FileSystem fs = path.getFileSystem(hadoopConf);
            if (!overwrite && fs.exists(path)) {
                throw new IOException("File " + file + " already exists; pass overwrite = true to replace it");
            }
            try (FSDataOutputStream out = fs.create(path, overwrite)) {
                out.write(contents.getBytes(StandardCharsets.UTF_8));
            }
            return true;
        });
    }

    public boolean rm(String dir) {
        return rm(dir, false);
    }

    public boolean rm(String dir, boolean recurse) {
        return io(() -> {
            Path path = resolve(dir);
            return path.getFileSystem(hadoopConf).delete(path, recurse);
        });
    }

    public boolean mkdirs(String dir) {
        return io(() -> {
            Path path = resolve(dir);
            return path.getFileSystem(hadoopConf).mkdirs(path);
        });
    }

    public boolean cp(String from, String to) {
        return cp(from, to, false);
    }

    public boolean cp(String from, String to, boolean recurse) {
        return io(() -> {
            Path source = resolve(from);
            Path target = resolve(to);
            FileSystem sourceFs = source.getFileSystem(hadoopConf);
            if (sourceFs.getFileStatus(source).isDirectory() && !recurse) {
                throw new IOException("Cannot copy directory " + from + " unless recurse = true");
            }
            return FileUtil.copy(sourceFs, source, target.getFileSystem(hadoopConf), target, false, true, hadoopConf);
        });
    }

    public boolean mv(String from, String to) {
        return mv(from, to, false);
    }

    public boolean mv(String from, String to, boolean recurse) {
        return io(() -> {
            Path source = resolve(from);
            Path target = resolve(to);
            FileSystem sourceFs = source.getFileSystem(hadoopConf);
            FileSystem targetFs = target.getFileSystem(hadoopConf);
            if (!sourceFs.exists(source)) {
                throw new FileNotFoundException("File " + from + " does not exist");
            }
            if (sourceFs.getFileStatus(source).isDirectory() && !recurse) {
                throw new IOException("Cannot move directory " + from + " unless recurse = true");
            }
            if (sourceFs.getUri().equals(targetFs.getUri())) {
                if (target.getParent() != null) {
                    targetFs.mkdirs(target.getParent());
                }
                return sourceFs.rename(source, target);
            }
            return FileUtil.copy(sourceFs, source, targetFs, target, true, true, hadoopConf);
        });
    }

    private static Path resolve(String path) {
        URI uri = URI.create(path.replace(" ", "%20"));
        if (uri.getScheme() == null) {
            return new Path(DbfsFileSystem.SCHEME, null, path.startsWith("/") ? path : "/" + path);
        }
        return new Path(path);
    }

    private static FileInfo info(FileStatus status) {
        String name = status.getPath().getName() + (status.isDirectory() ? "/" : "");
        String path = status.getPath().toString() + (status.isDirectory() ? "/" : "");
        return new FileInfo(path, name, status.isDirectory() ? 0 : status.getLen(), status.getModificationTime());
    }

    private interface IoAction<T> {
        T run() throws IOException;
    }

    private static <T> T io(IoAction<T> action) {
        try {
            return action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
