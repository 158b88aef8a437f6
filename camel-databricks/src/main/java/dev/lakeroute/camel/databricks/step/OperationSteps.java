package dev.lakeroute.camel.databricks.step;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.catalogue.Operation;
import dev.lakeroute.camel.databricks.clusters.ClusterStep;
import dev.lakeroute.camel.databricks.clusters.ClusterWaiter;
import dev.lakeroute.camel.databricks.command.CommandStep;
import dev.lakeroute.camel.databricks.copyinto.CopyIntoStep;
import dev.lakeroute.camel.databricks.files.DbfsDownloader;
import dev.lakeroute.camel.databricks.files.DbfsUploader;
import dev.lakeroute.camel.databricks.files.FilesDownloadStep;
import dev.lakeroute.camel.databricks.files.FilesUploadStep;
import dev.lakeroute.camel.databricks.files.WorkspaceImportStep;
import dev.lakeroute.camel.databricks.jobs.RunStep;
import dev.lakeroute.camel.databricks.libraries.LibraryInstallStep;
import dev.lakeroute.camel.databricks.sql.StatementStep;
import dev.lakeroute.camel.databricks.warehouses.WarehouseStep;
import dev.lakeroute.camel.databricks.workflow.WorkflowStep;

/**
 * Which step serves an operation: the composite step that declares it, otherwise the generic catalogue
 * call. Built from the list of composite steps, each of which says what it serves; immutable once built.
 */
public final class OperationSteps {

    private final List<CompositeStep<?>> composites;
    private final Map<String, CompositeStep<?>> byOperation;
    private final Map<String, Operation> ownOperations;
    private final OperationStep generic;

    private OperationSteps(List<CompositeStep<?>> composites, OperationStep generic) {
        Map<String, CompositeStep<?>> served = new LinkedHashMap<>();
        Map<String, Operation> own = new LinkedHashMap<>();
        for (CompositeStep<?> step : composites) {
            for (String operation : step.operations()) {
                CompositeStep<?> before = served.put(operation, step);
                if (before != null) {
                    throw new IllegalStateException(operation + " is served by both " + before.getClass().getSimpleName()
                                                    + " and " + step.getClass().getSimpleName());
                }
            }
            step.ownOperations().forEach(op -> own.put(op.name(), op));
        }
        this.composites = List.copyOf(composites);
        this.byOperation = Map.copyOf(served);
        this.ownOperations = Map.copyOf(own);
        this.generic = generic;
    }

    public static OperationSteps of(OperationStep generic, List<CompositeStep<?>> composites) {
        return new OperationSteps(composites, generic);
    }

    /**
     * The generic call for every operation, and the composite steps: waiting for runs (and repairing them),
     * databricks:workflow, cluster and warehouse states, libraries and statements, streamed file transfers, and
     * databricks:command.
     */
    public static OperationSteps defaults(Calls calls) {
        CatalogueCall generic = new CatalogueCall(calls.mapper());
        ClusterWaiter clusterWaiter = new ClusterWaiter(calls);
        RunStep runs = new RunStep(calls);
        StatementStep statements = new StatementStep(calls);
        return of(generic, List.of(
                runs,
                new WorkflowStep(calls, runs),
                new ClusterStep(calls, clusterWaiter),
                new LibraryInstallStep(calls),
                statements,
                new CopyIntoStep(calls, statements),
                new WarehouseStep(calls),
                new DbfsUploader(calls, generic),
                new DbfsDownloader(calls, generic),
                new FilesUploadStep(calls, generic),
                new FilesDownloadStep(),
                new WorkspaceImportStep(calls, generic),
                new CommandStep(calls, clusterWaiter, calls.mapper())));
    }

    /** The operations the composite steps define themselves (databricks:command). */
    public Collection<Operation> ownOperations() {
        return ownOperations.values();
    }

    /** An operation a composite step defines itself (databricks:command), by name. */
    public Optional<Operation> ownOperation(String name) {
        return Optional.ofNullable(ownOperations.get(name));
    }

    /** Every composite step's checks of its options, for an endpoint being created. */
    public void validate(OptionCheck check) {
        composites.forEach(step -> step.validate(check));
    }

    /** Operation → the state waitForState may name for it, over every step, in the steps' order. */
    public Map<String, String> waitStates() {
        Map<String, String> states = new LinkedHashMap<>();
        composites.forEach(step -> states.putAll(step.waitStates()));
        return states;
    }

    /** The step for {@code operation} with its options read from {@code config}. */
    public OperationStep bind(Operation operation, DatabricksConfiguration config) {
        CompositeStep<?> step = byOperation.get(operation.name());
        return step == null ? generic : bound(step, operation, config);
    }

    private static <O> OperationStep bound(CompositeStep<O> step, Operation operation, DatabricksConfiguration config) {
        return new BoundStep<>(step, step.options(config, operation));
    }
}
