package dev.lakeroute.dblocal.controlplane;

import dev.lakeroute.dblocal.controlplane.clusters.ClusterRegistry;
import dev.lakeroute.dblocal.controlplane.clusters.ClustersApi;
import dev.lakeroute.dblocal.controlplane.commands.CommandsApi;
import dev.lakeroute.dblocal.controlplane.dbfs.DbfsApi;
import dev.lakeroute.dblocal.controlplane.files.FilesApi;
import dev.lakeroute.dblocal.controlplane.jobs.JobsApi;
import dev.lakeroute.dblocal.controlplane.jobs.TaskRunners;
import dev.lakeroute.dblocal.controlplane.libraries.LibrariesApi;
import dev.lakeroute.dblocal.controlplane.libraries.LibraryRegistry;
import dev.lakeroute.dblocal.controlplane.notimplemented.NotImplementedApi;
import dev.lakeroute.dblocal.controlplane.repos.ReposApi;
import dev.lakeroute.dblocal.controlplane.resources.ResourceCatalogue;
import dev.lakeroute.dblocal.controlplane.resources.engine.ResourceApi;
import dev.lakeroute.dblocal.controlplane.resources.warehouses.QueryHistory;
import dev.lakeroute.dblocal.controlplane.resources.warehouses.WarehouseDirectory;
import dev.lakeroute.dblocal.controlplane.secrets.SecretsApi;
import dev.lakeroute.dblocal.controlplane.statements.StatementEngine;
import dev.lakeroute.dblocal.controlplane.statements.StatementExecutionApi;
import dev.lakeroute.dblocal.controlplane.token.TokenApi;
import dev.lakeroute.dblocal.controlplane.workspace.WorkspaceApi;
import dev.lakeroute.dblocal.http.ApiFamily;

import java.util.List;

/**
 * The services one server's API families share, each built once ({@code DatabricksLocal} assembles them
 * in dependency order) and handed to the families that use it: nothing is looked up, nothing is
 * patched in after it is built.
 *
 * @param context     settings, state, clock, scheduler, cluster runtime
 * @param clusters    the clusters, for clusters, libraries, jobs and API 1.2
 * @param libraries   the clusters' libraries, for libraries and jobs (task libraries)
 * @param warehouses  the SQL warehouses, for the warehouses family and the statement engine
 * @param queryHistory the SQL query history the statement engine records into
 * @param statements  the statement engine, for the Statement Execution API and {@code sql_task}
 * @param taskRunners the runner of each job task type (the execution plane's with Spark)
 */
public record ControlPlane(ServerContext context, ClusterRegistry clusters, LibraryRegistry libraries,
                           WarehouseDirectory warehouses, QueryHistory queryHistory, StatementEngine statements,
                           TaskRunners taskRunners) {

    /** Every API family the server answers, on these services. One line per family. */
    public List<ApiFamily> families() {
        return List.of(
                new ClustersApi(clusters),
                new LibrariesApi(libraries),
                new JobsApi(context, clusters, libraries, taskRunners),
                new DbfsApi(context),
                new FilesApi(context),
                new WorkspaceApi(context),
                new ReposApi(context),
                new ResourceApi(context, registry -> ResourceCatalogue.families(this, registry)),
                new SecretsApi(context),
                new CommandsApi(context, clusters),
                new StatementExecutionApi(statements),
                new TokenApi(context),
                // Last: the operations no family above answers are 501 NOT_IMPLEMENTED, not 404.
                new NotImplementedApi()
        );
    }
}
