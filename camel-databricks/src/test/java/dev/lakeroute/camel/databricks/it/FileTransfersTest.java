package dev.lakeroute.camel.databricks.it;

import java.io.File;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.camel.databricks.error.DatabricksInvalidRequestException;
import dev.lakeroute.dblocal.faults.Fault;
import dev.lakeroute.dblocal.faults.FaultKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Streamed DBFS and Files API transfers against databricks-local: any size, constant memory, no partial files. */
class FileTransfersTest extends DatabricksLocalTestSupport {

    private static final long FIFTY_MIB = 50L * 1024 * 1024;

    /**
     * Camel's stream caching (on by default, without spooling) would copy a stream body into memory before
     * the producer sees it: routes moving large streams turn it off or enable spooling.
     */
    @Override
    protected org.apache.camel.CamelContext createCamelContext() throws Exception {
        org.apache.camel.CamelContext context = super.createCamelContext();
        context.setStreamCaching(false);
        return context;
    }

    @AfterEach
    void clearFaults() {
        LOCAL.server().faults().clear();
    }

    @Test
    void fiftyMebibyteDbfsRoundTripIsByteExactInConstantMemory() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        GeneratedStream upload = new GeneratedStream(FIFTY_MIB, 42);
        String path = "/tmp/it-big/" + System.nanoTime() + ".bin";

        Exchange put = exchange("databricks:dbfs/put?path=" + path + "&overwrite=true", upload);
        skipIfNotServed(put.getException(), "dbfs/put");
        assertThat(put.getException()).isNull();
        assertThat(put.getMessage().getHeader(DatabricksConstants.BYTES)).isEqualTo(FIFTY_MIB);
        assertThat(map("databricks:dbfs/get-status?path=" + path, null)).containsEntry("file_size", (int) FIFTY_MIB);
        long afterUpload = usedAfterGc(memory);

        Exchange read = exchange("databricks:dbfs/read?path=" + path, null);
        assertThat(read.getException()).isNull();
        assertThat(read.getMessage().getBody()).as("large content arrives as a stream").isInstanceOf(InputStream.class);
        long afterDownload = usedAfterGc(memory);
        String downloaded;
        try (InputStream in = read.getMessage().getBody(InputStream.class)) {
            downloaded = sha256(in);
        }
        assertThat(downloaded).isEqualTo(upload.sha256());
        assertThat(Math.max(afterUpload, afterDownload) - before).as("heap growth in bytes").isLessThan(64L * 1024 * 1024);
        map("databricks:dbfs/delete", Map.of("path", path));
    }

    @Test
    void dbfsReadToLocalPathReturnsTheFile() throws Exception {
        String path = "/tmp/it-small/" + System.nanoTime() + ".txt";
        call("databricks:dbfs/put?path=" + path, "hello, dbfs");
        File target = Files.createTempDirectory("dl").resolve("copy.txt").toFile();
        File file = call("databricks:dbfs/read?path=" + path + "&localPath=" + target.getAbsolutePath(), null);
        assertThat(file).isEqualTo(target).hasContent("hello, dbfs");
        Exchange read = exchange("databricks:dbfs/read?path=" + path, null);
        assertThat(read.getMessage().getHeader(DatabricksConstants.BYTES)).isEqualTo(11L);
        assertThat(new String(read.getMessage().getBody(byte[].class), StandardCharsets.UTF_8)).isEqualTo("hello, dbfs");
    }

    @Test
    void failedDbfsUploadLeavesNoPartialFile() {
        String path = "/tmp/it-fail/" + System.nanoTime() + ".bin";
        LOCAL.server().faults().inject(Fault.of("dbfs/add-block", FaultKind.INTERNAL_ERROR).times(1));
        Exchange put = exchange("databricks:dbfs/put?path=" + path, new GeneratedStream(3L * 1024 * 1024, 7));
        skipIfNotServed(put.getException(), "dbfs/put");
        assertThat(put.getException()).isInstanceOf(DatabricksException.class);
        assertThat(failure("databricks:dbfs/get-status?path=" + path, null).getErrorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");
    }

    @Test
    void filesApiUploadAndDownloadStream() throws Exception {
        String volumeFile = "/Volumes/main/default/landing/it-" + System.nanoTime() + ".bin";
        GeneratedStream content = new GeneratedStream(5L * 1024 * 1024, 3);
        Exchange up = exchange("databricks:fs/files/upload?overwrite=true&param.file_path=" + volumeFile, content);
        skipIfNotServed(up.getException(), "fs/files/upload");
        if (up.getException() instanceof DatabricksException e && e.getHttpStatus() == 404) {
            org.junit.jupiter.api.Assumptions.abort("databricks-local has no volume main.default.landing: " + e.getMessage());
        }
        assertThat(up.getException()).isNull();
        Exchange down = exchange("databricks:fs/files/download?param.file_path=" + volumeFile, null);
        assertThat(down.getException()).isNull();
        assertThat(down.getMessage().getHeader(DatabricksConstants.BYTES)).isEqualTo(5L * 1024 * 1024);
        try (InputStream in = down.getMessage().getBody(InputStream.class)) {
            assertThat(sha256(in)).isEqualTo(content.sha256());
        }
    }

    /** The README's route: each file the file component picks up lands in DBFS byte for byte. */
    @Test
    void fileComponentRouteUploadsEachFileToDbfsByteForByte() throws Exception {
        Path outbox = Files.createTempDirectory("outbox-dbfs");
        Files.write(outbox.resolve("big.bin"), randomBytes(3 * 1024 * 1024 + 17, 11));
        Files.writeString(outbox.resolve("notes.txt"), "hello from the file component\n");
        String landing = "/it-file-route/" + UUID.randomUUID();
        MockEndpoint uploaded = getMockEndpoint("mock:dbfsUploaded");
        uploaded.expectedMessageCount(2);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + outbox + "?noop=true&initialDelay=0&delay=100").routeId("outbox-dbfs")
                        .toD("databricks:dbfs/put?path=" + landing + "/${file:name}&overwrite=true")
                        .to("mock:dbfsUploaded");
            }
        });
        uploaded.assertIsSatisfied(30_000);
        for (Exchange done : uploaded.getExchanges()) {
            String name = done.getMessage().getHeader(Exchange.FILE_NAME, String.class);
            Path local = outbox.resolve(name);
            assertThat(done.getMessage().getHeader(DatabricksConstants.BYTES)).as(name).isEqualTo(Files.size(local));
            assertThat(sha256(onServer(landing + "/" + name))).as(name).isEqualTo(sha256(local));
        }
    }

    @Test
    void fileComponentRouteUploadsEachFileToAVolumeAndCountsTheBytes() throws Exception {
        Path outbox = Files.createTempDirectory("outbox-volume");
        Files.write(outbox.resolve("part-0.bin"), randomBytes(2 * 1024 * 1024 + 5, 12));
        Files.writeString(outbox.resolve("part-1.csv"), "id,name\n1,a\n");
        String landing = "/Volumes/main/default/landing/it-file-route-" + UUID.randomUUID();
        MockEndpoint uploaded = getMockEndpoint("mock:volumeUploaded");
        uploaded.expectedMessageCount(2);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + outbox + "?noop=true&initialDelay=0&delay=100").routeId("outbox-volume")
                        .toD("databricks:fs/files/upload?param.file_path=" + landing + "/${file:name}&overwrite=true")
                        .to("mock:volumeUploaded");
            }
        });
        uploaded.assertIsSatisfied(30_000);
        for (Exchange done : uploaded.getExchanges()) {
            String name = done.getMessage().getHeader(Exchange.FILE_NAME, String.class);
            Path local = outbox.resolve(name);
            assertThat(done.getMessage().getHeader(DatabricksConstants.BYTES)).as(name).isEqualTo(Files.size(local));
            assertThat(done.getMessage().getHeader(DatabricksConstants.HTTP_STATUS)).as(name).isIn(200, 204);
            assertThat(sha256(onServer(landing + "/" + name))).as(name).isEqualTo(sha256(local));
        }
    }

    @Test
    void fileComponentRouteImportsNotebooksIntoTheWorkspace() throws Exception {
        Path notebooks = Files.createTempDirectory("notebooks");
        Files.writeString(notebooks.resolve("etl.py"), "# Databricks notebook source\nprint('from a file')\n");
        String dir = "/Users/it/file-route-" + UUID.randomUUID();
        map("databricks:workspace/mkdirs?path=" + dir, null);
        MockEndpoint imported = getMockEndpoint("mock:imported");
        imported.expectedMessageCount(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("file:" + notebooks + "?noop=true&initialDelay=0&delay=100").routeId("notebooks")
                        .toD("databricks:workspace/import?path=" + dir + "/${file:onlyname.noext}"
                             + "&param.format=SOURCE&param.language=PYTHON&overwrite=true")
                        .to("mock:imported");
            }
        });
        imported.assertIsSatisfied(30_000);
        assertThat(imported.getExchanges().get(0).getMessage().getHeader(DatabricksConstants.BYTES))
                .isEqualTo(Files.size(notebooks.resolve("etl.py")));
        assertThat(map("databricks:workspace/get-status?path=" + dir + "/etl", null)).containsEntry("object_type", "NOTEBOOK");
        Map<String, Object> exported = map("databricks:workspace/export?path=" + dir + "/etl&param.format=SOURCE", null);
        assertThat(new String(Base64.getDecoder().decode((String) exported.get("content")), StandardCharsets.UTF_8))
                .contains("print('from a file')");
    }

    static Stream<Arguments> contentBodies() throws Exception {
        byte[] bytes = randomBytes(1024 * 1024 + 3, 21);
        Path file = Files.createTempFile("upload", ".bin");
        Files.write(file, bytes);
        return Stream.of("dbfs/put", "fs/files/upload").flatMap(op -> Stream.of(
                arguments(op, "byte[]", bytes, bytes),
                arguments(op, "String", "zürich,1\n", "zürich,1\n".getBytes(StandardCharsets.UTF_8)),
                arguments(op, "InputStream", new java.io.ByteArrayInputStream(bytes), bytes),
                arguments(op, "File", file.toFile(), bytes),
                arguments(op, "Path", file, bytes)));
    }

    @ParameterizedTest(name = "{0} with a {1} body")
    @MethodSource("contentBodies")
    void everyUploadTakesEveryKindOfContentBody(String operation, String kind, Object body, byte[] expected) throws Exception {
        String target = operation.equals("dbfs/put") ? "/it-bodies/" + UUID.randomUUID() + ".bin"
                : "/Volumes/main/default/landing/it-bodies-" + UUID.randomUUID() + ".bin";
        String uri = operation.equals("dbfs/put") ? "databricks:dbfs/put?path=" + target
                : "databricks:fs/files/upload?param.file_path=" + target;
        Exchange done = exchange(uri, body);
        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getHeader(DatabricksConstants.BYTES)).isEqualTo((long) expected.length);
        assertThat(Files.readAllBytes(onServer(target))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dbfs/put?path=/it-null/%s.bin", "fs/files/upload?param.file_path=/Volumes/main/default/landing/%s.bin",
                            "workspace/import?path=/Users/it/%s&param.format=SOURCE&param.language=PYTHON"})
    void anUploadWithoutABodyFailsSayingWhatItNeedsAndCreatesNothing(String uri) {
        String name = "null-" + UUID.randomUUID();
        String operation = uri.substring(0, uri.indexOf('?'));
        Exchange done = exchange("databricks:" + String.format(uri, name), null);
        assertThat(done.getException()).isInstanceOf(DatabricksInvalidRequestException.class)
                .hasMessageContaining(operation + " needs a body")
                .hasMessageContaining("GenericFile")
                .hasMessageContaining("InputStream");
        assertThat(done.getMessage().getHeader(DatabricksConstants.HTTP_STATUS)).as("no call was made").isNull();
        assertThat(failure("databricks:dbfs/get-status?path=/it-null/" + name + ".bin", null).getErrorCode())
                .isEqualTo("RESOURCE_DOES_NOT_EXIST");
    }

    /** Where databricks-local keeps a DBFS or volume file. */
    private static Path onServer(String path) {
        return LOCAL.server().dataDir().resolve("dbfs").resolve(path.substring(1));
    }

    static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new SplittableRandom(seed).nextBytes(bytes);
        return bytes;
    }

    static String sha256(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    static String sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(OutputStreamNull.INSTANCE);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Deterministic pseudo-random bytes, produced as they are read: nothing of the content is ever held whole. */
    static final class GeneratedStream extends InputStream {
        private final long size;
        private final SplittableRandom random;
        private final MessageDigest digest;
        private long position;

        GeneratedStream(long size, long seed) {
            this.size = size;
            this.random = new SplittableRandom(seed);
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) random.nextInt(256);
            }
            digest.update(b, off, n);
            position += n;
            return n;
        }

        /** The digest of everything read so far (the whole content once it was read to the end). */
        String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    /** Discards what it is given. */
    static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }

}
