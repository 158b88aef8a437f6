package dev.lakeroute.dblocal.controlplane.libraries;

import dev.lakeroute.dblocal.support.Failures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterInfo;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterRegistry;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterState;
import dev.lakeroute.dblocal.controlplane.clusters.ClusterStateChange;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.DocumentCollection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

/**
 * The libraries of every cluster and their install status. On a RUNNING cluster a library goes
 * PENDING → INSTALLING → INSTALLED (or FAILED) at once; on any other cluster it waits PENDING for the
 * next start, when its JAR is handed to the driver in {@link dev.lakeroute.dblocal.runtime.ClusterLaunch#jars()}.
 * Uninstalling marks UNINSTALL_ON_RESTART; the library is dropped when the cluster next stops or starts.
 */
public final class LibraryRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(LibraryRegistry.class);

    private final ServerContext context;
    private final ClusterRegistry clusters;
    private final DocumentCollection libraries;
    private final LibraryResolver resolver;
    private final Executor executor = ClusterRegistry.workers("databricks-local-libraries");
    private final List<JarInstaller> installers;

    /**
     * The libraries of {@code clusters}' clusters; {@code installers} add JARs to running drivers when a
     * library is installed on a RUNNING cluster (none without Spark).
     */
    public LibraryRegistry(ServerContext context, ClusterRegistry clusters, List<JarInstaller> installers) {
        this.context = context;
        this.clusters = clusters;
        this.installers = List.copyOf(installers);
        this.libraries = context.store().collection("libraries");
        this.resolver = new LibraryResolver(context.store().dbfsRoot(), context.store().workspaceRoot(), context.settings().mavenRepository());
        recoverAfterRestart();
        clusters.addLaunchContributor(this::prepareLaunch);
        clusters.onStateChange(this::onClusterChange);
    }

    /** The JARs INSTALLED on a cluster, in install order. */
    public List<Path> installedJars(String clusterId) {
        List<Path> jars = new ArrayList<>();
        for (JsonNode status : statuses(clusterId)) {
            if (LibraryStatus.INSTALLED.name().equals(status.path("status").asText())) {
                LibraryResolver.Resolution resolution = resolver.resolve(status.path("library"));
                if (resolution.ok()) {
                    jars.add(resolution.jar());
                }
            }
        }
        return jars;
    }

    // ---- API operations -------------------------------------------------------------------------

    public void install(String clusterId, JsonNode requested) {
        ClusterInfo cluster = clusters.require(clusterId);
        List<JsonNode> toAdd = new ArrayList<>();
        requested.forEach(library -> {
            LibraryResolver.validate(library);
            toAdd.add(library);
        });
        ensureDocument(clusterId);
        List<JsonNode> added = new ArrayList<>();
        libraries.update(clusterId, doc -> {
            ArrayNode statuses = doc.withArray("library_statuses");
            for (JsonNode library : toAdd) {
                Optional<ObjectNode> existing = find(statuses, library);
                if (existing.isPresent()) {
                    if (LibraryStatus.UNINSTALL_ON_RESTART.name().equals(existing.get().path("status").asText())) {
                        existing.get().put("status", LibraryStatus.INSTALLED.name());
                    }
                    continue;
                }
                ObjectNode status = statuses.addObject();
                status.set("library", library.deepCopy());
                status.put("status", LibraryStatus.PENDING.name()).put("is_library_for_all_clusters", false);
                added.add(library);
            }
            return doc;
        });
        if (cluster.isRunning()) {
            added.forEach(library -> executor.execute(() -> installOnRunning(clusterId, library)));
        }
    }

    public void uninstall(String clusterId, JsonNode requested) {
        ClusterInfo cluster = clusters.require(clusterId);
        requested.forEach(LibraryResolver::validate);
        ensureDocument(clusterId);
        boolean stopped = cluster.state() == ClusterState.TERMINATED || cluster.state() == ClusterState.ERROR;
        libraries.update(clusterId, doc -> {
            ArrayNode statuses = doc.withArray("library_statuses");
            for (JsonNode library : requested) {
                for (int i = statuses.size() - 1; i >= 0; i--) {
                    if (statuses.get(i).path("library").equals(library)) {
                        if (stopped) {
                            statuses.remove(i);
                        } else {
                            ((ObjectNode) statuses.get(i)).put("status", LibraryStatus.UNINSTALL_ON_RESTART.name());
                        }
                    }
                }
            }
            return doc;
        });
    }

    /** {@code libraries/cluster-status}: libraries to install in the order added, those to be removed last. */
    public ObjectNode clusterStatus(String clusterId) {
        clusters.require(clusterId);
        ArrayNode ordered = Json.array();
        List<JsonNode> statuses = statuses(clusterId);
        Predicate<JsonNode> removing = status -> LibraryStatus.UNINSTALL_ON_RESTART.name().equals(status.path("status").asText());
        statuses.stream().filter(removing.negate()).forEach(ordered::add);
        statuses.stream().filter(removing).forEach(ordered::add);
        ObjectNode response = Json.object().put("cluster_id", clusterId);
        response.set("library_statuses", ordered);
        return response;
    }

    public ObjectNode allClusterStatuses() {
        ArrayNode all = Json.array();
        for (ObjectNode doc : libraries.list()) {
            String clusterId = doc.path("cluster_id").asText();
            if (clusters.find(clusterId).isPresent() && !doc.path("library_statuses").isEmpty()) {
                all.add(clusterStatus(clusterId));
            }
        }
        return Json.object().set("statuses", all);
    }

    // ---- installation ---------------------------------------------------------------------------

    private void installOnRunning(String clusterId, JsonNode library) {
        if (!setStatus(clusterId, library, LibraryStatus.PENDING, LibraryStatus.INSTALLING, null)) {
            return;
        }
        LibraryResolver.Resolution resolution = resolver.resolve(library);
        if (!resolution.ok()) {
            setStatus(clusterId, library, LibraryStatus.INSTALLING, LibraryStatus.FAILED, resolution.failure());
            return;
        }
        CompletableFuture<?>[] installs = installers.stream()
                .map(installer -> safely(() -> installer.install(clusterId, resolution.jar())))
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(installs).whenComplete((ignored, error) -> {
            if (error == null) {
                setStatus(clusterId, library, LibraryStatus.INSTALLING, LibraryStatus.INSTALLED, null);
            } else {
                Throwable cause = Failures.cause(error);
                setStatus(clusterId, library, LibraryStatus.INSTALLING, LibraryStatus.FAILED,
                        "Library installation failed: " + cause.getMessage());
            }
        });
    }

    private static CompletableFuture<Void> safely(java.util.function.Supplier<CompletableFuture<Void>> install) {
        try {
            return install.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Called as the cluster's driver is launched: drops uninstalled libraries, resolves the rest. */
    private List<Path> prepareLaunch(String clusterId) {
        List<Path> jars = new ArrayList<>();
        if (!libraries.contains(clusterId)) {
            return jars;
        }
        libraries.update(clusterId, doc -> {
            ArrayNode statuses = doc.withArray("library_statuses");
            for (int i = statuses.size() - 1; i >= 0; i--) {
                if (LibraryStatus.UNINSTALL_ON_RESTART.name().equals(statuses.get(i).path("status").asText())) {
                    statuses.remove(i);
                }
            }
            for (JsonNode entry : statuses) {
                ObjectNode status = (ObjectNode) entry;
                LibraryResolver.Resolution resolution = resolver.resolve(status.path("library"));
                status.remove("messages");
                if (resolution.ok()) {
                    jars.add(resolution.jar());
                    status.put("status", LibraryStatus.INSTALLING.name());
                } else {
                    status.put("status", LibraryStatus.FAILED.name());
                    status.putArray("messages").add(resolution.failure());
                }
            }
            return doc;
        });
        return jars;
    }

    private void onClusterChange(ClusterStateChange change) {
        String clusterId = change.clusterId();
        if (change.removed()) {
            libraries.remove(clusterId);
            return;
        }
        if (!libraries.contains(clusterId)) {
            return;
        }
        if (change.current() == ClusterState.RUNNING && change.previous() != ClusterState.RESIZING) {
            List<JsonNode> pending = new ArrayList<>();
            libraries.update(clusterId, doc -> {
                for (JsonNode entry : doc.withArray("library_statuses")) {
                    String status = entry.path("status").asText();
                    if (LibraryStatus.INSTALLING.name().equals(status)) {
                        ((ObjectNode) entry).put("status", LibraryStatus.INSTALLED.name());
                    } else if (LibraryStatus.PENDING.name().equals(status)) {
                        pending.add(entry.path("library").deepCopy());
                    }
                }
                return doc;
            });
            pending.forEach(library -> executor.execute(() -> installOnRunning(clusterId, library)));
        } else if (change.current() == ClusterState.TERMINATED) {
            libraries.update(clusterId, LibraryRegistry::resetForNextStart);
        }
    }

    /** A stopped cluster has nothing installed: what was installed waits for the next start, what was uninstalled is gone. */
    private static ObjectNode resetForNextStart(ObjectNode doc) {
        ArrayNode statuses = doc.withArray("library_statuses");
        for (int i = statuses.size() - 1; i >= 0; i--) {
            ObjectNode status = (ObjectNode) statuses.get(i);
            String value = status.path("status").asText();
            if (LibraryStatus.UNINSTALL_ON_RESTART.name().equals(value)) {
                statuses.remove(i);
            } else if (!LibraryStatus.FAILED.name().equals(value)) {
                status.put("status", LibraryStatus.PENDING.name());
                status.remove("messages");
            }
        }
        return doc;
    }

    private void recoverAfterRestart() {
        for (ObjectNode doc : libraries.list()) {
            String clusterId = doc.path("cluster_id").asText();
            if (clusters.find(clusterId).isEmpty()) {
                libraries.remove(clusterId);
            } else {
                libraries.update(clusterId, LibraryRegistry::resetForNextStart);
            }
        }
    }

    private boolean setStatus(String clusterId, JsonNode library, LibraryStatus from, LibraryStatus to, String message) {
        if (context.closed()) {
            return false;
        }
        boolean[] changed = {false};
        libraries.update(clusterId, doc -> {
            find(doc.withArray("library_statuses"), library).ifPresent(status -> {
                if (from.name().equals(status.path("status").asText())) {
                    status.put("status", to.name());
                    status.remove("messages");
                    if (message != null) {
                        status.putArray("messages").add(message);
                    }
                    changed[0] = true;
                }
            });
            return doc;
        });
        if (!changed[0]) {
            LOG.debug("Library {} on {} was not {} any more", library, clusterId, from);
        }
        return changed[0];
    }

    private List<JsonNode> statuses(String clusterId) {
        List<JsonNode> result = new ArrayList<>();
        libraries.get(clusterId).ifPresent(doc -> doc.path("library_statuses").forEach(result::add));
        return result;
    }

    private void ensureDocument(String clusterId) {
        ObjectNode doc = Json.object().put("cluster_id", clusterId);
        doc.putArray("library_statuses");
        libraries.putIfAbsent(clusterId, doc);
    }

    private static Optional<ObjectNode> find(ArrayNode statuses, JsonNode library) {
        for (JsonNode status : statuses) {
            if (status.path("library").equals(library)) {
                return Optional.of((ObjectNode) status);
            }
        }
        return Optional.empty();
    }
}
