package dev.lakeroute.camel.databricks.files;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksTransportException;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.CatalogueCall;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.step.StepResult;
import dev.lakeroute.camel.databricks.support.Failures;

/**
 * {@code fs/files/upload}: the body (File, Path, InputStream, byte[], String, GenericFile) is streamed as
 * the PUT body, never loaded whole; {@code CamelDatabricksBytes} is the number of bytes sent. If the
 * connection breaks mid-way the partial file is deleted (best effort).
 */
public final class FilesUploadStep extends UploadStep {

    public FilesUploadStep(Calls calls, CatalogueCall generic) {
        super(calls, generic, "fs/files/upload", null, "the file's content as " + Content.BODIES
                + " (an empty byte[] for an empty file)");
    }

    @Override
    CompletableFuture<StepResult> upload(StepContext context, Content content) {
        String filePath = context.request().fieldText("file_path");
        return context.client().stream(context.request(), "application/octet-stream", content.publisher(),
                content.replayable(), HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
                    if (failure == null) {
                        Map<String, Object> headers = new LinkedHashMap<>();
                        headers.put(DatabricksConstants.HTTP_STATUS, response.status());
                        if (response.requestId() != null) {
                            headers.put(DatabricksConstants.REQUEST_ID, response.requestId());
                        }
                        headers.put(DatabricksConstants.BYTES, content.bytes());
                        return CompletableFuture.completedFuture(new StepResult(new LinkedHashMap<>(), headers));
                    }
                    Throwable cause = Failures.unwrap(failure);
                    CompletableFuture<Void> cleanup = cause instanceof DatabricksTransportException && filePath != null
                            ? Calls.quietly(calls.json(context, "fs/files/delete", calls.fields().put("file_path", filePath)))
                            : CompletableFuture.completedFuture(null);
                    return cleanup.<StepResult>thenApply(done -> {
                        throw new CompletionException(cause);
                    });
                }).thenCompose(f -> f);
    }
}
