package dev.lakeroute.dblocal.controlplane.workspace;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.core.error.platform.NotFound;
import com.databricks.sdk.service.workspace.ExportFormat;
import com.databricks.sdk.service.workspace.ExportRequest;
import com.databricks.sdk.service.workspace.ExportResponse;
import com.databricks.sdk.service.workspace.Import;
import com.databricks.sdk.service.workspace.ImportFormat;
import com.databricks.sdk.service.workspace.ObjectInfo;
import com.databricks.sdk.service.workspace.ObjectType;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import dev.lakeroute.dblocal.store.StateStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceApiTest {
    private static final String SCALA_NOTEBOOK = "// Databricks notebook source\nval x = 1\n\n// COMMAND ----------\n\nprintln(x + 1)\n";

    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();

    private WorkspaceClient workspace;
    private RawHttp http;
    private String home;

    @BeforeEach
    void setUp() {
        workspace = new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(local.token()));
        http = RawHttp.bearer(local.url(), local.token());
        home = "/Users/ws-test-" + UUID.randomUUID();
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sdkImportsAndExportsASourceNotebookUnchanged() {
        workspace.workspace().mkdirs(home + "/project");
        workspace.workspace().importContent(new Import().setPath(home + "/project/etl").setFormat(ImportFormat.SOURCE)
                .setLanguage(com.databricks.sdk.service.workspace.Language.SCALA).setContent(b64(SCALA_NOTEBOOK)));

        ExportResponse exported = workspace.workspace().export(new ExportRequest().setPath(home + "/project/etl").setFormat(ExportFormat.SOURCE));
        assertThat(new String(Base64.getDecoder().decode(exported.getContent()), StandardCharsets.UTF_8)).isEqualTo(SCALA_NOTEBOOK);
        assertThat(exported.getFileType()).isEqualTo("scala");

        ObjectInfo status = workspace.workspace().getStatus(home + "/project/etl");
        assertThat(status.getObjectType()).isEqualTo(ObjectType.NOTEBOOK);
        assertThat(status.getLanguage()).isEqualTo(com.databricks.sdk.service.workspace.Language.SCALA);
        assertThat(status.getObjectId()).isPositive();

        List<ObjectInfo> listed = new ArrayList<>();
        workspace.workspace().list(home).forEach(listed::add);
        assertThat(listed).extracting(ObjectInfo::getPath, ObjectInfo::getObjectType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(home + "/project", ObjectType.DIRECTORY));

        assertThat(workspace.workspace().getStatus(home + "/project/etl").getObjectId()).isEqualTo(status.getObjectId());
        assertThat(workspace.workspace().getStatus("/Workspace" + home + "/project/etl").getObjectId()).isEqualTo(status.getObjectId());
    }

    @Test
    void executionPlaneReadsNotebooksWithTheirCells() {
        workspace.workspace().importContent(new Import().setPath(home + "/cells").setFormat(ImportFormat.SOURCE)
                .setLanguage(com.databricks.sdk.service.workspace.Language.SCALA).setContent(b64(SCALA_NOTEBOOK)));

        // The execution plane's view: the same data directory, read through the Java API.
        Notebook notebook = new WorkspaceFiles(new StateStore(local.server().dataDir())).readNotebook(home + "/cells");
        assertThat(notebook.language()).isEqualTo(Language.SCALA);
        assertThat(notebook.source()).isEqualTo(SCALA_NOTEBOOK);
        assertThat(notebook.cells()).containsExactly("val x = 1", "println(x + 1)");
    }

    @Test
    void autoFormatRecognisesNotebooksByHeaderAndKeepsOtherContentAsFiles() {
        http.post("/api/2.0/workspace/import", "{\"path\":\"" + home + "/job.py\",\"format\":\"AUTO\",\"content\":\""
                + b64("# Databricks notebook source\nprint(1)\n") + "\"}");
        http.post("/api/2.0/workspace/import", "{\"path\":\"" + home + "/data.csv\",\"format\":\"AUTO\",\"content\":\"" + b64("a,b\n1,2\n") + "\"}");

        RawHttp.Reply notebook = http.get("/api/2.0/workspace/get-status?path=" + home + "/job");
        assertThat(notebook.json().path("object_type").asText()).isEqualTo("NOTEBOOK");
        assertThat(notebook.json().path("language").asText()).isEqualTo("PYTHON");
        RawHttp.Reply file = http.get("/api/2.0/workspace/get-status?path=" + home + "/data.csv");
        assertThat(file.json().path("object_type").asText()).isEqualTo("FILE");
        assertThat(file.json().path("size").asLong()).isEqualTo(8);
        assertThat(file.json().has("language")).isFalse();

        RawHttp.Reply exported = http.get("/api/2.0/workspace/export?path=" + home + "/data.csv&format=RAW");
        assertThat(new String(Base64.getDecoder().decode(exported.json().path("content").asText()), StandardCharsets.UTF_8)).isEqualTo("a,b\n1,2\n");
        RawHttp.Reply direct = http.get("/api/2.0/workspace/export?path=" + home + "/job&direct_download=true");
        assertThat(direct.body()).isEqualTo("# Databricks notebook source\nprint(1)\n");
    }

    @Test
    void sourceWithoutHeaderIsExportedWithIt() {
        http.post("/api/2.0/workspace/import", "{\"path\":\"" + home + "/plain\",\"language\":\"SQL\",\"content\":\"" + b64("SELECT 1") + "\"}");
        RawHttp.Reply exported = http.get("/api/2.0/workspace/export?path=" + home + "/plain");
        assertThat(new String(Base64.getDecoder().decode(exported.json().path("content").asText()), StandardCharsets.UTF_8))
                .isEqualTo("-- Databricks notebook source\nSELECT 1");
        assertThat(exported.json().path("file_type").asText()).isEqualTo("sql");
    }

    @Test
    void jupyterNotebooksConvertToSourceCells() {
        String ipynb = "{\"cells\":[{\"cell_type\":\"markdown\",\"source\":[\"# Title\"]},{\"cell_type\":\"code\",\"source\":[\"x = 1\\n\",\"print(x)\"]}],"
                + "\"metadata\":{\"kernelspec\":{\"language\":\"python\"}},\"nbformat\":4,\"nbformat_minor\":5}";
        assertThat(http.post("/api/2.0/workspace/import", "{\"path\":\"" + home + "/nb.ipynb\",\"format\":\"JUPYTER\",\"content\":\"" + b64(ipynb) + "\"}").status())
                .isEqualTo(200);
        RawHttp.Reply source = http.get("/api/2.0/workspace/export?path=" + home + "/nb&format=SOURCE");
        assertThat(new String(Base64.getDecoder().decode(source.json().path("content").asText()), StandardCharsets.UTF_8))
                .isEqualTo("# Databricks notebook source\n# MAGIC %md\n# MAGIC # Title\n\n# COMMAND ----------\n\nx = 1\nprint(x)\n");
        RawHttp.Reply jupyter = http.get("/api/2.0/workspace/export?path=" + home + "/nb&format=JUPYTER");
        assertThat(jupyter.json().path("file_type").asText()).isEqualTo("ipynb");
        String back = new String(Base64.getDecoder().decode(jupyter.json().path("content").asText()), StandardCharsets.UTF_8);
        assertThat(back).contains("\"cell_type\":\"markdown\"").contains("# Title").contains("print(x)");
    }

    @Test
    void notebooksExportAsDbcArchivesAndSelfContainedHtml() throws Exception {
        String python = "# Databricks notebook source\nx = 1\n\n# COMMAND ----------\n\n# MAGIC %md\n# MAGIC # Totals <b>\n";
        workspace.workspace().mkdirs(home);
        workspace.workspace().importContent(new Import().setPath(home + "/report").setFormat(ImportFormat.SOURCE)
                .setLanguage(com.databricks.sdk.service.workspace.Language.PYTHON).setContent(b64(python)));

        ExportResponse dbc = workspace.workspace().export(new ExportRequest().setPath(home + "/report").setFormat(ExportFormat.DBC));
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(Base64.getDecoder().decode(dbc.getContent())))) {
            java.util.zip.ZipEntry entry = zip.getNextEntry();
            assertThat(entry.getName()).isEqualTo("report.python");
            com.fasterxml.jackson.databind.JsonNode model = new com.fasterxml.jackson.databind.ObjectMapper().readTree(zip.readAllBytes());
            assertThat(model.path("version").asText()).isEqualTo("NotebookV1");
            assertThat(model.path("language").asText()).isEqualTo("python");
            assertThat(model.path("commands").findValuesAsText("command")).containsExactly("x = 1", "%md\n# Totals <b>");
            assertThat(zip.getNextEntry()).isNull();
        }

        ExportResponse html = workspace.workspace().export(new ExportRequest().setPath(home + "/report").setFormat(ExportFormat.HTML));
        String page = new String(Base64.getDecoder().decode(html.getContent()), StandardCharsets.UTF_8);
        assertThat(html.getFileType()).isEqualTo("html");
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<title>report</title>").contains("x = 1")
                .contains("# Totals &lt;b&gt;").contains("__DATABRICKS_NOTEBOOK_MODEL")
                .doesNotContain("src=\"http").doesNotContain("href=\"http");
    }

    @Test
    void errorsMatchDatabricks() {
        RawHttp.Reply noParent = http.post("/api/2.0/workspace/import", "{\"path\":\"/nowhere-" + UUID.randomUUID() + "/nb\",\"language\":\"PYTHON\",\"content\":\"\"}");
        assertThat(noParent.status()).isEqualTo(404);
        assertThat(noParent.errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");

        String nb = "{\"path\":\"" + home + "/nb\",\"language\":\"PYTHON\",\"content\":\"" + b64("print(1)") + "\"}";
        assertThat(http.post("/api/2.0/workspace/import", nb).status()).isEqualTo(200);
        RawHttp.Reply again = http.post("/api/2.0/workspace/import", nb);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.errorCode()).isEqualTo("RESOURCE_ALREADY_EXISTS");
        assertThat(http.post("/api/2.0/workspace/import", nb.replace("}", ",\"overwrite\":true}")).status()).isEqualTo(200);

        RawHttp.Reply mkdirsOverNotebook = http.post("/api/2.0/workspace/mkdirs", "{\"path\":\"" + home + "/nb/sub\"}");
        assertThat(mkdirsOverNotebook.status()).isEqualTo(400);
        assertThat(mkdirsOverNotebook.errorCode()).isEqualTo("RESOURCE_ALREADY_EXISTS");

        RawHttp.Reply notEmpty = http.post("/api/2.0/workspace/delete", "{\"path\":\"" + home + "\"}");
        assertThat(notEmpty.status()).isEqualTo(400);
        assertThat(notEmpty.errorCode()).isEqualTo("DIRECTORY_NOT_EMPTY");

        RawHttp.Reply missing = http.get("/api/2.0/workspace/get-status?path=" + home + "/missing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");
        assertThat(http.post("/api/2.0/workspace/delete", "{\"path\":\"" + home + "/missing\"}").status()).isEqualTo(404);
        assertThat(http.post("/api/2.0/workspace/import", "{\"path\":\"" + home + "/x\",\"format\":\"DBC\",\"content\":\"\"}").status()).isEqualTo(400);

        assertThat(http.post("/api/2.0/workspace/delete", "{\"path\":\"" + home + "\",\"recursive\":true}").status()).isEqualTo(200);
        assertThatThrownBy(() -> workspace.workspace().getStatus(home + "/nb")).isInstanceOf(NotFound.class);
    }

    @Test
    void listOfANotebookIsTheNotebookAndEmptyFoldersListNothing() {
        workspace.workspace().mkdirs(home + "/empty");
        assertThat(http.get("/api/2.0/workspace/list?path=" + home + "/empty").json().path("objects").isMissingNode()).isTrue();
        http.post("/api/2.0/workspace/import", "{\"path\":\"" + home + "/one\",\"language\":\"R\",\"content\":\"" + b64("x <- 1") + "\"}");
        RawHttp.Reply listed = http.get("/api/2.0/workspace/list?path=" + home + "/one");
        assertThat(listed.json().path("objects")).hasSize(1);
        assertThat(listed.json().path("objects").get(0).path("language").asText()).isEqualTo("R");
    }

    @Test
    void multipartImportTakesTheContentFilePart() {
        String boundary = "----lakeroute" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"path\"\r\n\r\n" + home + "/uploaded\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"language\"\r\n\r\nSCALA\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"uploaded.scala\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + SCALA_NOTEBOOK + "\r\n--" + boundary + "--\r\n";
        RawHttp.Reply reply = http.send(http.request("/api/2.0/workspace/import")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        RawHttp.Reply exported = http.get("/api/2.0/workspace/export?path=" + home + "/uploaded&direct_download=true");
        assertThat(exported.body()).isEqualTo(SCALA_NOTEBOOK);
    }
}
