package dev.lakeroute.dblocal.controlplane.dbfs;

import dev.lakeroute.dblocal.DatabricksLocal;
import dev.lakeroute.dblocal.http.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way out of the DBFS, volume and workspace roots we know of — dot-dot, its percent-encoded and
 * double-encoded forms, backslashes, NUL, and a symbolic link inside the root pointing outside — is
 * answered 400 or 404, and nothing outside the roots is read, written, listed or deleted.
 */
class PathTraversalTest {
    private static final String SECRET = "top secret";

    @TempDir
    static Path sandbox;
    private static Path outside;
    private static DatabricksLocal local;
    private static RawHttp http;
    private static Map<String, String> before;

    @BeforeAll
    static void start() throws IOException {
        outside = Files.createDirectories(sandbox.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), SECRET);
        local = DatabricksLocal.builder().dataDir(sandbox.resolve("data")).start();
        http = RawHttp.bearer(local.url(), local.token());
        Path dbfs = local.dataDir().resolve("dbfs");
        Files.createSymbolicLink(dbfs.resolve("escape"), outside);
        Path volume = Files.createDirectories(dbfs.resolve("Volumes/c/s/v"));
        Files.createSymbolicLink(volume.resolve("escape"), outside);
        Files.writeString(volume.resolve("inside.txt"), "inside");
        Files.createSymbolicLink(local.dataDir().resolve("workspace/escape"), outside);
        before = snapshot(outside);
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    @AfterEach
    void nothingOutsideChanged() throws IOException {
        assertThat(snapshot(outside)).isEqualTo(before);
        assertThat(snapshot(sandbox).keySet()).allMatch(path -> path.startsWith("data/") || path.startsWith("outside/"));
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static final List<String> DBFS_ATTACKS = List.of(
            "/../outside/secret.txt",
            "/a/../../outside/secret.txt",
            "dbfs:/../outside/secret.txt",
            "/./escape/secret.txt",
            "/%2e%2e/outside/secret.txt",
            "/%2E%2E%2Foutside%2Fsecret.txt",
            "/..%2foutside/secret.txt",
            "/%252e%252e/outside/secret.txt",
            "/%25252e%25252e/outside/secret.txt",
            "/..\\outside\\secret.txt",
            "\\..\\outside\\secret.txt",
            "/x\u0000/../../outside",
            "/escape/secret.txt",
            "/escape",
            "/escape/new.txt",
            "/Volumes/c/s/v/escape/secret.txt");

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\u0000", "\\u0000") + "\"";
    }

    private static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void assertRefused(RawHttp.Reply reply, String attempt) {
        assertThat(reply.status()).as("%s → %s", attempt, reply.body()).isIn(400, 404);
    }

    @Test
    void dbfsRefusesEveryTraversal() {
        String payload = Base64.getEncoder().encodeToString("pwned".getBytes(StandardCharsets.UTF_8));
        for (String attack : DBFS_ATTACKS) {
            assertRefused(http.get("/api/2.0/dbfs/get-status?path=" + query(attack)), attack);
            assertRefused(http.get("/api/2.0/dbfs/list?path=" + query(attack)), attack);
            assertRefused(http.get("/api/2.0/dbfs/read?path=" + query(attack)), attack);
            assertRefused(http.post("/api/2.0/dbfs/put", "{\"path\":" + json(attack) + ",\"contents\":\"" + payload + "\",\"overwrite\":true}"), attack);
            assertRefused(http.post("/api/2.0/dbfs/create", "{\"path\":" + json(attack) + ",\"overwrite\":true}"), attack);
            assertRefused(http.post("/api/2.0/dbfs/mkdirs", "{\"path\":" + json(attack + "/sub") + "}"), attack);
            assertRefused(http.post("/api/2.0/dbfs/delete", "{\"path\":" + json(attack) + ",\"recursive\":true}"), attack);
            assertRefused(http.post("/api/2.0/dbfs/move", "{\"source_path\":" + json(attack) + ",\"destination_path\":\"/stolen\"}"), attack);
            assertRefused(http.post("/api/2.0/dbfs/move", "{\"source_path\":\"/Volumes/c/s/v/inside.txt\",\"destination_path\":" + json(attack) + "}"), attack);
        }
        assertThat(http.get("/api/2.0/dbfs/get-status?path=/Volumes/c/s/v/inside.txt").status()).isEqualTo(200);
        assertThat(http.get("/api/2.0/dbfs/list?path=/").body()).doesNotContain("escape");
    }

    @Test
    void filesApiRefusesEveryTraversal() {
        List<String> attacks = List.of(
                "/Volumes/c/s/v/../../../../../outside/secret.txt",
                "/Volumes/c/s/v/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/outside/secret.txt",
                "/Volumes/c/s/v/..%2f..%2f..%2f..%2f..%2foutside%2fsecret.txt",
                "/Volumes/c/s/v/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2foutside%2fsecret.txt",
                "/Volumes/c/s/v/%252e%252e/%252e%252e/%252e%252e/%252e%252e/%252e%252e/outside/secret.txt",
                "/Volumes/c/s/v/%5c..%5c..%5c..%5c..%5c..%5coutside%5csecret.txt",
                "/Volumes/c/s/v/a%00/secret.txt",
                "/Volumes/c/s/v/escape/secret.txt",
                "/Volumes/c/s/v/escape/new.txt",
                "/Volumes/c/s/v/escape");
        for (String attack : attacks) {
            String files = "/api/2.0/fs/files" + attack;
            String directories = "/api/2.0/fs/directories" + attack;
            assertRefused(http.get(files), attack);
            assertRefused(http.send(http.request(files).method("HEAD", HttpRequest.BodyPublishers.noBody()).build()), attack);
            assertRefused(http.send(http.request(files).PUT(HttpRequest.BodyPublishers.ofString("pwned")).build()), attack);
            assertRefused(http.delete(files), attack);
            assertRefused(http.get(directories), attack);
            assertRefused(http.send(http.request(directories + "/sub").PUT(HttpRequest.BodyPublishers.noBody()).build()), attack);
            assertRefused(http.delete(directories), attack);
        }
        assertThat(http.get("/api/2.0/fs/directories/Volumes/c/s/v").body()).contains("inside.txt").doesNotContain("escape");
    }

    @Test
    void workspaceRefusesEveryTraversal() {
        String content = Base64.getEncoder().encodeToString("print('pwned')".getBytes(StandardCharsets.UTF_8));
        List<String> attacks = List.of("/../outside/nb", "/Users/../../outside/nb", "/%2e%2e/outside/nb", "/..%2foutside/nb",
                "/%252e%252e/outside/nb", "/..\\outside\\nb", "/escape/secret.txt", "/escape/nb", "/escape", "/Workspace/../outside/nb");
        for (String attack : attacks) {
            assertRefused(http.post("/api/2.0/workspace/import", "{\"path\":" + json(attack) + ",\"format\":\"SOURCE\",\"language\":\"PYTHON\","
                    + "\"content\":\"" + content + "\",\"overwrite\":true}"), attack);
            assertRefused(http.get("/api/2.0/workspace/export?path=" + query(attack)), attack);
            assertRefused(http.get("/api/2.0/workspace/get-status?path=" + query(attack)), attack);
            assertRefused(http.get("/api/2.0/workspace/list?path=" + query(attack)), attack);
            assertRefused(http.post("/api/2.0/workspace/mkdirs", "{\"path\":" + json(attack + "/sub") + "}"), attack);
            assertRefused(http.post("/api/2.0/workspace/delete", "{\"path\":" + json(attack) + ",\"recursive\":true}"), attack);
        }
        assertThat(http.get("/api/2.0/workspace/list?path=/").body()).doesNotContain("escape");
    }

    @Test
    void theSharedResolverRefusesWhatTheExecutionPlaneMightBeHanded() {
        SafePaths dbfs = new SafePaths(local.dataDir().resolve("dbfs"));
        assertThat(dbfs.resolveDbfs("dbfs:/Volumes/c/s/v/inside.txt")).isEqualTo(local.dataDir().resolve("dbfs/Volumes/c/s/v/inside.txt"));
        assertThat(dbfs.resolveDbfs("dbfs:///a//b/")).isEqualTo(local.dataDir().resolve("dbfs/a/b"));
        for (String attack : DBFS_ATTACKS) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> dbfs.resolveDbfs(attack)).as(attack)
                    .isInstanceOf(dev.lakeroute.dblocal.http.ApiException.class);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dbfs.resolveDbfs("dbfs://host/x")).isInstanceOf(dev.lakeroute.dblocal.http.ApiException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dbfs.resolveDbfs("relative/x")).isInstanceOf(dev.lakeroute.dblocal.http.ApiException.class);
    }
}
