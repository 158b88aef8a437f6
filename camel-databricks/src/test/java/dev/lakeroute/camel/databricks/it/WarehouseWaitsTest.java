package dev.lakeroute.camel.databricks.it;

import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.DatabricksConstants;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** sql/warehouses/create, stop, start and edit with waitForState answer once the warehouse is there. */
class WarehouseWaitsTest extends DatabricksLocalTestSupport {

    @Test
    void createStopStartAndEditWaitForTheStateTheyAskFor() {
        Exchange created = exchange("databricks:sql/warehouses/create?waitForState=RUNNING",
                Map.of("name", "it-wh-" + System.nanoTime(), "cluster_size", "2X-Small"));
        assertThat(created.getException()).isNull();
        assertThat(created.getMessage().getBody(Map.class)).containsEntry("state", "RUNNING");
        String id = created.getMessage().getHeader(DatabricksConstants.WAREHOUSE_ID, String.class);

        Map<String, Object> stopped = map("databricks:sql/warehouses/stop?waitForState=STOPPED&param.id=" + id, null);
        assertThat(stopped).containsEntry("state", "STOPPED");

        Exchange started = exchange("databricks:sql/warehouses/start?waitForState=RUNNING&param.id=" + id, null);
        assertThat(started.getMessage().getBody(Map.class)).containsEntry("state", "RUNNING");
        assertThat(started.getMessage().getHeader(DatabricksConstants.WAREHOUSE_STATE)).isEqualTo("RUNNING");

        Map<String, Object> edited = map("databricks:sql/warehouses/edit?waitForState=RUNNING&param.id=" + id,
                Map.of("cluster_size", "Small"));
        assertThat(edited).containsEntry("state", "RUNNING").containsEntry("cluster_size", "Small");
        call("databricks:sql/warehouses/delete?param.id=" + id, null);
    }

    @Test
    void aStateTheOperationCannotReachFailsTheRouteAtStartup() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:stop-running").to("databricks:sql/warehouses/stop?waitForState=RUNNING&param.id=x");
            }
        })).rootCause().isInstanceOf(DatabricksConfigurationException.class)
                .hasMessageContaining("'RUNNING' is not a state sql/warehouses/stop can wait for").hasMessageContaining("STOPPED");
    }
}
