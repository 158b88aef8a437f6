package dev.lakeroute.dblocal.controlplane.dbfs;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.core.error.platform.NotFound;
import com.databricks.sdk.service.files.FileInfo;
import com.databricks.sdk.service.files.Move;
import com.databricks.sdk.service.files.Put;
import com.databricks.sdk.service.files.ReadDbfsRequest;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DbfsSdkTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();

    private WorkspaceClient workspace;

    @BeforeEach
    void client() {
        workspace = new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(local.token()));
    }

    @Test
    void sdkWritesAndReadsAFiveMebibyteFileByteExact() throws Exception {
        byte[] data = new byte[5 * 1024 * 1024 + 17];
        new Random(42).nextBytes(data);

        workspace.dbfs().write(Path.of("/sdk-test/five-mib.bin"), data);

        assertThat(workspace.dbfs().getStatus("/sdk-test/five-mib.bin").getFileSize()).isEqualTo(data.length);
        assertThat(workspace.dbfs().readAllBytes(Path.of("/sdk-test/five-mib.bin"))).isEqualTo(data);
        assertThat(Files.readAllBytes(local.server().dataDir().resolve("dbfs/sdk-test/five-mib.bin"))).isEqualTo(data);
    }

    @Test
    void putListMoveAndDeleteThroughTheSdk() {
        workspace.dbfs().mkdirs("dbfs:/sdk-ops/in");
        workspace.dbfs().put(new Put().setPath("/sdk-ops/in/a.txt")
                .setContents(Base64.getEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8))));

        List<FileInfo> listed = new ArrayList<>();
        workspace.dbfs().list("/sdk-ops").forEach(listed::add);
        assertThat(listed).extracting(FileInfo::getPath, FileInfo::getIsDir).containsExactly(org.assertj.core.groups.Tuple.tuple("/sdk-ops/in", true));

        workspace.dbfs().move(new Move().setSourcePath("/sdk-ops/in/a.txt").setDestinationPath("/sdk-ops/out/b.txt"));
        String data = workspace.dbfs().read(new ReadDbfsRequest().setPath("/sdk-ops/out/b.txt")).getData();
        assertThat(new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8)).isEqualTo("hello");

        workspace.dbfs().delete(new com.databricks.sdk.service.files.Delete().setPath("/sdk-ops").setRecursive(true));
        assertThatThrownBy(() -> workspace.dbfs().getStatus("/sdk-ops")).isInstanceOf(NotFound.class);
    }
}
