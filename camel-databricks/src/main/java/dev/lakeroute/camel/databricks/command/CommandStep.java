package dev.lakeroute.camel.databricks.command;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.catalogue.Scope;
import dev.lakeroute.camel.databricks.clusters.ClusterWaiter;
import dev.lakeroute.camel.databricks.step.Calls;
import dev.lakeroute.camel.databricks.step.OperationStep;
import dev.lakeroute.camel.databricks.step.StepContext;
import dev.lakeroute.camel.databricks.step.StepResult;

/**
 * {@code databricks:command}: runs the message body as an API 1.2 command through a
 * {@link CommandLifecycle}. Not a catalogue operation but a step over contexts/* and commands/*; its
 * pseudo-operation only lists the fields its options may set.
 */
public final class CommandStep implements OperationStep {

    public static final String NAME = "command";

    /** The pseudo-operation of databricks:command: the fields of commands/execute, sent by the lifecycle. */
    public static final Operation OPERATION = new Operation(NAME, "POST", "/api/1.2/commands/execute", "1.2", Scope.WORKSPACE,
            List.of(), Set.of(), Set.of("clusterId", "contextId", "language", "command"), "compute", false);

    private final Calls calls;
    private final ClusterWaiter clusters;
    private final CommandResults results;

    public CommandStep(Calls calls, ClusterWaiter clusters, ObjectMapper mapper) {
        this.calls = calls;
        this.clusters = clusters;
        this.results = new CommandResults(mapper);
    }

    @Override
    public boolean readsBody(Object body) {
        return true;
    }

    static boolean isFile(Object body) {
        return body instanceof File || body instanceof Path || body instanceof InputStream;
    }

    @Override
    public CompletableFuture<StepResult> execute(StepContext context) {
        return new CommandLifecycle(context, calls, clusters, results).run();
    }
}
