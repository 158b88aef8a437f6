package dev.lakeroute.camel.databricks.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.node.TextNode;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksInvalidRequestException;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.CatalogueCall;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.step.StepResult;

/**
 * {@code workspace/import} of a notebook or file given as content (byte[], InputStream, File, Path,
 * GenericFile): the content becomes the base64 {@code content} field, the other fields come from the
 * options ({@code path}, {@code overwrite}, {@code param.format}, {@code param.language}). The API takes
 * the content inline, so it is read whole, up to Databricks' import limit. A String body stays what it is
 * for every operation, the request as JSON: a notebook's text would be indistinguishable from a Jupyter
 * notebook's JSON.
 */
public final class WorkspaceImportStep extends UploadStep {

    /** Databricks refuses imports above 10 MB. */
    static final int MAX_IMPORT_BYTES = 10 * 1024 * 1024;

    public WorkspaceImportStep(Calls calls, CatalogueCall generic) {
        super(calls, generic, "workspace/import", "content", "the content as byte[], InputStream, File, Path or a Camel"
                + " GenericFile (from the file component), or the request as a Map or JSON String with path, format and"
                + " base64 content");
    }

    @Override
    public boolean readsBody(Object body) {
        return !(body instanceof String) && Content.accepts(body);
    }

    @Override
    CompletableFuture<StepResult> upload(StepContext context, Content content) {
        byte[] bytes;
        try (InputStream in = content.open()) {
            bytes = in.readNBytes(MAX_IMPORT_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the content for workspace/import " + content.describe(), e);
        }
        if (bytes.length > MAX_IMPORT_BYTES) {
            return CompletableFuture.failedFuture(new DatabricksInvalidRequestException("workspace/import", "message body",
                    "is larger than " + MAX_IMPORT_BYTES + " bytes, Databricks' import limit",
                    "content up to 10 MiB; larger files go to a volume (fs/files/upload) or DBFS (dbfs/put)"));
        }
        StepContext withContent = context.withRequest(
                context.request().withField("content", TextNode.valueOf(Base64.getEncoder().encodeToString(bytes))));
        return call(withContent).thenApply(result -> {
            Map<String, Object> headers = new LinkedHashMap<>(result.headers());
            headers.put(DatabricksConstants.BYTES, (long) bytes.length);
            return new StepResult(result.body(), headers);
        });
    }
}
