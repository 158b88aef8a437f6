package dev.lakeroute.dblocal.controlplane.workspace;

import dev.lakeroute.dblocal.DatabricksLocal;
import dev.lakeroute.dblocal.http.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** DBFS files, volume files, workspace objects (with their ids and languages) and repos survive a restart. */
class StoragePersistenceTest {
    private static final String NOTEBOOK = "# Databricks notebook source\nprint('kept')\n";

    @TempDir
    Path dataDir;

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void filesWorkspaceObjectsAndReposSurviveARestart() {
        long notebookId;
        long folderId;
        long repoId;
        try (DatabricksLocal first = DatabricksLocal.builder().dataDir(dataDir).token("dapi-persist").start()) {
            RawHttp http = RawHttp.bearer(first.url(), "dapi-persist");
            assertThat(http.post("/api/2.0/dbfs/put", "{\"path\":\"dbfs:/kept/a.txt\",\"contents\":\"" + b64("dbfs bytes") + "\"}").status()).isEqualTo(200);
            assertThat(http.send(http.request("/api/2.0/fs/files/Volumes/main/default/vol/b.txt")
                    .PUT(HttpRequest.BodyPublishers.ofString("volume bytes")).build()).status()).isEqualTo(204);
            assertThat(http.post("/api/2.0/workspace/mkdirs", "{\"path\":\"/Shared/kept\"}").status()).isEqualTo(200);
            assertThat(http.post("/api/2.0/workspace/import", "{\"path\":\"/Shared/kept/nb\",\"format\":\"SOURCE\",\"language\":\"PYTHON\",\"content\":\""
                    + b64(NOTEBOOK) + "\"}").status()).isEqualTo(200);
            notebookId = http.get("/api/2.0/workspace/get-status?path=/Shared/kept/nb").json().path("object_id").asLong();
            folderId = http.get("/api/2.0/workspace/get-status?path=/Shared/kept").json().path("object_id").asLong();
            repoId = http.post("/api/2.0/repos", "{\"url\":\"https://github.com/o/r.git\",\"provider\":\"gitHub\",\"path\":\"/Repos/me/r\"}")
                    .json().path("id").asLong();
        }

        try (DatabricksLocal second = DatabricksLocal.builder().dataDir(dataDir).token("dapi-persist").start()) {
            RawHttp http = RawHttp.bearer(second.url(), "dapi-persist");
            String dbfs = http.get("/api/2.0/dbfs/read?path=/kept/a.txt").json().path("data").asText();
            assertThat(new String(Base64.getDecoder().decode(dbfs), StandardCharsets.UTF_8)).isEqualTo("dbfs bytes");
            assertThat(http.get("/api/2.0/fs/files/Volumes/main/default/vol/b.txt").body()).isEqualTo("volume bytes");

            RawHttp.Reply status = http.get("/api/2.0/workspace/get-status?path=/Shared/kept/nb");
            assertThat(status.json().path("object_id").asLong()).isEqualTo(notebookId);
            assertThat(status.json().path("language").asText()).isEqualTo("PYTHON");
            assertThat(http.get("/api/2.0/workspace/get-status?path=/Shared/kept").json().path("object_id").asLong()).isEqualTo(folderId);
            String exported = http.get("/api/2.0/workspace/export?path=/Shared/kept/nb").json().path("content").asText();
            assertThat(new String(Base64.getDecoder().decode(exported), StandardCharsets.UTF_8)).isEqualTo(NOTEBOOK);

            assertThat(http.get("/api/2.0/repos/" + repoId).json().path("path").asText()).isEqualTo("/Repos/me/r");
            assertThat(http.get("/api/2.0/workspace/get-status?path=/Repos/me/r").json().path("object_type").asText()).isEqualTo("REPO");
        }
    }
}
