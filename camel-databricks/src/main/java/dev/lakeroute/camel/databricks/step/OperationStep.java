package dev.lakeroute.camel.databricks.step;

import java.util.concurrent.CompletableFuture;

/**
 * What the producer does for one operation. The catalogue-driven {@link CatalogueCall} serves every
 * operation; composite behaviour (waiting for a run, streaming a DBFS upload, command lifecycle) is a
 * {@link CompositeStep} bound to the endpoint's options ({@link BoundStep}), found in {@link OperationSteps}.
 */
@FunctionalInterface
public interface OperationStep {

    CompletableFuture<StepResult> execute(StepContext context);

    /**
     * True when the step reads this message body itself (a command text, a file to stream); the request
     * it gets is then built from the options and headers only.
     */
    default boolean readsBody(Object body) {
        return false;
    }
}
