package dev.lakeroute.dblocal.controlplane.unitycatalog;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.core.DatabricksError;
import com.databricks.sdk.service.catalog.CatalogInfo;
import com.databricks.sdk.service.catalog.ColumnTypeName;
import com.databricks.sdk.service.catalog.CreateCatalog;
import com.databricks.sdk.service.catalog.CreateFunction;
import com.databricks.sdk.service.catalog.CreateFunctionParameterStyle;
import com.databricks.sdk.service.catalog.CreateFunctionRequest;
import com.databricks.sdk.service.catalog.CreateFunctionRoutineBody;
import com.databricks.sdk.service.catalog.CreateFunctionSecurityType;
import com.databricks.sdk.service.catalog.CreateFunctionSqlDataAccess;
import com.databricks.sdk.service.catalog.CreateMetastore;
import com.databricks.sdk.service.catalog.CreateMetastoreAssignment;
import com.databricks.sdk.service.catalog.DeleteCatalogRequest;
import com.databricks.sdk.service.catalog.EffectivePrivilege;
import com.databricks.sdk.service.catalog.EffectivePrivilegeAssignment;
import com.databricks.sdk.service.catalog.FunctionInfo;
import com.databricks.sdk.service.catalog.ListCatalogsRequest;
import com.databricks.sdk.service.catalog.ListMetastoresRequest;
import com.databricks.sdk.service.catalog.MetastoreAssignment;
import com.databricks.sdk.service.catalog.MetastoreInfo;
import com.databricks.sdk.service.catalog.PermissionsChange;
import com.databricks.sdk.service.catalog.Privilege;
import com.databricks.sdk.service.catalog.PrivilegeAssignment;
import com.databricks.sdk.service.catalog.SchemaInfo;
import com.databricks.sdk.service.catalog.ListSummariesRequest;
import com.databricks.sdk.service.catalog.SecurableType;
import com.databricks.sdk.service.catalog.TableSummary;
import com.databricks.sdk.service.catalog.UpdateFunction;
import com.databricks.sdk.service.catalog.UpdatePermissions;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Unity Catalog's metastore, the main catalog, grants and functions, through the SDK. */
class UnityCatalogGovernanceSdkTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();

    private WorkspaceClient workspace;
    private String catalog;

    @BeforeEach
    void connect() {
        workspace = new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(local.token()));
        catalog = "gov_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T> List<T> all(Iterable<T> items) {
        return StreamSupport.stream(items.spliterator(), false).toList();
    }

    @Test
    void aNewWorkspaceHasItsMetastoreAndTheMainCatalog() {
        MetastoreAssignment current = workspace.metastores().current();
        assertThat(current.getDefaultCatalogName()).isEqualTo("main");
        assertThat(current.getWorkspaceId()).isPositive();
        String workspaceId = RawHttp.bearer(local.url(), local.token()).get("/.well-known/databricks-config").json()
                .path("workspace_id").asText();
        assertThat(current.getWorkspaceId()).isEqualTo(Long.parseLong(workspaceId));

        var summary = workspace.metastores().summary();
        assertThat(summary.getMetastoreId()).isEqualTo(current.getMetastoreId());
        assertThat(summary.getGlobalMetastoreId()).endsWith(current.getMetastoreId());
        assertThat(all(workspace.metastores().list(new ListMetastoresRequest()))).extracting(MetastoreInfo::getMetastoreId)
                .contains(current.getMetastoreId());
        assertThat(workspace.metastores().get(current.getMetastoreId()).getName()).isEqualTo("metastore_local");

        CatalogInfo main = workspace.catalogs().get("main");
        assertThat(main.getMetastoreId()).isEqualTo(current.getMetastoreId());
        assertThat(all(workspace.catalogs().list(new ListCatalogsRequest()))).extracting(CatalogInfo::getName).contains("main");
        assertThat(all(workspace.schemas().list("main"))).extracting(SchemaInfo::getName).contains("default", "information_schema");
    }

    @Test
    void metastoresCanBeCreatedAndAssignedToAnotherWorkspace() {
        MetastoreInfo created = workspace.metastores().create(new CreateMetastore().setName("ms_" + catalog).setRegion("eu-west-1"));
        assertThat(created.getGlobalMetastoreId()).contains("eu-west-1");
        workspace.metastores().assign(new CreateMetastoreAssignment().setWorkspaceId(42L).setMetastoreId(created.getMetastoreId())
                .setDefaultCatalogName("main"));
        workspace.metastores().delete(created.getMetastoreId());
        assertThatThrownBy(() -> workspace.metastores().get(created.getMetastoreId()))
                .satisfies(e -> assertThat(((DatabricksError) e).getErrorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST"));
    }

    @Test
    void grantsAreStoredPerSecurableAndInheritedInEffectivePermissions() {
        workspace.catalogs().create(new CreateCatalog().setName(catalog));
        var granted = workspace.grants().update(new UpdatePermissions().setSecurableType("catalog").setFullName(catalog)
                .setChanges(List.of(new PermissionsChange().setPrincipal("analysts").setAdd(List.of(Privilege.USE_CATALOG, Privilege.SELECT)))));
        assertThat(granted.getPrivilegeAssignments()).extracting(PrivilegeAssignment::getPrincipal).containsExactly("analysts");

        workspace.grants().update(new UpdatePermissions().setSecurableType("schema").setFullName(catalog + ".default")
                .setChanges(List.of(new PermissionsChange().setPrincipal("analysts").setAdd(List.of(Privilege.MODIFY)),
                        new PermissionsChange().setPrincipal("etl").setAdd(List.of(Privilege.ALL_PRIVILEGES)))));
        workspace.grants().update(new UpdatePermissions().setSecurableType("catalog").setFullName(catalog)
                .setChanges(List.of(new PermissionsChange().setPrincipal("analysts").setRemove(List.of(Privilege.SELECT)))));

        assertThat(workspace.grants().get("catalog", catalog).getPrivilegeAssignments())
                .singleElement().satisfies(a -> assertThat(a.getPrivileges()).containsExactly(Privilege.USE_CATALOG));
        assertThat(all(workspace.grants().list("schema", catalog + ".default"))).extracting(PrivilegeAssignment::getPrincipal)
                .containsExactlyInAnyOrder("analysts", "etl");

        List<EffectivePrivilegeAssignment> effective = workspace.grants().getEffective("schema", catalog + ".default")
                .getPrivilegeAssignments().stream().toList();
        EffectivePrivilegeAssignment analysts = effective.stream().filter(a -> a.getPrincipal().equals("analysts")).findFirst().orElseThrow();
        assertThat(analysts.getPrivileges()).extracting(EffectivePrivilege::getPrivilege).containsExactly(Privilege.USE_CATALOG, Privilege.MODIFY);
        assertThat(analysts.getPrivileges()).filteredOn(p -> p.getPrivilege() == Privilege.USE_CATALOG).singleElement()
                .satisfies(p -> {
                    assertThat(p.getInheritedFromType()).isEqualTo(SecurableType.CATALOG);
                    assertThat(p.getInheritedFromName()).isEqualTo(catalog);
                });

        assertThatThrownBy(() -> workspace.grants().get("catalog", "no_such_" + catalog))
                .satisfies(e -> assertThat(((DatabricksError) e).getErrorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST"));
        workspace.catalogs().delete(new DeleteCatalogRequest().setName(catalog).setForce(true));
    }

    @Test
    void tableSummariesMatchSchemaAndTableNamePatterns() {
        workspace.catalogs().create(new CreateCatalog().setName(catalog));
        RawHttp http = RawHttp.bearer(local.url(), local.token());
        for (String table : List.of("orders_2025", "orders_2026", "customers")) {
            http.post("/api/2.1/unity-catalog/tables", "{\"catalog_name\":\"" + catalog + "\",\"schema_name\":\"default\",\"name\":\""
                    + table + "\"}");
        }
        assertThat(all(workspace.tables().listSummaries(new ListSummariesRequest().setCatalogName(catalog)
                .setSchemaNamePattern("def%").setTableNamePattern("orders_20%"))))
                .extracting(TableSummary::getFullName).containsExactly(catalog + ".default.orders_2025", catalog + ".default.orders_2026");
        workspace.catalogs().delete(new DeleteCatalogRequest().setName(catalog).setForce(true));
    }

    @Test
    void functionsLiveInASchemaAndAreListedByIt() {
        workspace.catalogs().create(new CreateCatalog().setName(catalog));
        FunctionInfo created = workspace.functions().create(new CreateFunctionRequest().setFunctionInfo(new CreateFunction()
                .setCatalogName(catalog).setSchemaName("default").setName("Add_One")
                .setDataType(ColumnTypeName.INT).setFullDataType("int").setRoutineBody(CreateFunctionRoutineBody.SQL)
                .setRoutineDefinition("x + 1").setParameterStyle(CreateFunctionParameterStyle.S).setIsDeterministic(true)
                .setSqlDataAccess(CreateFunctionSqlDataAccess.NO_SQL).setIsNullCall(false)
                .setSecurityType(CreateFunctionSecurityType.DEFINER).setSpecificName("add_one")));
        assertThat(created.getFullName()).isEqualTo(catalog + ".default.add_one");
        assertThat(all(workspace.functions().list(catalog, "default"))).extracting(FunctionInfo::getName).containsExactly("add_one");
        assertThat(workspace.functions().update(new UpdateFunction().setName(catalog + ".default.add_one").setOwner("etl")).getOwner())
                .isEqualTo("etl");
        workspace.functions().delete(catalog + ".default.add_one");
        assertThat(all(workspace.functions().list(catalog, "default"))).isEmpty();
        workspace.catalogs().delete(new DeleteCatalogRequest().setName(catalog).setForce(true));
    }
}
