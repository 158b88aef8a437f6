package dev.lakeroute.dblocal.controlplane.resources;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksError;
import com.databricks.sdk.service.catalog.CatalogInfo;
import com.databricks.sdk.service.catalog.CreateCatalog;
import com.databricks.sdk.service.catalog.CreateSchema;
import com.databricks.sdk.service.catalog.CreateVolumeRequestContent;
import com.databricks.sdk.service.catalog.DeleteCatalogRequest;
import com.databricks.sdk.service.catalog.ListCatalogsRequest;
import com.databricks.sdk.service.catalog.SchemaInfo;
import com.databricks.sdk.service.catalog.UpdateSchema;
import com.databricks.sdk.service.catalog.VolumeInfo;
import com.databricks.sdk.service.catalog.VolumeType;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static dev.lakeroute.dblocal.controlplane.resources.SdkClients.all;
import static dev.lakeroute.dblocal.controlplane.resources.SdkClients.assertErrorCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnityCatalogSdkTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();

    private WorkspaceClient workspace;
    private String catalog;

    @BeforeEach
    void connect() {
        workspace = SdkClients.workspace(local);
        catalog = "cat_" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void catalogSchemaAndVolumeAreCreatedReadListedAndDeleted() {
        CatalogInfo created = workspace.catalogs().create(new CreateCatalog().setName(catalog).setComment("test"));
        assertThat(created.getFullName()).isEqualTo(catalog);
        assertThat(created.getOwner()).isEqualTo("admin@databricks.local");
        assertThat(created.getMetastoreId()).isNotEmpty();
        assertThat(workspace.catalogs().get(catalog).getComment()).isEqualTo("test");
        assertThat(all(workspace.catalogs().list(new ListCatalogsRequest()))).extracting(CatalogInfo::getName).contains(catalog);

        SchemaInfo schema = workspace.schemas().create(new CreateSchema().setCatalogName(catalog).setName("Sales"));
        assertThat(schema.getFullName()).isEqualTo(catalog + ".sales");
        assertThat(all(workspace.schemas().list(catalog))).extracting(SchemaInfo::getName)
                .containsExactlyInAnyOrder("default", "information_schema", "sales");
        assertThat(workspace.schemas().update(new UpdateSchema().setFullName(catalog + ".sales").setComment("numbers")).getComment())
                .isEqualTo("numbers");

        VolumeInfo volume = workspace.volumes().create(new CreateVolumeRequestContent().setCatalogName(catalog).setSchemaName("sales")
                .setName("landing").setVolumeType(VolumeType.MANAGED));
        assertThat(volume.getFullName()).isEqualTo(catalog + ".sales.landing");
        assertThat(volume.getVolumeId()).isNotEmpty();
        Path directory = Path.of(URI.create(volume.getStorageLocation()));
        assertThat(directory).isDirectory();
        assertThat(workspace.volumes().read(catalog + ".sales.landing").getVolumeType()).isEqualTo(VolumeType.MANAGED);
        assertThat(all(workspace.volumes().list(catalog, "sales"))).extracting(VolumeInfo::getName).containsExactly("landing");

        workspace.volumes().delete(catalog + ".sales.landing");
        assertThat(Files.exists(directory)).isFalse();
        workspace.schemas().delete(catalog + ".sales");
        workspace.catalogs().delete(new DeleteCatalogRequest().setName(catalog).setForce(true));
        assertThatThrownBy(() -> workspace.catalogs().get(catalog)).satisfies(e -> assertErrorCode(e, "RESOURCE_DOES_NOT_EXIST"));
    }

    @Test
    void parentsMustExistAndNonEmptyParentsNeedForce() {
        assertThatThrownBy(() -> workspace.schemas().create(new CreateSchema().setCatalogName("no_such_" + catalog).setName("s")))
                .isInstanceOf(DatabricksError.class)
                .satisfies(e -> assertErrorCode(e, "RESOURCE_DOES_NOT_EXIST"));

        workspace.catalogs().create(new CreateCatalog().setName(catalog));
        workspace.schemas().create(new CreateSchema().setCatalogName(catalog).setName("full"));
        workspace.volumes().create(new CreateVolumeRequestContent().setCatalogName(catalog).setSchemaName("full")
                .setName("v").setVolumeType(VolumeType.MANAGED));

        RawHttp http = RawHttp.bearer(local.url(), local.token());
        RawHttp.Reply schemaNotEmpty = http.delete("/api/2.1/unity-catalog/schemas/" + catalog + ".full");
        assertThat(schemaNotEmpty.status()).isEqualTo(400);
        assertThat(schemaNotEmpty.json().path("message").asText()).contains("not empty");
        RawHttp.Reply catalogNotEmpty = http.delete("/api/2.1/unity-catalog/catalogs/" + catalog);
        assertThat(catalogNotEmpty.status()).isEqualTo(400);

        assertThat(http.delete("/api/2.1/unity-catalog/catalogs/" + catalog + "?force=true").status()).isEqualTo(200);
        assertThat(http.get("/api/2.1/unity-catalog/volumes/" + catalog + ".full.v").status()).isEqualTo(404);
        assertThat(http.get("/api/2.1/unity-catalog/schemas?catalog_name=" + catalog).status()).isEqualTo(404);
    }

    @Test
    void duplicatesAndBadNamesAreRefused() {
        workspace.catalogs().create(new CreateCatalog().setName(catalog));
        assertThatThrownBy(() -> workspace.catalogs().create(new CreateCatalog().setName(catalog.toUpperCase())))
                .satisfies(e -> assertErrorCode(e, "RESOURCE_ALREADY_EXISTS"));
        RawHttp http = RawHttp.bearer(local.url(), local.token());
        assertThat(http.post("/api/2.1/unity-catalog/schemas", "{\"catalog_name\":\"" + catalog + "\",\"name\":\"a.b\"}").errorCode())
                .isEqualTo("INVALID_PARAMETER_VALUE");
        assertThat(http.post("/api/2.1/unity-catalog/catalogs", "{}").json().path("message").asText()).isEqualTo("Missing required field: name");
        assertThat(http.get("/api/2.1/unity-catalog/schemas").errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");
    }

    @Test
    void tablesAreStoredWithTheirFullName() {
        workspace.catalogs().create(new CreateCatalog().setName(catalog));
        RawHttp http = RawHttp.bearer(local.url(), local.token());
        RawHttp.Reply created = http.post("/api/2.1/unity-catalog/tables", "{\"catalog_name\":\"" + catalog
                + "\",\"schema_name\":\"default\",\"name\":\"Events\",\"columns\":[{\"name\":\"id\",\"type_name\":\"LONG\"}]}");
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().path("full_name").asText()).isEqualTo(catalog + ".default.events");
        assertThat(created.json().path("table_type").asText()).isEqualTo("MANAGED");
        assertThat(workspace.tables().get(catalog + ".default.events").getColumns()).hasSize(1);
        assertThat(workspace.tables().exists(catalog + ".default.events").getTableExists()).isTrue();
        workspace.tables().delete(catalog + ".default.events");
        assertThat(workspace.tables().exists(catalog + ".default.events").getTableExists()).isFalse();
    }
}
