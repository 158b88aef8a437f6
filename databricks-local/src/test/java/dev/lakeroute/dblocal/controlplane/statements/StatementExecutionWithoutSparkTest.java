package dev.lakeroute.dblocal.controlplane.statements;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.service.sql.CreateWarehouseRequest;
import com.databricks.sdk.service.sql.ExecuteStatementRequest;
import com.databricks.sdk.service.sql.GetWarehouseResponse;
import com.databricks.sdk.service.sql.State;
import com.databricks.sdk.service.sql.StatementResponse;
import com.databricks.sdk.service.sql.StatementState;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StatementExecutionWithoutSparkTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();

    @Test
    void warehousesStillRunButStatementsFailSayingTheExecutionPlaneIsOff() throws Exception {
        WorkspaceClient workspace = new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(local.token()));
        GetWarehouseResponse warehouse = workspace.warehouses().create(new CreateWarehouseRequest()
                .setName("no-spark-" + UUID.randomUUID().toString().substring(0, 8)).setMaxNumClusters(1L)).get(Duration.ofSeconds(30));
        assertThat(warehouse.getState()).isEqualTo(State.RUNNING);

        StatementResponse response = workspace.statementExecution().executeStatement(new ExecuteStatementRequest()
                .setWarehouseId(warehouse.getId()).setStatement("SELECT 1"));
        assertThat(response.getStatus().getState()).isEqualTo(StatementState.FAILED);
        assertThat(response.getStatus().getError().getMessage()).contains("execution plane is off").contains("Spark");
        assertThat(workspace.statementExecution().getStatement(response.getStatementId()).getStatus().getState())
                .isEqualTo(StatementState.FAILED);
        workspace.warehouses().delete(warehouse.getId());
    }
}
