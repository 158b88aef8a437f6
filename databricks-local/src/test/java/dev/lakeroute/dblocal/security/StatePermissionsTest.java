package dev.lakeroute.dblocal.security;

import dev.lakeroute.dblocal.DatabricksLocal;
import dev.lakeroute.dblocal.http.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The data dir holds token hashes and secret values: only the server's OS user may read any of it. */
class StatePermissionsTest {
    @TempDir
    Path sandbox;

    @Test
    void dataDirTokenHashesAndSecretsAreTheOwnersOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path dataDir = sandbox.resolve("data");
        try (DatabricksLocal local = DatabricksLocal.builder().dataDir(dataDir).start()) {
            RawHttp http = RawHttp.bearer(local.url(), local.token());
            assertThat(http.post("/api/2.0/token/create", "{\"comment\":\"ci\"}").status()).isEqualTo(200);
            assertThat(http.post("/api/2.0/secrets/scopes/create", "{\"scope\":\"prod\"}").status()).isEqualTo(200);
            assertThat(http.post("/api/2.0/secrets/put", "{\"scope\":\"prod\",\"key\":\"db-password\",\"string_value\":\"hunter2\"}").status())
                    .isEqualTo(200);
        }

        for (Path dir : List.of(dataDir, dataDir.resolve("state"), dataDir.resolve("dbfs"), dataDir.resolve("workspace"), dataDir.resolve("tmp"))) {
            assertThat(permissions(dir)).as(dir.toString()).isEqualTo("rwx------");
        }
        for (String collection : List.of("tokens", "secrets.scopes", "secrets.values")) {
            Path dir = dataDir.resolve("state").resolve(collection);
            assertThat(permissions(dir)).as(dir.toString()).isEqualTo("rwx------");
            List<Path> files = files(dir);
            assertThat(files).as(collection).isNotEmpty();
            assertThat(files).allSatisfy(file -> assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------"));
        }
    }

    @Test
    void anExistingDataDirOpenToOthersIsRestrictedOnStart() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path dataDir = Files.createDirectories(sandbox.resolve("shared"));
        Files.createDirectories(dataDir.resolve("state"));
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dataDir.resolve("state"), PosixFilePermissions.fromString("rwxrwxrwx"));

        try (DatabricksLocal ignored = DatabricksLocal.builder().dataDir(dataDir).start()) {
            assertThat(permissions(dataDir)).isEqualTo("rwx------");
            assertThat(permissions(dataDir.resolve("state"))).isEqualTo("rwx------");
        }
    }

    private static String permissions(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
