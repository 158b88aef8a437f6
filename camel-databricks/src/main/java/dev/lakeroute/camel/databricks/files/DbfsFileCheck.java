package dev.lakeroute.camel.databricks.files;

import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.zip.CRC32C;

import dev.lakeroute.camel.databricks.error.DatabricksNotFoundException;
import dev.lakeroute.camel.databricks.support.Failures;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.StepContext;

/**
 * Whether the DBFS file at a path is a given upload: the same size and the same CRC-32C, read back 1 MiB at
 * a time. For a {@code dbfs/close} whose answer was lost: the close is not idempotent (a second one answers
 * "handle does not exist" whether or not the first worked), so the file itself has to say whether it happened.
 */
final class DbfsFileCheck {

    private final Calls calls;

    DbfsFileCheck(Calls calls) {
        this.calls = calls;
    }

    /** What the path holds; {@link Found#isUpload()} when it is exactly the upload. */
    record Found(boolean exists, boolean directory, long size, boolean sameContent) {

        static final Found ABSENT = new Found(false, false, 0, false);

        boolean isUpload() {
            return exists && !directory && sameContent;
        }

        String describe(long expectedBytes) {
            if (!exists) {
                return "the file is absent";
            }
            if (directory) {
                return "the path is a directory";
            }
            if (size != expectedBytes) {
                return "the file has " + size + " bytes, not " + expectedBytes;
            }
            return sameContent ? "the file is complete" : "the file has " + size + " bytes of other content";
        }
    }

    CompletableFuture<Found> check(StepContext context, String path, long bytes, long crc32c) {
        return calls.json(context, "dbfs/get-status", calls.fields().put("path", path)).handle((status, failure) -> {
            if (failure != null) {
                Throwable cause = Failures.unwrap(failure);
                return cause instanceof DatabricksNotFoundException ? CompletableFuture.completedFuture(Found.ABSENT)
                        : CompletableFuture.<Found>failedFuture(cause);
            }
            boolean directory = status.path("is_dir").asBoolean(false);
            long size = status.path("file_size").asLong(-1);
            if (directory || size != bytes) {
                return CompletableFuture.completedFuture(new Found(true, directory, size, false));
            }
            return crc(context, path, 0, size, new CRC32C()).thenApply(read -> new Found(true, false, size, read == crc32c));
        }).thenCompose(f -> f);
    }

    private CompletableFuture<Long> crc(StepContext context, String path, long offset, long size, CRC32C crc) {
        if (offset >= size) {
            return CompletableFuture.completedFuture(crc.getValue());
        }
        return calls.json(context, "dbfs/read", calls.fields().put("path", path).put("offset", offset)
                .put("length", DbfsUploader.BLOCK)).thenCompose(answer -> {
                    long read = answer.path("bytes_read").asLong();
                    if (read <= 0) {
                        return CompletableFuture.completedFuture(crc.getValue());
                    }
                    crc.update(Base64.getDecoder().decode(answer.path("data").asText()));
                    return crc(context, path, offset + read, size, crc);
                });
    }
}
