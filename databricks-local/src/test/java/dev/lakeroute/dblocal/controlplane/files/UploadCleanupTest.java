package dev.lakeroute.dblocal.controlplane.files;

import dev.lakeroute.dblocal.DatabricksLocal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Upload scratch files never outlive their upload: not after a dropped connection, not after a killed server. */
class UploadCleanupTest {
    private static final String VOLUME = "/Volumes/main/cleanup/vol";

    @TempDir
    Path dataDir;

    @Test
    void partFilesLeftByAKilledServerAreDeletedWhenItStartsOnTheSameDataDir() throws IOException {
        Path tmp = Files.createDirectories(dataDir.resolve("tmp"));
        Files.write(tmp.resolve("fs-upload-4711.part"), new byte[1024]);
        Files.write(tmp.resolve("dbfs-upload-4712.part"), new byte[1024]);
        Files.write(tmp.resolve("workspace-4713.part"), new byte[16]);
        Files.write(Files.createDirectories(tmp.resolve("job-runs/17")).resolve("output.log"), new byte[16]);
        Files.write(Files.createDirectories(dataDir.resolve("dbfs/kept")).resolve("data.txt"), new byte[] {1});

        try (DatabricksLocal ignored = DatabricksLocal.builder().dataDir(dataDir).start()) {
            assertThat(entries(tmp)).isEmpty();
            assertThat(dataDir.resolve("dbfs/kept/data.txt")).exists();
        }
    }

    @Test
    void filesUploadWhoseConnectionDropsMidBodyLeavesNoPartFileAndNoTarget() throws Exception {
        try (DatabricksLocal local = DatabricksLocal.builder().dataDir(dataDir).start()) {
            String path = VOLUME + "/dropped.bin";
            dropMidBody(local, "PUT /api/2.0/fs/files" + path, "application/octet-stream");

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(entries(dataDir.resolve("tmp"))).isEmpty());
            assertThat(dataDir.resolve("dbfs" + path)).doesNotExist();
        }
    }

    @Test
    void dbfsMultipartPutWhoseConnectionDropsMidBodyLeavesNoPartFileAndNoTarget() throws Exception {
        try (DatabricksLocal local = DatabricksLocal.builder().dataDir(dataDir).start()) {
            dropMidBody(local, "POST /api/2.0/dbfs/put", "multipart/form-data; boundary=XyZ",
                    "--XyZ\r\nContent-Disposition: form-data; name=\"path\"\r\n\r\n/dropped.bin\r\n"
                            + "--XyZ\r\nContent-Disposition: form-data; name=\"contents\"; filename=\"dropped.bin\"\r\n"
                            + "Content-Type: application/octet-stream\r\n\r\n");

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(entries(dataDir.resolve("tmp"))).isEmpty());
            assertThat(dataDir.resolve("dbfs/dropped.bin")).doesNotExist();
        }
    }

    private void dropMidBody(DatabricksLocal local, String requestLine, String contentType) throws Exception {
        dropMidBody(local, requestLine, contentType, "");
    }

    /** Announces 12 MB (below the JSON body limit, so multipart bodies are read too), sends 4 MB once the server has started writing a part file, then closes the socket. */
    private void dropMidBody(DatabricksLocal local, String requestLine, String contentType, String preamble) throws Exception {
        URI url = URI.create(local.url());
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + " HTTP/1.1\r\n"
                    + "Host: " + url.getHost() + "\r\n"
                    + "Authorization: Bearer " + local.token() + "\r\n"
                    + "Content-Type: " + contentType + "\r\n"
                    + "Content-Length: " + (12L * 1024 * 1024) + "\r\n\r\n"
                    + preamble).getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < 64; i++) {
                out.write(chunk);
            }
            out.flush();
            await().atMost(Duration.ofSeconds(10)).until(() -> !entries(dataDir.resolve("tmp")).isEmpty());
        }
    }

    private static List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
