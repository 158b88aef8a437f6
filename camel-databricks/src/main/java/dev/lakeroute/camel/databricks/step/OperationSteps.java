package dev.lakeroute.camel.databricks.step;

import java.util.Map;

import java.util.HashMap;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lakeroute.camel.databricks.catalogue.OperationCatalogue;
import dev.lakeroute.camel.databricks.clusters.ClusterStep;
import dev.lakeroute.camel.databricks.clusters.ClusterWaiter;
import dev.lakeroute.camel.databricks.command.CommandStep;
import dev.lakeroute.camel.databricks.files.DbfsDownloader;
import dev.lakeroute.camel.databricks.files.DbfsUploader;
import dev.lakeroute.camel.databricks.files.FilesDownloadStep;
import dev.lakeroute.camel.databricks.files.FilesUploadStep;
import dev.lakeroute.camel.databricks.files.WorkspaceImportStep;
import dev.lakeroute.camel.databricks.jobs.RunStep;
import dev.lakeroute.camel.databricks.libraries.LibraryInstallStep;
import dev.lakeroute.camel.databricks.sql.StatementStep;

/**
 * Which step serves an operation: a composite one registered under the operation's name, otherwise
 * the generic catalogue call. Immutable once built.
 */
public final class OperationSteps {

    private final Map<String, OperationStep> composites;
    private final OperationStep generic;

    private OperationSteps(Map<String, OperationStep> composites, OperationStep generic) {
        this.composites = Map.copyOf(composites);
        this.generic = generic;
    }

    /**
     * The generic call for every operation, and the composite steps: waiting for runs, cluster states,
     * libraries and statements, streamed file transfers, and databricks:command.
     */
    public static OperationSteps defaults(ObjectMapper mapper) {
        CatalogueCall generic = new CatalogueCall(mapper);
        Calls calls = new Calls(OperationCatalogue.shipped(), mapper);
        ClusterWaiter clusterWaiter = new ClusterWaiter(calls);
        ClusterStep clusterStep = new ClusterStep(calls, clusterWaiter);
        RunStep runStep = new RunStep(calls);
        Map<String, OperationStep> composites = new HashMap<>();
        composites.put("jobs/runs/submit", runStep);
        composites.put("jobs/run-now", runStep);
        for (String op : List.of("create", "start", "restart", "resize", "edit", "delete")) {
            composites.put("clusters/" + op, clusterStep);
        }
        composites.put("libraries/install", new LibraryInstallStep(calls));
        composites.put("sql/statements/execute", new StatementStep(calls));
        composites.put("dbfs/put", new DbfsUploader(calls, generic));
        composites.put("dbfs/read", new DbfsDownloader(calls, generic));
        composites.put("fs/files/upload", new FilesUploadStep(calls, generic));
        composites.put("fs/files/download", new FilesDownloadStep());
        composites.put("workspace/import", new WorkspaceImportStep(calls, generic));
        composites.put(CommandStep.NAME, new CommandStep(calls, clusterWaiter, mapper));
        return new OperationSteps(composites, generic);
    }


    public OperationSteps with(String operation, OperationStep step) {
        Map<String, OperationStep> more = new HashMap<>(composites);
        more.put(operation, step);
        return new OperationSteps(more, generic);
    }

    public OperationStep forOperation(String operation) {
        return composites.getOrDefault(operation, generic);
    }
}
