package dev.lakeroute.camel.databricks.step;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.catalogue.Operation;

/**
 * A step that does more than one call for its operations (waits for a run, streams a file, runs a command),
 * described in one place: the operations it serves, the options it reads as one typed record, the checks of
 * those options, and what it does. {@link OperationSteps} is built from a list of them; a new composite step
 * is one new folder with such a class and one line in {@link OperationSteps#defaults}.
 *
 * @param <O> the step's options, read once per endpoint from its configuration
 */
public interface CompositeStep<O> {

    /** The operations this step serves, by the name a URI uses. */
    Set<String> operations();

    /**
     * Operations that are not in the catalogue but this step's own ({@code databricks:command}): the endpoint
     * resolves their names here.
     */
    default List<Operation> ownOperations() {
        return List.of();
    }

    /**
     * Checks this step's options on every endpoint, whatever its operation, when the endpoint is created: their
     * values, and that the URI sets none of them on an operation this step does not serve. A component-wide default
     * is ignored by the operations that have no use for it.
     */
    default void validate(OptionCheck check) {
    }

    /** The state {@code waitForState} may name, for each of this step's operations that can wait for one. */
    default Map<String, String> waitStates() {
        return Map.of();
    }

    /**
     * This step's options for {@code operation}, one of its own, read from an endpoint's configuration that
     * {@link #validate} accepted (or, for an operation a message header chose, from that endpoint's configuration).
     */
    O options(DatabricksConfiguration config, Operation operation);

    CompletableFuture<StepResult> execute(StepContext context, O options);

    /**
     * True when the step reads this message body itself (a command text, a file to stream); the request it gets
     * is then built from the options and headers only.
     */
    default boolean readsBody(Object body) {
        return false;
    }

    default boolean serves(Operation operation) {
        return operations().contains(operation.name());
    }
}
