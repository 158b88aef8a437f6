package dev.lakeroute.dblocal.controlplane;

import dev.lakeroute.dblocal.controlplane.token.TokenApi;
import dev.lakeroute.dblocal.http.ApiFamily;

import java.util.List;

/** Every API family the server answers. One line per family. */
public final class Families {
    private Families() {
    }

    public static List<ApiFamily> all(ServerContext context) {
        return List.of(
                new dev.lakeroute.dblocal.controlplane.clusters.ClustersApi(context),
                new dev.lakeroute.dblocal.controlplane.libraries.LibrariesApi(context),
                new dev.lakeroute.dblocal.controlplane.jobs.JobsApi(context),
                new dev.lakeroute.dblocal.controlplane.dbfs.DbfsApi(context),
                new dev.lakeroute.dblocal.controlplane.files.FilesApi(context),
                new dev.lakeroute.dblocal.controlplane.workspace.WorkspaceApi(context),
                new dev.lakeroute.dblocal.controlplane.repos.ReposApi(context),
                new dev.lakeroute.dblocal.controlplane.resources.ResourceApi(context),
                new dev.lakeroute.dblocal.controlplane.secrets.SecretsApi(context),
                new dev.lakeroute.dblocal.controlplane.commands.CommandsApi(context),
                new dev.lakeroute.dblocal.controlplane.sql.StatementExecutionApi(context),
                new TokenApi(context)
        );
    }
}
