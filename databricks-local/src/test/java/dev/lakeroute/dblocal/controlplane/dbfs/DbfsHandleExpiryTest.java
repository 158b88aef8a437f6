package dev.lakeroute.dblocal.controlplane.dbfs;

import dev.lakeroute.dblocal.DatabricksLocal;
import dev.lakeroute.dblocal.http.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DbfsHandleExpiryTest {
    private static DatabricksLocal local;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        local = DatabricksLocal.builder().dbfsHandleIdle(Duration.ofMillis(300)).start();
        http = RawHttp.bearer(local.url(), local.token());
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    private static long uploadsInProgress() throws Exception {
        try (Stream<Path> files = Files.list(local.dataDir().resolve("tmp"))) {
            return files.filter(file -> file.getFileName().toString().startsWith("dbfs-upload-")).count();
        }
    }

    @Test
    void idleHandleExpiresAndItsTempFileIsDeleted() throws Exception {
        long handle = http.post("/api/2.0/dbfs/create", "{\"path\":\"/expiring.bin\"}").json().path("handle").asLong();
        assertThat(http.post("/api/2.0/dbfs/add-block", "{\"handle\":" + handle + ",\"data\":\"AAEC\"}").status()).isEqualTo(200);
        assertThat(uploadsInProgress()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(5)).until(() -> uploadsInProgress() == 0);

        RawHttp.Reply late = http.post("/api/2.0/dbfs/add-block", "{\"handle\":" + handle + ",\"data\":\"AAEC\"}");
        assertThat(late.status()).isEqualTo(404);
        assertThat(late.errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");
        assertThat(late.json().path("message").asText()).contains("expired");
        assertThat(http.post("/api/2.0/dbfs/close", "{\"handle\":" + handle + "}").status()).isEqualTo(404);
        assertThat(http.get("/api/2.0/dbfs/get-status?path=/expiring.bin").status()).isEqualTo(404);
    }

    @Test
    void aHandleInUseStaysAlive() throws Exception {
        long handle = http.post("/api/2.0/dbfs/create", "{\"path\":\"/kept-alive.bin\"}").json().path("handle").asLong();
        long until = System.nanoTime() + Duration.ofMillis(900).toNanos();
        while (System.nanoTime() < until) {
            assertThat(http.post("/api/2.0/dbfs/add-block", "{\"handle\":" + handle + ",\"data\":\"AA==\"}").status()).isEqualTo(200);
            await().pollDelay(Duration.ofMillis(100)).until(() -> true);
        }
        assertThat(http.post("/api/2.0/dbfs/close", "{\"handle\":" + handle + "}").status()).isEqualTo(200);
        assertThat(http.get("/api/2.0/dbfs/get-status?path=/kept-alive.bin").json().path("file_size").asLong()).isGreaterThanOrEqualTo(5);
    }
}
