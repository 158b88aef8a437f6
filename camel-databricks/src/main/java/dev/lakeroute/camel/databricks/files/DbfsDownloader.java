package dev.lakeroute.camel.databricks.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksInvalidRequestException;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.CatalogueCall;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.step.StepResult;

/**
 * {@code dbfs/read} of a whole file: reads 1 MiB at a time by offset until the end and writes each
 * block to the {@code localPath} file or a temporary one, so memory stays constant. The body is the
 * File, a byte[] (up to 1 MiB), or an InputStream over the temporary file. With {@code param.offset}
 * or {@code param.length} it is the plain one-block read (the API's answer as a Map).
 */
public final class DbfsDownloader extends DownloadStep {

    static final int BLOCK = 1024 * 1024;

    private final Calls calls;
    private final CatalogueCall generic;

    public DbfsDownloader(Calls calls, CatalogueCall generic) {
        super("dbfs/read");
        this.calls = calls;
        this.generic = generic;
    }

    @Override
    public CompletableFuture<StepResult> execute(StepContext context, Options options) {
        if (context.request().hasField("offset") || context.request().hasField("length")) {
            return generic.execute(context);
        }
        String path = context.request().fieldText("path");
        if (path == null || path.isBlank()) {
            return CompletableFuture.failedFuture(new DatabricksInvalidRequestException("dbfs/read", "path", "is missing",
                    "the path option (e.g. path=/FileStore/data.csv)"));
        }
        LocalTarget target = LocalTarget.of(options.localPath());
        OutputStream out;
        try {
            out = Files.newOutputStream(target.path());
        } catch (IOException e) {
            return CompletableFuture.failedFuture(new UncheckedIOException("Cannot write " + target.path(), e));
        }
        return read(context, path, out, 0).handle((total, failure) -> {
            try {
                out.close();
            } catch (IOException e) {
                failure = failure == null ? new UncheckedIOException(e) : failure;
            }
            if (failure != null) {
                target.discard();
                throw failure instanceof RuntimeException r ? r : new java.util.concurrent.CompletionException(failure);
            }
            Map<String, Object> headers = new LinkedHashMap<>();
            headers.put(DatabricksConstants.BYTES, total);
            return new StepResult(target.body(), headers);
        });
    }

    private CompletableFuture<Long> read(StepContext context, String path, OutputStream out, long offset) {
        return calls.json(context, "dbfs/read", calls.fields().put("path", path).put("offset", offset).put("length", BLOCK))
                .thenCompose(answer -> {
                    long read = answer.path("bytes_read").asLong();
                    if (read <= 0) {
                        return CompletableFuture.completedFuture(offset);
                    }
                    try {
                        out.write(Base64.getDecoder().decode(answer.path("data").asText()));
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot write the content of " + path, e);
                    }
                    return read < BLOCK ? CompletableFuture.completedFuture(offset + read) : read(context, path, out, offset + read);
                });
    }
}
