package dev.lakeroute.camel.databricks.files;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.catalogue.Operation;

import dev.lakeroute.camel.databricks.error.DatabricksInvalidRequestException;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.CatalogueCall;
import dev.lakeroute.camel.databricks.step.CompositeStep;
import dev.lakeroute.camel.databricks.step.NoOptions;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.step.StepResult;

/**
 * What the upload steps share: a body that is content (see {@link Content}) is theirs to send; a body of
 * request fields (a Map with the content inline, base64) is the plain catalogue call; no body at all
 * fails before any call, because an upload of nothing is a route that lost its body far more often than
 * an empty file anyone wanted (send an empty byte[] for that).
 */
abstract class UploadStep implements CompositeStep<NoOptions> {

    protected final Calls calls;
    private final CatalogueCall generic;
    private final String operation;
    private final String inlineField;
    private final String allowed;

    /**
     * @param inlineField the request field that carries the content in a fields body (then a null body with that
     *                    field set, e.g. by param.contents, is a plain call), or null when the operation has none
     * @param allowed     what the operation takes as its body, for the message when there is none
     */
    UploadStep(Calls calls, CatalogueCall generic, String operation, String inlineField, String allowed) {
        this.calls = calls;
        this.generic = generic;
        this.operation = operation;
        this.inlineField = inlineField;
        this.allowed = allowed;
    }

    @Override
    public Set<String> operations() {
        return Set.of(operation);
    }

    @Override
    public NoOptions options(DatabricksConfiguration config, Operation operation) {
        return NoOptions.NONE;
    }

    @Override
    public boolean readsBody(Object body) {
        return Content.accepts(body);
    }

    @Override
    public final CompletableFuture<StepResult> execute(StepContext context, NoOptions options) {
        Object body = context.exchange().getMessage().getBody();
        if (readsBody(body)) {
            return upload(context, Content.of(operation, context.exchange()));
        }
        if (body == null && (inlineField == null || !context.request().hasField(inlineField))) {
            return CompletableFuture.failedFuture(new DatabricksInvalidRequestException(operation, "message body",
                    "is null: " + operation + " needs a body", allowed));
        }
        return generic.execute(context);
    }

    /** Sends {@code content}: the request has the options' fields, without the body. */
    abstract CompletableFuture<StepResult> upload(StepContext context, Content content);

    /** The plain catalogue call of {@code context}, for steps whose upload is one call with the content as a field. */
    CompletableFuture<StepResult> call(StepContext context) {
        return generic.execute(context);
    }
}
