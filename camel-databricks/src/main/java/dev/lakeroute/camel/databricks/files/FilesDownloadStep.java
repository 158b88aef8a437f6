package dev.lakeroute.camel.databricks.files;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.step.StepResult;
import dev.lakeroute.camel.databricks.support.Failures;

/**
 * {@code fs/files/download}: the GET answer is streamed to the {@code localPath} file or a temporary
 * one; the body is that File, a byte[] (up to 1 MiB), or an InputStream over the temporary file.
 */
public final class FilesDownloadStep extends DownloadStep {

    public FilesDownloadStep() {
        super("fs/files/download");
    }

    @Override
    public CompletableFuture<StepResult> execute(StepContext context, Options options) {
        LocalTarget target = LocalTarget.of(options.localPath());
        HttpResponse.BodyHandler<java.nio.file.Path> toFile = HttpResponse.BodyHandlers.ofFile(target.path(),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        return context.client().stream(context.request(), null, java.net.http.HttpRequest.BodyPublishers::noBody, true, toFile)
                .handle((response, failure) -> {
                    if (failure != null) {
                        target.discard();
                        Throwable cause = Failures.unwrap(failure);
                        throw cause instanceof RuntimeException r ? r : new CompletionException(cause);
                    }
                    Map<String, Object> headers = new LinkedHashMap<>();
                    headers.put(DatabricksConstants.HTTP_STATUS, response.status());
                    if (response.requestId() != null) {
                        headers.put(DatabricksConstants.REQUEST_ID, response.requestId());
                    }
                    try {
                        headers.put(DatabricksConstants.BYTES, Files.size(target.path()));
                    } catch (java.io.IOException e) {
                        // Size is informative only.
                    }
                    return new StepResult(target.body(), headers);
                });
    }
}
