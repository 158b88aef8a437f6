package dev.lakeroute.dblocal.controlplane.libraries;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.core.DatabricksError;
import com.databricks.sdk.service.compute.ClusterLibraryStatuses;
import com.databricks.sdk.service.compute.CreateCluster;
import com.databricks.sdk.service.compute.InstallLibraries;
import com.databricks.sdk.service.compute.Library;
import com.databricks.sdk.service.compute.LibraryFullStatus;
import com.databricks.sdk.service.compute.LibraryInstallStatus;
import com.databricks.sdk.service.compute.MavenLibrary;
import com.databricks.sdk.service.compute.PythonPyPiLibrary;
import com.databricks.sdk.service.compute.UninstallLibraries;
import dev.lakeroute.dblocal.DatabricksLocal;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import dev.lakeroute.dblocal.runtime.ClusterLaunch;
import dev.lakeroute.dblocal.runtime.ClusterRuntime;
import dev.lakeroute.dblocal.testing.QuickWaits;
import com.databricks.sdk.service.compute.State;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class LibrariesApiTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();

    private static WorkspaceClient w;

    @BeforeAll
    static void client() {
        w = new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(local.token()));
    }

    private static String runningCluster(WorkspaceClient client, String name) throws Exception {
        return QuickWaits.runningCluster(client, new CreateCluster().setClusterName(name).setSparkVersion("15.4.x-scala2.12")
                .setNodeTypeId("i3.xlarge").setNumWorkers(0L));
    }

    private static Path dbfsFile(DatabricksLocal server, String path) throws IOException {
        Path file = server.dataDir().resolve("dbfs").resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[]{'P', 'K', 3, 4});
        return file;
    }

    private static List<LibraryFullStatus> statuses(WorkspaceClient client, String clusterId) {
        List<LibraryFullStatus> result = new ArrayList<>();
        client.libraries().clusterStatus(clusterId).forEach(result::add);
        return result;
    }

    private static LibraryInstallStatus statusOf(WorkspaceClient client, String clusterId, Library library) {
        return statuses(client, clusterId).stream().filter(s -> s.getLibrary().equals(library)).findFirst()
                .map(LibraryFullStatus::getStatus).orElse(null);
    }

    @Test
    void jarsOnARunningClusterInstallAndMissingOnesFail() throws Exception {
        String clusterId = runningCluster(w, "libs");
        dbfsFile(local.server(), "libs/present.jar");
        Library present = new Library().setJar("dbfs:/libs/present.jar");
        Library missing = new Library().setJar("dbfs:/libs/missing.jar");
        Library pypi = new Library().setPypi(new PythonPyPiLibrary().setPackage("requests"));
        w.libraries().install(new InstallLibraries().setClusterId(clusterId).setLibraries(List.of(present, missing, pypi)));

        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(w, clusterId, present) == LibraryInstallStatus.INSTALLED
                && statusOf(w, clusterId, missing) == LibraryInstallStatus.FAILED
                && statusOf(w, clusterId, pypi) == LibraryInstallStatus.FAILED);
        LibraryFullStatus failed = statuses(w, clusterId).stream().filter(s -> s.getLibrary().equals(missing)).findFirst().orElseThrow();
        assertThat(failed.getMessages()).anySatisfy(m -> assertThat(m).contains("dbfs:/libs/missing.jar does not exist"));
        LibraryFullStatus python = statuses(w, clusterId).stream().filter(s -> s.getLibrary().equals(pypi)).findFirst().orElseThrow();
        assertThat(python.getMessages()).anySatisfy(m -> assertThat(m).contains("not supported by databricks-local"));

        w.libraries().uninstall(new UninstallLibraries().setClusterId(clusterId).setLibraries(List.of(present)));
        assertThat(statusOf(w, clusterId, present)).isEqualTo(LibraryInstallStatus.UNINSTALL_ON_RESTART);
        assertThat(statuses(w, clusterId).get(statuses(w, clusterId).size() - 1).getLibrary()).isEqualTo(present);

        List<ClusterLibraryStatuses> all = new ArrayList<>();
        w.libraries().allClusterStatuses().forEach(all::add);
        assertThat(all).anySatisfy(s -> assertThat(s.getClusterId()).isEqualTo(clusterId));

        w.clusters().delete(clusterId);
        QuickWaits.cluster(w, clusterId, State.TERMINATED);
        assertThat(statusOf(w, clusterId, present)).isNull();
    }

    @Test
    void mavenCoordinatesResolveFromTheServersMavenRepository(@TempDir Path dir) throws Exception {
        // A repository of the test's own, handed to the server: nothing depends on what ~/.m2 or -Dmaven.repo.local hold.
        Path repository = dir.resolve("repository");
        Path jar = repository.resolve("com/example/greeting/1.2.0/greeting-1.2.0.jar");
        Files.createDirectories(jar.getParent());
        Files.write(jar, new byte[]{'P', 'K', 3, 4});
        try (DatabricksLocal server = DatabricksLocal.builder().dataDir(dir.resolve("data")).mavenRepository(repository)
                .clusterStartDelay(Duration.ofMillis(50)).start()) {
            WorkspaceClient client = new WorkspaceClient(new DatabricksConfig().setHost(server.url()).setToken(server.token()));
            String clusterId = runningCluster(client, "maven");
            Library known = new Library().setMaven(new MavenLibrary().setCoordinates("com.example:greeting:1.2.0"));
            Library unknown = new Library().setMaven(new MavenLibrary().setCoordinates("com.example.nothere:nothing:9.9.9"));
            client.libraries().install(new InstallLibraries().setClusterId(clusterId).setLibraries(List.of(known, unknown)));

            await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(client, clusterId, known) == LibraryInstallStatus.INSTALLED
                    && statusOf(client, clusterId, unknown) == LibraryInstallStatus.FAILED);
            assertThat(statuses(client, clusterId).stream().filter(s -> s.getLibrary().equals(unknown)).findFirst().orElseThrow().getMessages())
                    .anySatisfy(m -> assertThat(m).contains("not found in the local Maven repository (" + repository + ")"));
        }
    }

    @Test
    void unknownClustersAreInvalidParameterValues() {
        RawHttp http = RawHttp.bearer(local.url(), local.token());
        RawHttp.Reply reply = http.get("/api/2.0/libraries/cluster-status?cluster_id=0000-000000-missing1");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
        assertThatThrownBy(() -> w.libraries().install(new InstallLibraries().setClusterId("0000-000000-missing1")
                .setLibraries(List.of(new Library().setJar("dbfs:/x.jar")))))
                .isInstanceOfSatisfying(DatabricksError.class, e -> assertThat(e.getErrorCode()).isEqualTo("INVALID_PARAMETER_VALUE"));
        RawHttp.Reply bad = http.post("/api/2.0/libraries/install", "{\"cluster_id\":\"x\",\"libraries\":[{\"jar\":\"a\",\"whl\":\"b\"}]}");
        assertThat(bad.status()).isEqualTo(400);
    }

    @Test
    void librariesOfAStoppedClusterWaitAndReachTheDriverOnNextStart(@TempDir Path dir) throws Exception {
        List<ClusterLaunch> launches = new CopyOnWriteArrayList<>();
        ClusterRuntime recording = new ClusterRuntime() {
            @Override
            public CompletableFuture<Void> start(ClusterLaunch launch) {
                launches.add(launch);
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public CompletableFuture<Void> stop(String clusterId) {
                return CompletableFuture.completedFuture(null);
            }
        };
        try (DatabricksLocal server = DatabricksLocal.builder().dataDir(dir).clusterStartDelay(Duration.ofMillis(50))
                .clusterStopDelay(Duration.ofMillis(50)).clusterRuntime((settings, store) -> recording).start()) {
            WorkspaceClient client = new WorkspaceClient(new DatabricksConfig().setHost(server.url()).setToken(server.token()));
            String clusterId = runningCluster(client, "later");
            client.clusters().delete(clusterId);
        QuickWaits.cluster(client, clusterId, State.TERMINATED);
            Path jar = dbfsFile(server, "jars/app.jar");
            Library library = new Library().setJar("dbfs:/jars/app.jar");
            client.libraries().install(new InstallLibraries().setClusterId(clusterId).setLibraries(List.of(library)));
            assertThat(statusOf(client, clusterId, library)).isEqualTo(LibraryInstallStatus.PENDING);

            client.clusters().start(clusterId);
            QuickWaits.cluster(client, clusterId, State.RUNNING);
            await().atMost(Duration.ofSeconds(5)).until(() -> statusOf(client, clusterId, library) == LibraryInstallStatus.INSTALLED);
            assertThat(launches.get(launches.size() - 1).jars()).containsExactly(jar);
        }
    }
}
