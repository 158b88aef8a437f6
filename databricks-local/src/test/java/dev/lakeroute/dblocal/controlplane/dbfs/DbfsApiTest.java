package dev.lakeroute.dblocal.controlplane.dbfs;

import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DbfsApiTest {
    private static final int MIB = 1024 * 1024;

    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();

    private RawHttp http;
    private String dir;

    @BeforeEach
    void setUp() {
        http = RawHttp.bearer(local.url(), local.token());
        dir = "/dbfs-api-test/" + UUID.randomUUID();
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private RawHttp.Reply put(String path, byte[] contents, boolean overwrite) {
        return http.post("/api/2.0/dbfs/put", "{\"path\":\"" + path + "\",\"contents\":\"" + b64(contents) + "\",\"overwrite\":" + overwrite + "}");
    }

    @Test
    void inlinePutAcceptsExactlyOneMebibyteAndRefusesOneByteMore() {
        assertThat(put(dir + "/one-mib", new byte[MIB], false).status()).isEqualTo(200);

        RawHttp.Reply tooLarge = put(dir + "/too-large", new byte[MIB + 1], false);
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.errorCode()).isEqualTo("MAX_BLOCK_SIZE_EXCEEDED");
        assertThat(http.get("/api/2.0/dbfs/get-status?path=" + dir + "/too-large").status()).isEqualTo(404);
    }

    @Test
    void putWithoutOverwriteRefusesAnExistingFile() {
        put(dir + "/f", "one".getBytes(StandardCharsets.UTF_8), false);
        RawHttp.Reply again = put(dir + "/f", "two".getBytes(StandardCharsets.UTF_8), false);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.errorCode()).isEqualTo("RESOURCE_ALREADY_EXISTS");
        assertThat(put(dir + "/f", "two".getBytes(StandardCharsets.UTF_8), true).status()).isEqualTo(200);
        assertThat(read(dir + "/f", 0, 100).path("data").asText()).isEqualTo(b64("two".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void multipartPutTakesTheContentsFilePart() {
        String boundary = "----lakeroute" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"path\"\r\n\r\n" + dir + "/multi.txt\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"overwrite\"\r\n\r\ntrue\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"contents\"; filename=\"multi.txt\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\nraw multipart bytes\r\n--" + boundary + "--\r\n";
        RawHttp.Reply reply = http.send(http.request("/api/2.0/dbfs/put")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(new String(Base64.getDecoder().decode(read(dir + "/multi.txt", 0, 0).path("data").asText()), StandardCharsets.UTF_8))
                .isEqualTo("raw multipart bytes");
    }

    @Test
    void streamingUploadIsInvisibleUntilCloseAndBlocksAreLimitedToOneMebibyte() {
        String path = dir + "/streamed.bin";
        long handle = http.post("/api/2.0/dbfs/create", "{\"path\":\"" + path + "\"}").json().path("handle").asLong();
        assertThat(handle).isPositive();

        assertThat(http.post("/api/2.0/dbfs/add-block", "{\"handle\":" + handle + ",\"data\":\"" + b64(new byte[MIB]) + "\"}").status()).isEqualTo(200);
        RawHttp.Reply tooLarge = http.post("/api/2.0/dbfs/add-block", "{\"handle\":" + handle + ",\"data\":\"" + b64(new byte[MIB + 1]) + "\"}");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.errorCode()).isEqualTo("MAX_BLOCK_SIZE_EXCEEDED");
        http.post("/api/2.0/dbfs/add-block", "{\"handle\":" + handle + ",\"data\":\"" + b64(new byte[]{1, 2, 3}) + "\"}");

        assertThat(http.get("/api/2.0/dbfs/get-status?path=" + path).status()).isEqualTo(404);
        assertThat(http.post("/api/2.0/dbfs/close", "{\"handle\":" + handle + "}").status()).isEqualTo(200);
        assertThat(http.get("/api/2.0/dbfs/get-status?path=" + path).json().path("file_size").asLong()).isEqualTo(MIB + 3);

        RawHttp.Reply closedAgain = http.post("/api/2.0/dbfs/close", "{\"handle\":" + handle + "}");
        assertThat(closedAgain.status()).isEqualTo(404);
        assertThat(closedAgain.errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");
    }

    @Test
    void createRefusesAnExistingFileWithoutOverwrite() {
        put(dir + "/exists", new byte[]{1}, false);
        RawHttp.Reply reply = http.post("/api/2.0/dbfs/create", "{\"path\":\"" + dir + "/exists\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("RESOURCE_ALREADY_EXISTS");
        assertThat(http.post("/api/2.0/dbfs/create", "{\"path\":\"" + dir + "/exists\",\"overwrite\":true}").status()).isEqualTo(200);
    }

    @Test
    void unknownHandleIsReported() {
        RawHttp.Reply reply = http.post("/api/2.0/dbfs/add-block", "{\"handle\":12345,\"data\":\"AA==\"}");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");
        assertThat(http.post("/api/2.0/dbfs/add-block", "{\"handle\":\"abc\",\"data\":\"AA==\"}").errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
    }

    private com.fasterxml.jackson.databind.JsonNode read(String path, long offset, long length) {
        RawHttp.Reply reply = http.get("/api/2.0/dbfs/read?path=" + path + "&offset=" + offset + (length > 0 ? "&length=" + length : ""));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void readHonoursOffsetLengthAndEndOfFile() {
        put(dir + "/ten", "0123456789".getBytes(StandardCharsets.UTF_8), false);
        assertThat(read(dir + "/ten", 3, 4).path("data").asText()).isEqualTo(b64("3456".getBytes(StandardCharsets.UTF_8)));
        assertThat(read(dir + "/ten", 8, 100).path("bytes_read").asInt()).isEqualTo(2);

        com.fasterxml.jackson.databind.JsonNode atEnd = read(dir + "/ten", 10, 100);
        assertThat(atEnd.path("bytes_read").asInt()).isZero();
        assertThat(atEnd.path("data").asText()).isEmpty();
        assertThat(read(dir + "/ten", 50, 100).path("bytes_read").asInt()).isZero();

        assertThat(http.get("/api/2.0/dbfs/read?path=" + dir + "/ten&offset=-1").errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
        RawHttp.Reply tooLong = http.get("/api/2.0/dbfs/read?path=" + dir + "/ten&length=" + (MIB + 1));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.errorCode()).isEqualTo("MAX_READ_SIZE_EXCEEDED");
        assertThat(http.get("/api/2.0/dbfs/read?path=" + dir).status()).isEqualTo(400);
        assertThat(http.get("/api/2.0/dbfs/read?path=" + dir + "/missing").status()).isEqualTo(404);
    }

    @Test
    void listGetStatusMkdirsDeleteAndMoveAnswerLikeDatabricks() {
        put(dir + "/a/file.txt", "x".getBytes(StandardCharsets.UTF_8), false);

        RawHttp.Reply listFile = http.get("/api/2.0/dbfs/list?path=dbfs:" + dir + "/a/file.txt");
        assertThat(listFile.json().path("files")).hasSize(1);
        assertThat(listFile.json().path("files").get(0).path("path").asText()).isEqualTo(dir + "/a/file.txt");
        assertThat(listFile.json().path("files").get(0).path("is_dir").asBoolean()).isFalse();
        assertThat(listFile.json().path("files").get(0).path("file_size").asLong()).isEqualTo(1);
        assertThat(listFile.json().path("files").get(0).path("modification_time").asLong()).isPositive();

        RawHttp.Reply missing = http.get("/api/2.0/dbfs/list?path=" + dir + "/nope");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");
        assertThat(http.get("/api/2.0/dbfs/get-status?path=" + dir + "/nope").errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");
        assertThat(http.get("/api/2.0/dbfs/get-status?path=relative/path").errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");

        RawHttp.Reply mkdirsOverFile = http.post("/api/2.0/dbfs/mkdirs", "{\"path\":\"" + dir + "/a/file.txt/sub\"}");
        assertThat(mkdirsOverFile.status()).isEqualTo(400);
        assertThat(mkdirsOverFile.errorCode()).isEqualTo("RESOURCE_ALREADY_EXISTS");
        assertThat(http.post("/api/2.0/dbfs/mkdirs", "{\"path\":\"" + dir + "/x/y/z\"}").status()).isEqualTo(200);
        assertThat(http.get("/api/2.0/dbfs/get-status?path=" + dir + "/x/y/z").json().path("is_dir").asBoolean()).isTrue();

        RawHttp.Reply nonEmpty = http.post("/api/2.0/dbfs/delete", "{\"path\":\"" + dir + "/a\"}");
        assertThat(nonEmpty.status()).isEqualTo(400);
        assertThat(nonEmpty.errorCode()).isEqualTo("IO_ERROR");
        assertThat(http.post("/api/2.0/dbfs/delete", "{\"path\":\"" + dir + "/never-existed\"}").status()).isEqualTo(200);

        RawHttp.Reply moveMissing = http.post("/api/2.0/dbfs/move", "{\"source_path\":\"" + dir + "/nope\",\"destination_path\":\"" + dir + "/b\"}");
        assertThat(moveMissing.status()).isEqualTo(404);
        RawHttp.Reply moveOntoExisting = http.post("/api/2.0/dbfs/move", "{\"source_path\":\"" + dir + "/a\",\"destination_path\":\"" + dir + "/x\"}");
        assertThat(moveOntoExisting.status()).isEqualTo(400);
        assertThat(moveOntoExisting.errorCode()).isEqualTo("RESOURCE_ALREADY_EXISTS");
        assertThat(http.post("/api/2.0/dbfs/move", "{\"source_path\":\"" + dir + "/a\",\"destination_path\":\"" + dir + "/moved/a\"}").status()).isEqualTo(200);
        assertThat(http.get("/api/2.0/dbfs/get-status?path=" + dir + "/moved/a/file.txt").status()).isEqualTo(200);

        assertThat(http.post("/api/2.0/dbfs/delete", "{\"path\":\"" + dir + "\",\"recursive\":true}").status()).isEqualTo(200);
        assertThat(http.get("/api/2.0/dbfs/get-status?path=" + dir).status()).isEqualTo(404);
    }
}
