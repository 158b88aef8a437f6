package dev.lakeroute.benchmarks;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.service.files.UploadRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * B3's child JVM, one side per process: {@code FileTransferClient route|sdk|raw URL TOKEN SOURCE_FILE WORK_DIR}
 * puts SOURCE_FILE to DBFS and reads it back, then uploads it with the Files API and downloads it, each
 * timed, and checks the bytes read back by SHA-256. Live heap (after-GC samples) is tracked through all four.
 * Prints {@code RESULT dbfs_put_ms= dbfs_read_ms= files_upload_ms= files_download_ms= identical= heap_growth_mb=}.
 */
public final class FileTransferClient {
    private static final int BLOCK = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private FileTransferClient() {
    }

    interface Transfers {
        void dbfsPut(Path source, String path) throws Exception;

        void dbfsRead(String path, Path target) throws Exception;

        void filesUpload(Path source, String path) throws Exception;

        void filesDownload(String path, Path target) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        String side = args[0];
        String url = args[1];
        String token = args[2];
        Path source = Path.of(args[3]);
        Path work = Files.createDirectories(Path.of(args[4]).resolve(side));
        String dbfsPath = "/bench/b3-" + side + ".bin";
        String volumePath = "/Volumes/main/default/bench/b3-" + side + ".bin";
        CamelContext camel = null;
        Transfers transfers;
        if (side.equals("route")) {
            camel = Components.camel("b3", url, token);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // Stream caching off, as the component's README says to for large stream bodies.
                    from("direct:dbfsPut").streamCache(false).toD("databricks:dbfs/put?path=${header.path}&overwrite=true");
                    from("direct:dbfsRead").streamCache(false).toD("databricks:dbfs/read?path=${header.path}&localPath=${header.target}");
                    from("direct:filesUpload").streamCache(false).toD("databricks:fs/files/upload?param.file_path=${header.path}&overwrite=true");
                    from("direct:filesDownload").streamCache(false).toD("databricks:fs/files/download?param.file_path=${header.path}&localPath=${header.target}");
                }
            });
            camel.start();
            transfers = route(camel.createProducerTemplate());
        } else if (side.equals("sdk")) {
            transfers = sdk(new WorkspaceClient(new DatabricksConfig().setHost(url).setToken(token)));
        } else {
            transfers = raw(url, token);
        }
        Path dbfsCopy = work.resolve("dbfs-copy.bin");
        Path filesCopy = work.resolve("files-copy.bin");
        String expected = sha256(source);
        long dbfsPut;
        long dbfsRead;
        long filesUpload;
        long filesDownload;
        Sampler sampler = new Sampler(thread -> false, 500);
        try {
            long start = System.nanoTime();
            transfers.dbfsPut(source, dbfsPath);
            dbfsPut = System.nanoTime() - start;
            start = System.nanoTime();
            transfers.dbfsRead(dbfsPath, dbfsCopy);
            dbfsRead = System.nanoTime() - start;
            start = System.nanoTime();
            transfers.filesUpload(source, volumePath);
            filesUpload = System.nanoTime() - start;
            start = System.nanoTime();
            transfers.filesDownload(volumePath, filesCopy);
            filesDownload = System.nanoTime() - start;
        } finally {
            sampler.close();
        }
        boolean identical = expected.equals(sha256(dbfsCopy)) && expected.equals(sha256(filesCopy));
        Files.deleteIfExists(dbfsCopy);
        Files.deleteIfExists(filesCopy);
        if (camel != null) {
            camel.close();
        }
        System.out.println(String.format(Locale.ROOT, "RESULT dbfs_put_ms=%d dbfs_read_ms=%d files_upload_ms=%d files_download_ms=%d identical=%b heap_growth_mb=%.1f",
                dbfsPut / 1_000_000, dbfsRead / 1_000_000, filesUpload / 1_000_000, filesDownload / 1_000_000, identical,
                (sampler.peakHeap() - sampler.baselineHeap()) / 1048576.0));
        System.exit(0);
    }

    private static Transfers route(ProducerTemplate template) {
        return new Transfers() {
            @Override
            public void dbfsPut(Path source, String path) {
                template.requestBodyAndHeader("direct:dbfsPut", source.toFile(), "path", path);
            }

            @Override
            public void dbfsRead(String path, Path target) {
                template.send("direct:dbfsRead", exchange -> {
                    exchange.getIn().setHeader("path", path);
                    exchange.getIn().setHeader("target", target.toString());
                }).getMessage();
                if (!Files.exists(target)) {
                    throw new IllegalStateException("dbfs/read wrote no " + target);
                }
            }

            @Override
            public void filesUpload(Path source, String path) {
                template.requestBodyAndHeader("direct:filesUpload", source.toFile(), "path", path);
            }

            @Override
            public void filesDownload(String path, Path target) {
                template.send("direct:filesDownload", exchange -> {
                    exchange.getIn().setHeader("path", path);
                    exchange.getIn().setHeader("target", target.toString());
                });
                if (!Files.exists(target)) {
                    throw new IllegalStateException("fs/files/download wrote no " + target);
                }
            }
        };
    }

    private static Transfers sdk(WorkspaceClient sdk) {
        return new Transfers() {
            @Override
            public void dbfsPut(Path source, String path) throws Exception {
                try (InputStream in = Files.newInputStream(source); OutputStream out = sdk.dbfs().getOutputStream(path)) {
                    in.transferTo(out);
                }
            }

            @Override
            public void dbfsRead(String path, Path target) throws Exception {
                try (InputStream in = sdk.dbfs().open(path)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }

            @Override
            public void filesUpload(Path source, String path) throws Exception {
                try (InputStream in = Files.newInputStream(source)) {
                    sdk.files().upload(new UploadRequest().setFilePath(path).setContents(in).setOverwrite(true));
                }
            }

            @Override
            public void filesDownload(String path, Path target) throws Exception {
                try (InputStream in = sdk.files().download(path).getContents()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        };
    }

    /** Streaming HTTP with nothing on top: the JDK client, DBFS blocks of 1 MiB base64 as the API takes them. */
    private static Transfers raw(String url, String token) {
        HttpClient client = HttpClient.newHttpClient();
        return new Transfers() {
            private JsonNode post(String operation, Object body) throws Exception {
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url + "/api/2.0/dbfs/" + operation))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build(), HttpResponse.BodyHandlers.ofByteArray());
                check(response.statusCode(), operation);
                return JSON.readTree(response.body());
            }

            @Override
            public void dbfsPut(Path source, String path) throws Exception {
                long handle = post("create", java.util.Map.of("path", path, "overwrite", true)).path("handle").asLong();
                byte[] block = new byte[BLOCK];
                try (InputStream in = Files.newInputStream(source)) {
                    int read;
                    while ((read = in.readNBytes(block, 0, BLOCK)) > 0) {
                        post("add-block", java.util.Map.of("handle", handle, "data",
                                Base64.getEncoder().encodeToString(read == BLOCK ? block : java.util.Arrays.copyOf(block, read))));
                    }
                }
                post("close", java.util.Map.of("handle", handle));
            }

            @Override
            public void dbfsRead(String path, Path target) throws Exception {
                try (OutputStream out = Files.newOutputStream(target)) {
                    long offset = 0;
                    while (true) {
                        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url + "/api/2.0/dbfs/read?path="
                                + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8) + "&offset=" + offset + "&length=" + BLOCK))
                                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                        check(response.statusCode(), "read");
                        JsonNode answer = JSON.readTree(response.body());
                        long read = answer.path("bytes_read").asLong();
                        if (read == 0) {
                            return;
                        }
                        out.write(Base64.getDecoder().decode(answer.path("data").asText()));
                        offset += read;
                    }
                }
            }

            @Override
            public void filesUpload(Path source, String path) throws Exception {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url + "/api/2.0/fs/files" + path + "?overwrite=true"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                        .PUT(HttpRequest.BodyPublishers.ofFile(source)).build(), HttpResponse.BodyHandlers.discarding());
                check(response.statusCode(), "fs/files upload");
            }

            @Override
            public void filesDownload(String path, Path target) throws Exception {
                HttpResponse<Path> response = client.send(HttpRequest.newBuilder(URI.create(url + "/api/2.0/fs/files" + path))
                        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofFile(target));
                check(response.statusCode(), "fs/files download");
            }
        };
    }

    private static void check(int status, String operation) {
        if (status / 100 != 2) {
            throw new IllegalStateException(operation + " answered " + status);
        }
    }

    static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[BLOCK];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
