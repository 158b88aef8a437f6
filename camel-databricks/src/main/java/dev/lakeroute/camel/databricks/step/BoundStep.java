package dev.lakeroute.camel.databricks.step;

import java.util.concurrent.CompletableFuture;

/** A composite step with the options of one endpoint (or one message's operation), as the producer runs it. */
public record BoundStep<O>(CompositeStep<O> step, O options) implements OperationStep {

    @Override
    public CompletableFuture<StepResult> execute(StepContext context) {
        return step.execute(context, options);
    }

    @Override
    public boolean readsBody(Object body) {
        return step.readsBody(body);
    }
}
