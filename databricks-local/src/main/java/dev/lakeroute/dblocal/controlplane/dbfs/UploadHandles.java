package dev.lakeroute.dblocal.controlplane.dbfs;

import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.store.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * DBFS streaming uploads ({@code create} → {@code add-block}… → {@code close}). Blocks are appended to a
 * temp file; {@code close} moves it into place in one step, so the target path never shows a partial
 * upload. Handles idle longer than the configured time expire and their temp files are deleted. Handles
 * live in memory only: like Databricks', they do not survive a restart.
 */
final class UploadHandles {
    private static final Logger LOG = LoggerFactory.getLogger(UploadHandles.class);
    static final String TEMP_PREFIX = "dbfs-upload-";

    private final FileTree tree;
    private final Clock clock;
    private final Duration idle;
    private final ConcurrentMap<Long, Upload> open = new ConcurrentHashMap<>();

    private static final class Upload {
        final long handle;
        final String path;
        final boolean overwrite;
        final Path temp;
        volatile long lastUsedMillis;
        boolean finished;

        Upload(long handle, String path, boolean overwrite, Path temp, long now) {
            this.handle = handle;
            this.path = path;
            this.overwrite = overwrite;
            this.temp = temp;
            this.lastUsedMillis = now;
        }
    }

    UploadHandles(FileTree tree, Clock clock, Duration idle) {
        this.tree = tree;
        this.clock = clock;
        this.idle = idle;
    }

    /**
     * Sweeps expired handles from now on. Uploads a previous run left behind are gone already: the server
     * clears its temp dir before it serves.
     */
    void start(ScheduledExecutorService scheduler) {
        long period = Math.max(50, Math.min(60_000, idle.toMillis() / 2));
        try {
            scheduler.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // The server is already shutting down; nothing will be uploaded any more.
        }
    }

    long create(String path, boolean overwrite) throws IOException {
        String canonical = SafePaths.canonical(path);
        Path target = tree.resolve(canonical);
        if (canonical.equals("/") || Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(canonical, null, "a directory exists at this path");
        }
        if (!overwrite && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(canonical);
        }
        Path temp = tree.newTempFile(TEMP_PREFIX);
        long handle;
        Upload upload;
        do {
            handle = Ids.numeric();
            upload = new Upload(handle, canonical, overwrite, temp, clock.millis());
        } while (open.putIfAbsent(handle, upload) != null);
        return handle;
    }

    void append(long handle, byte[] data) throws IOException {
        Upload upload = live(handle);
        synchronized (upload) {
            if (upload.finished) {
                throw unknown(handle);
            }
            try (FileChannel channel = FileChannel.open(upload.temp, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                ByteBuffer buffer = ByteBuffer.wrap(data);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
            upload.lastUsedMillis = clock.millis();
        }
    }

    void close(long handle) throws IOException {
        Upload upload = live(handle);
        synchronized (upload) {
            if (upload.finished || !open.remove(handle, upload)) {
                throw unknown(handle);
            }
            upload.finished = true;
            try {
                tree.publish(upload.temp, upload.path, upload.overwrite);
            } finally {
                deleteQuietly(upload.temp);
            }
        }
    }

    int openCount() {
        return open.size();
    }

    void sweep() {
        long now = clock.millis();
        open.values().forEach(upload -> {
            if (expired(upload, now)) {
                expire(upload);
            }
        });
    }

    private Upload live(long handle) {
        Upload upload = open.get(handle);
        if (upload == null) {
            throw unknown(handle);
        }
        if (expired(upload, clock.millis())) {
            expire(upload);
            throw unknown(handle);
        }
        return upload;
    }

    private boolean expired(Upload upload, long now) {
        return now - upload.lastUsedMillis > idle.toMillis();
    }

    private void expire(Upload upload) {
        synchronized (upload) {
            if (upload.finished) {
                return;
            }
            upload.finished = true;
            open.remove(upload.handle, upload);
            deleteQuietly(upload.temp);
        }
    }

    private ApiException unknown(long handle) {
        return ApiException.notFound("The handle " + handle + " does not exist or has expired"
                + " (handles expire after " + describe(idle) + " without use). Start again with dbfs/create.");
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** Best effort: a temp file that cannot be deleted must not stop the sweep (it runs on the shared scheduler). */
    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete the upload temp file {}: {}", file, e.toString());
        }
    }
}
