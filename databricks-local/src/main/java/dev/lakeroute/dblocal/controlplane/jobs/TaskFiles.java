package dev.lakeroute.dblocal.controlplane.jobs;

import dev.lakeroute.dblocal.controlplane.dbfs.SafePaths;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.store.StateStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The file a task names (a python_file, a SQL file, …), as Databricks accepts it: {@code dbfs:/…},
 * {@code /dbfs/…}, {@code /Volumes/…}, or a workspace path ({@code /Workspace/…} or not), the latter
 * with or without its extension. Resolved only inside the DBFS and workspace roots: {@link SafePaths}
 * refuses traversal and symbolic links, and an unsafe path is simply not found.
 */
public final class TaskFiles {
    private final SafePaths dbfs;
    private final SafePaths workspace;

    public TaskFiles(StateStore store) {
        this.dbfs = SafePaths.dbfs(store);
        this.workspace = SafePaths.workspace(store);
    }

    /** @param workspaceExtension tried after the bare workspace path, e.g. {@code .py} */
    public Optional<Path> find(String path, String workspaceExtension) {
        List<Path> candidates = new ArrayList<>();
        try {
            if (path.startsWith("dbfs:/")) {
                candidates.add(dbfs.resolveDbfs(path));
            } else if (path.startsWith("/dbfs/")) {
                candidates.add(dbfs.resolve(path.substring("/dbfs".length())));
            } else if (path.startsWith("/Volumes/")) {
                candidates.add(dbfs.resolve(path));
            } else if (path.startsWith("/")) {
                String inWorkspace = path.startsWith("/Workspace/") ? path.substring("/Workspace".length()) : path;
                candidates.add(workspace.resolve(inWorkspace));
                candidates.add(workspace.resolve(inWorkspace + workspaceExtension));
            }
        } catch (ApiException unsafe) {
            return Optional.empty();
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }
}
