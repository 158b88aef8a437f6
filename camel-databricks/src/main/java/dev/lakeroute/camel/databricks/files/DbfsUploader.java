package dev.lakeroute.camel.databricks.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.CRC32C;

import com.fasterxml.jackson.databind.JsonNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.camel.databricks.error.DatabricksInvalidRequestException;
import dev.lakeroute.camel.databricks.error.DatabricksTransportException;
import dev.lakeroute.camel.databricks.error.DatabricksUploadIncompleteException;
import dev.lakeroute.camel.databricks.support.Failures;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.CatalogueCall;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.step.StepResult;

/**
 * {@code dbfs/put} of content of any size: {@code dbfs/create}, then {@code dbfs/add-block} with at
 * most 1 MiB read from the body at a time, then {@code dbfs/close}; memory stays constant whatever the
 * size. On failure before the close the handle is closed and the partial file deleted (best effort). A
 * Map body (path + base64 contents) is the plain one-call dbfs/put.
 * <p>
 * {@code dbfs/close} is not idempotent, so it is never repeated blindly: when its answer is lost (a dropped
 * connection, a timeout, a 5xx) the file is read back ({@link DbfsFileCheck}). The upload succeeded if the file
 * is complete; if it is not, the close did not take effect and is sent once more; if the file cannot be read,
 * the failure says the close may have reached the server.
 */
public final class DbfsUploader extends UploadStep {

    private static final Logger LOG = LoggerFactory.getLogger(DbfsUploader.class);
    static final int BLOCK = 1024 * 1024;

    private final DbfsFileCheck files;

    public DbfsUploader(Calls calls, CatalogueCall generic) {
        super(calls, generic, "dbfs/put", "contents", "the file's content as " + Content.BODIES
                + ", or a Map with path and base64 contents (the one-call dbfs/put)");
        this.files = new DbfsFileCheck(calls);
    }

    @Override
    CompletableFuture<StepResult> upload(StepContext context, Content content) {
        String path = context.request().fieldText("path");
        if (path == null || path.isBlank()) {
            return CompletableFuture.failedFuture(new DatabricksInvalidRequestException("dbfs/put", "path", "is missing",
                    "the path option (e.g. path=/FileStore/jars/app.jar)"));
        }
        boolean overwrite = context.request().field("overwrite") != null && context.request().field("overwrite").asBoolean();
        InputStream in = content.open();
        Upload upload = new Upload(context, path, in);
        return calls.json(context, "dbfs/create", calls.fields().put("path", path).put("overwrite", overwrite))
                .thenCompose(created -> {
                    upload.handle = created.path("handle").asLong();
                    upload.created = true;
                    return upload.nextBlock();
                })
                .thenCompose(ignored -> upload.close())
                .handle((closed, failure) -> {
                    closeQuietly(in);
                    if (failure == null) {
                        Map<String, Object> result = new LinkedHashMap<>();
                        result.put("path", path);
                        result.put("bytes", upload.written);
                        Map<String, Object> headers = new LinkedHashMap<>();
                        headers.put(DatabricksConstants.BYTES, upload.written);
                        return CompletableFuture.completedFuture(new StepResult(result, headers));
                    }
                    return upload.cleanUp().<StepResult>thenApply(done -> {
                        throw new CompletionException(Failures.unwrap(failure));
                    });
                })
                .thenCompose(f -> f);
    }

    /** A close that failed without saying whether it took effect: no answer, or a server error. */
    static boolean answerLost(Throwable failure) {
        if (failure instanceof DatabricksTransportException transport) {
            return transport.isTransient();
        }
        return failure instanceof DatabricksException e && e.getHttpStatus() >= 500;
    }

    /** One upload in progress: blocks are read and sent one at a time, each after the previous one was accepted. */
    private final class Upload {
        final StepContext context;
        final String path;
        final InputStream in;
        final CRC32C crc = new CRC32C();
        volatile long handle;
        volatile boolean created;
        volatile long written;
        /** Once a close was sent the clean-up does not close the handle again: a close is not idempotent. */
        volatile boolean closeSent;
        /** A close without a definite answer may have published the file: the clean-up leaves the path alone. */
        volatile boolean mayHavePublished;

        Upload(StepContext context, String path, InputStream in) {
            this.context = context;
            this.path = path;
            this.in = in;
        }

        CompletableFuture<Void> nextBlock() {
            byte[] block;
            try {
                block = in.readNBytes(BLOCK);
            } catch (IOException e) {
                return CompletableFuture.failedFuture(new UncheckedIOException("Cannot read the content for dbfs/put " + path, e));
            }
            if (block.length == 0) {
                return CompletableFuture.completedFuture(null);
            }
            String data = Base64.getEncoder().encodeToString(block);
            int length = block.length;
            crc.update(block);
            return calls.json(context, "dbfs/add-block", calls.fields().put("handle", handle).put("data", data))
                    .thenCompose(added -> {
                        written += length;
                        return nextBlock();
                    });
        }

        CompletableFuture<Void> close() {
            closeSent = true;
            return sendClose().handle((closed, failure) -> {
                if (failure == null) {
                    return CompletableFuture.<Void>completedFuture(null);
                }
                Throwable cause = Failures.unwrap(failure);
                if (!answerLost(cause)) {
                    // A definite refusal (an expired handle): nothing was published.
                    return CompletableFuture.<Void>failedFuture(cause);
                }
                mayHavePublished = true;
                return afterLostClose(cause);
            }).thenCompose(f -> f);
        }

        private CompletableFuture<Void> afterLostClose(Throwable lost) {
            LOG.warn("dbfs/put {}: dbfs/close got no answer ({}); reading the file back to see whether it took effect", path,
                    lost.getMessage());
            long expectedCrc = crc.getValue();
            return files.check(context, path, written, expectedCrc).handle((found, checkFailure) -> {
                if (checkFailure != null) {
                    LOG.warn("dbfs/put {}: cannot read the file back ({})", path, Failures.unwrap(checkFailure).getMessage());
                    return CompletableFuture.<Void>failedFuture(lost);
                }
                if (found.isUpload()) {
                    LOG.info("dbfs/put {}: the close took effect, the file is complete ({} bytes)", path, written);
                    return CompletableFuture.<Void>completedFuture(null);
                }
                // The first close did not publish the file, so it did not take effect: the handle still holds the blocks.
                LOG.info("dbfs/put {}: {} after the lost close; closing once more", path, found.describe(written));
                return sendClose().<Void>handle((closed, again) -> {
                    if (again == null) {
                        return null;
                    }
                    Throwable cause = Failures.unwrap(again);
                    if (answerLost(cause)) {
                        throw new CompletionException(cause);
                    }
                    throw new CompletionException(new DatabricksUploadIncompleteException("dbfs/put", path, written,
                            "dbfs/close got no answer (" + lost.getMessage() + "), " + found.describe(written)
                            + " afterwards, and the second close failed (" + cause.getMessage() + ")", cause));
                });
            }).thenCompose(f -> f);
        }

        private CompletableFuture<JsonNode> sendClose() {
            return calls.json(context, "dbfs/close", calls.fields().put("handle", handle));
        }

        /** Close the handle so it does not linger, then delete what was written so far. */
        CompletableFuture<Void> cleanUp() {
            if (!created || mayHavePublished) {
                return CompletableFuture.completedFuture(null);
            }
            LOG.warn("dbfs/put {} failed after {} bytes: {}deleting the partial file", path, written,
                    closeSent ? "" : "closing the handle and ");
            CompletableFuture<Void> closed = closeSent ? CompletableFuture.completedFuture(null) : Calls.quietly(sendClose());
            return closed.thenCompose(done -> Calls.quietly(calls.json(context, "dbfs/delete", calls.fields().put("path", path))));
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Nothing left to do with it.
        }
    }

}
