package dev.lakeroute.camel.databricks.it;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;
import dev.lakeroute.camel.databricks.error.DatabricksStateException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cluster state waits, runtime resolution and library installs against databricks-local. */
class ClusterAndLibraryWaitsTest extends DatabricksLocalTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void clusterStartWaitTerminateWait() {
        Exchange created = exchange("databricks:clusters/create?sparkVersion=latest-lts&waitForState=RUNNING",
                Map.of("cluster_name", "it-waits", "node_type_id", "i3.xlarge", "num_workers", 0));
        skipIfNotServed(created.getException(), "clusters/create");
        assertThat(created.getException()).isNull();
        Map<String, Object> cluster = created.getMessage().getBody(Map.class);
        assertThat(cluster).containsEntry("state", "RUNNING").containsEntry("spark_version", "16.4.x-scala2.12");
        String id = created.getMessage().getHeader(DatabricksConstants.CLUSTER_ID, String.class);

        Map<String, Object> again = map("databricks:clusters/start?waitForState=RUNNING&clusterId=" + id, null);
        assertThat(again).as("start of a running cluster while waiting for RUNNING").containsEntry("state", "RUNNING");

        assertThat(map("databricks:clusters/delete?waitForState=TERMINATED&clusterId=" + id, null)).containsEntry("state", "TERMINATED");
        Exchange started = exchange("databricks:clusters/start?waitForState=RUNNING&clusterId=" + id, null);
        assertThat(started.getMessage().getHeader(DatabricksConstants.CLUSTER_STATE)).isEqualTo("RUNNING");
        assertThat(map("databricks:clusters/restart?waitForState=RUNNING&clusterId=" + id, null)).containsEntry("state", "RUNNING");
        assertThat(map("databricks:clusters/delete?waitForState=TERMINATED&clusterId=" + id, null)).containsEntry("state", "TERMINATED");
        map("databricks:clusters/permanent-delete?clusterId=" + id, null);
    }

    @Test
    void waitForStateIsCheckedAgainstTheOperation() {
        assertThatThrownBy(() -> context.getEndpoint("databricks:clusters/delete?waitForState=RUNNING&clusterId=x"))
                .hasRootCauseInstanceOf(DatabricksConfigurationException.class)
                .rootCause().hasMessageContaining("waitForState").hasMessageContaining("TERMINATED");
        assertThatThrownBy(() -> context.getEndpoint("databricks:clusters/get?waitForState=RUNNING&clusterId=x"))
                .rootCause().hasMessageContaining("waitForState");
    }

    @Test
    @SuppressWarnings("unchecked")
    void libraryInstallWaitsUntilInstalledOrFailsWithTheLibrarysMessages() {
        Exchange created = exchange("databricks:clusters/create?sparkVersion=latest&waitForState=RUNNING",
                Map.of("cluster_name", "it-libs", "node_type_id", "i3.xlarge", "num_workers", 0));
        skipIfNotServed(created.getException(), "clusters/create");
        String id = created.getMessage().getHeader(DatabricksConstants.CLUSTER_ID, String.class);
        String jar = "/FileStore/jars/it-" + System.nanoTime() + ".jar";
        call("databricks:dbfs/put?path=" + jar, JarFixture.greeterJar());

        List<Map<String, Object>> statuses = call("databricks:libraries/install?waitForState=INSTALLED&clusterId=" + id,
                Map.of("libraries", List.of(Map.of("jar", "dbfs:" + jar))));
        assertThat(statuses).singleElement().satisfies(s -> assertThat(s).containsEntry("status", "INSTALLED"));

        Exchange failed = exchange("databricks:libraries/install?waitForState=INSTALLED&clusterId=" + id,
                Map.of("libraries", List.of(Map.of("pypi", Map.of("package", "simplejson")))));
        assertThat(failed.getException()).isInstanceOf(DatabricksStateException.class);
        DatabricksStateException failure = (DatabricksStateException) failed.getException();
        assertThat(failure.getState()).isEqualTo("FAILED");
        assertThat(failure.getMessages()).hasSizeGreaterThan(1);
        map("databricks:clusters/permanent-delete?clusterId=" + id, null);
    }
}
