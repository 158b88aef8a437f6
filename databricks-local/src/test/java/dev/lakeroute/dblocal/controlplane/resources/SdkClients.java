package dev.lakeroute.dblocal.controlplane.resources;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.core.DatabricksError;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The official SDK pointed at the shared test server, and small helpers the resource tests share. */
final class SdkClients {
    private SdkClients() {
    }

    static WorkspaceClient workspace(DatabricksLocalExtension local) {
        return new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(local.token()));
    }

    static <T> List<T> all(Iterable<T> items) {
        return StreamSupport.stream(items.spliterator(), false).toList();
    }

    static void assertErrorCode(Throwable error, String code) {
        assertThat(error).isInstanceOf(DatabricksError.class);
        assertThat(((DatabricksError) error).getErrorCode()).isEqualTo(code);
    }
}
