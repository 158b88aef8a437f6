package dev.lakeroute.dblocal.controlplane.files;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.core.error.platform.NotFound;
import com.databricks.sdk.service.files.CreateDirectoryRequest;
import com.databricks.sdk.service.files.DirectoryEntry;
import com.databricks.sdk.service.files.DownloadResponse;
import com.databricks.sdk.service.files.ListDirectoryContentsRequest;
import com.databricks.sdk.service.files.UploadRequest;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilesApiTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();

    private WorkspaceClient workspace;
    private RawHttp http;
    private String volume;

    @BeforeEach
    void setUp() {
        workspace = new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(local.token()));
        http = RawHttp.bearer(local.url(), local.token());
        volume = "/Volumes/main/files_test/vol_" + UUID.randomUUID().toString().replace("-", "");
    }

    private RawHttp.Reply upload(String path, String body, String query) {
        return http.send(http.request("/api/2.0/fs/files" + path + query)
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void sdkUploadsDownloadsAndListsVolumeFiles() throws Exception {
        byte[] data = new byte[3 * 1024 * 1024 + 5];
        new Random(7).nextBytes(data);
        String path = volume + "/dir with space/data.bin";

        workspace.files().upload(new UploadRequest().setFilePath(path).setContents(new ByteArrayInputStream(data)));

        DownloadResponse download = workspace.files().download(path);
        try (InputStream contents = download.getContents()) {
            assertThat(contents.readAllBytes()).isEqualTo(data);
        }
        assertThat(download.getContentLength()).isEqualTo(data.length);
        assertThat(download.getContentType()).isEqualTo("application/octet-stream");
        assertThat(download.getLastModified()).endsWith("GMT");
        assertThat(workspace.files().getMetadata(path).getContentLength()).isEqualTo(data.length);

        workspace.files().createDirectory(new CreateDirectoryRequest().setDirectoryPath(volume + "/empty"));
        List<DirectoryEntry> entries = new ArrayList<>();
        workspace.files().listDirectoryContents(volume).forEach(entries::add);
        assertThat(entries).extracting(DirectoryEntry::getName).containsExactly("dir with space", "empty");
        assertThat(entries).allMatch(DirectoryEntry::getIsDirectory);

        List<DirectoryEntry> inner = new ArrayList<>();
        workspace.files().listDirectoryContents(volume + "/dir with space").forEach(inner::add);
        assertThat(inner).singleElement().satisfies(entry -> {
            assertThat(entry.getPath()).isEqualTo(path);
            assertThat(entry.getFileSize()).isEqualTo(data.length);
            assertThat(entry.getIsDirectory()).isFalse();
        });

        // Volume files live in DBFS too, where Spark reads them.
        assertThat(http.get("/api/2.0/dbfs/get-status?path=dbfs:" + path.replace(" ", "%20")).json().path("file_size").asLong()).isEqualTo(data.length);

        workspace.files().deleteDirectory(volume + "/empty");
        workspace.files().delete(path);
        assertThatThrownBy(() -> workspace.files().getMetadata(path)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> workspace.files().getDirectoryMetadata(volume + "/empty")).isInstanceOf(NotFound.class);
    }

    @Test
    void listingPagesWithPageTokens() {
        for (int i = 0; i < 5; i++) {
            assertThat(upload(volume + "/paged/f" + i, "x", "").status()).isEqualTo(204);
        }
        List<DirectoryEntry> all = new ArrayList<>();
        workspace.files().listDirectoryContents(new ListDirectoryContentsRequest().setDirectoryPath(volume + "/paged").setPageSize(2L))
                .forEach(all::add);
        assertThat(all).extracting(DirectoryEntry::getName).containsExactly("f0", "f1", "f2", "f3", "f4");

        RawHttp.Reply first = http.get("/api/2.0/fs/directories" + volume + "/paged?page_size=2");
        assertThat(first.json().path("contents")).hasSize(2);
        assertThat(first.json().path("next_page_token").asText()).isNotEmpty();
    }

    @Test
    void rangeRequestsAnswerPartialContent() {
        upload(volume + "/range.txt", "0123456789", "");
        HttpResponse<String> partial = http.send(http.request("/api/2.0/fs/files" + volume + "/range.txt").header("Range", "bytes=2-5").GET().build()).response();
        assertThat(partial.statusCode()).isEqualTo(206);
        assertThat(partial.body()).isEqualTo("2345");
        assertThat(partial.headers().firstValue("Content-Range")).contains("bytes 2-5/10");

        assertThat(http.send(http.request("/api/2.0/fs/files" + volume + "/range.txt").header("Range", "bytes=-3").GET().build()).body()).isEqualTo("789");
        assertThat(http.send(http.request("/api/2.0/fs/files" + volume + "/range.txt").header("Range", "bytes=20-").GET().build()).status()).isEqualTo(416);

        HttpResponse<String> head = http.send(http.request("/api/2.0/fs/files" + volume + "/range.txt").method("HEAD", HttpRequest.BodyPublishers.noBody()).build()).response();
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("content-length")).contains("10");
        assertThat(head.headers().firstValue("content-type")).contains("application/octet-stream");
        assertThat(head.headers().firstValue("last-modified")).isPresent();
    }

    @Test
    void overwriteFalseRefusesAnExistingFileAndKeepsIt() {
        assertThat(upload(volume + "/keep.txt", "first", "").status()).isEqualTo(204);
        RawHttp.Reply refused = upload(volume + "/keep.txt", "second", "?overwrite=false");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorCode()).isEqualTo("ALREADY_EXISTS");
        assertThat(http.get("/api/2.0/fs/files" + volume + "/keep.txt").body()).isEqualTo("first");
        assertThat(upload(volume + "/keep.txt", "second", "?overwrite=true").status()).isEqualTo(204);
        assertThat(http.get("/api/2.0/fs/files" + volume + "/keep.txt").body()).isEqualTo("second");
    }

    @Test
    void errorsForMissingPathsNonEmptyDirectoriesAndNonVolumePaths() {
        RawHttp.Reply missing = http.get("/api/2.0/fs/files" + volume + "/missing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(http.delete("/api/2.0/fs/files" + volume + "/missing").status()).isEqualTo(404);
        assertThat(http.get("/api/2.0/fs/directories" + volume + "/missing").status()).isEqualTo(404);

        upload(volume + "/full/file", "x", "");
        RawHttp.Reply notEmpty = http.delete("/api/2.0/fs/directories" + volume + "/full");
        assertThat(notEmpty.status()).isEqualTo(400);
        assertThat(notEmpty.errorCode()).isEqualTo("DIRECTORY_NOT_EMPTY");
        assertThat(http.get("/api/2.0/fs/files" + volume + "/full").status()).isEqualTo(400);

        RawHttp.Reply outsideVolumes = upload("/tmp/elsewhere.txt", "x", "");
        assertThat(outsideVolumes.status()).isEqualTo(400);
        assertThat(outsideVolumes.json().path("message").asText()).contains("/Volumes/<catalog>/<schema>/<volume>");
        assertThat(upload("/Volumes/only/two", "x", "").status()).isEqualTo(400);
    }

    @Test
    void largeUploadStreamsToDiskBeyondTheJsonBodyLimit() throws Exception {
        long size = 96L * 1024 * 1024;
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        InputStream generated = new InputStream() {
            private final Random random = new Random(1);
            private long remaining = size;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (remaining == 0) {
                    return -1;
                }
                int n = (int) Math.min(length, remaining);
                byte[] chunk = new byte[n];
                random.nextBytes(chunk);
                System.arraycopy(chunk, 0, buffer, offset, n);
                sent.update(chunk);
                remaining -= n;
                return n;
            }
        };
        RawHttp.Reply reply = http.send(http.request("/api/2.0/fs/files" + volume + "/big.bin")
                .PUT(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> generated), size)).build());
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);

        java.nio.file.Path stored = local.server().dataDir().resolve("dbfs" + volume + "/big.bin");
        assertThat(Files.size(stored)).isEqualTo(size);
        MessageDigest received = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(stored)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                received.update(buffer, 0, n);
            }
        }
        assertThat(HexFormat.of().formatHex(received.digest())).isEqualTo(HexFormat.of().formatHex(sent.digest()));
        Files.delete(stored);
    }

    @Test
    void uploadCreatesParentDirectories() {
        assertThat(upload(volume + "/a/b/c/d.txt", "deep", "").status()).isEqualTo(204);
        assertThat(http.send(http.request("/api/2.0/fs/directories" + volume + "/a/b/c").method("HEAD", HttpRequest.BodyPublishers.noBody()).build()).status())
                .isEqualTo(200);
        assertThat(new String(http.get("/api/2.0/fs/files" + volume + "/a/b/c/d.txt").body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo("deep");
    }
}
