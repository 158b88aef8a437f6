package dev.lakeroute.camel.databricks.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksInvalidRequestException;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.CatalogueCall;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.step.StepResult;
import dev.lakeroute.camel.databricks.support.Failures;

/**
 * {@code dbfs/put} of content of any size: {@code dbfs/create}, then {@code dbfs/add-block} with at
 * most 1 MiB read from the body at a time, then {@code dbfs/close}; memory stays constant whatever the
 * size. On failure the handle is closed and the partial file deleted (best effort). A Map body (path +
 * base64 contents) is the plain one-call dbfs/put.
 */
public final class DbfsUploader extends UploadStep {

    private static final Logger LOG = LoggerFactory.getLogger(DbfsUploader.class);
    static final int BLOCK = 1024 * 1024;

    public DbfsUploader(Calls calls, CatalogueCall generic) {
        super(calls, generic, "dbfs/put", "contents", "the file's content as " + Content.BODIES
                + ", or a Map with path and base64 contents (the one-call dbfs/put)");
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
                .thenCompose(ignored -> calls.json(context, "dbfs/close", calls.fields().put("handle", upload.handle)))
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

    /** One upload in progress: blocks are read and sent one at a time, each after the previous one was accepted. */
    private final class Upload {
        final StepContext context;
        final String path;
        final InputStream in;
        volatile long handle;
        volatile boolean created;
        volatile long written;

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
            return calls.json(context, "dbfs/add-block", calls.fields().put("handle", handle).put("data", data))
                    .thenCompose(added -> {
                        written += length;
                        return nextBlock();
                    });
        }

        /** Close the handle so it does not linger, then delete what was written so far. */
        CompletableFuture<Void> cleanUp() {
            if (!created) {
                return CompletableFuture.completedFuture(null);
            }
            LOG.warn("dbfs/put {} failed after {} bytes: closing the handle and deleting the partial file", path, written);
            return Calls.quietly(calls.json(context, "dbfs/close", calls.fields().put("handle", handle)))
                    .thenCompose(closed -> Calls.quietly(calls.json(context, "dbfs/delete", calls.fields().put("path", path))));
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
