package dev.lakeroute.dblocal.controlplane.repos;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.core.error.platform.NotFound;
import com.databricks.sdk.service.workspace.CreateRepoRequest;
import com.databricks.sdk.service.workspace.CreateRepoResponse;
import com.databricks.sdk.service.workspace.GetRepoResponse;
import com.databricks.sdk.service.workspace.ListReposRequest;
import com.databricks.sdk.service.workspace.ObjectType;
import com.databricks.sdk.service.workspace.RepoInfo;
import com.databricks.sdk.service.workspace.UpdateRepoRequest;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReposApiTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();

    private WorkspaceClient workspace;
    private String folder;

    @BeforeEach
    void setUp() {
        workspace = new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(local.token()));
        folder = "/Repos/repos-test-" + UUID.randomUUID();
    }

    @Test
    void createGetUpdateListAndDeleteARepo() {
        CreateRepoResponse created = workspace.repos().create(new CreateRepoRequest()
                .setUrl("https://github.com/databricks/databricks-sdk-java.git").setProvider("gitHub").setPath(folder + "/sdk"));
        assertThat(created.getId()).isPositive();
        assertThat(created.getBranch()).isEqualTo("main");
        assertThat(created.getHeadCommitId()).hasSize(40);

        assertThat(workspace.workspace().getStatus(folder + "/sdk").getObjectType()).isEqualTo(ObjectType.REPO);
        assertThat(workspace.workspace().getStatus(folder + "/sdk").getObjectId()).isEqualTo(created.getId());

        workspace.repos().update(new UpdateRepoRequest().setRepoId(created.getId()).setBranch("feature"));
        GetRepoResponse fetched = workspace.repos().get(created.getId());
        assertThat(fetched.getBranch()).isEqualTo("feature");
        assertThat(fetched.getHeadCommitId()).isNotEqualTo(created.getHeadCommitId());
        assertThat(fetched.getUrl()).isEqualTo("https://github.com/databricks/databricks-sdk-java.git");

        List<RepoInfo> listed = new ArrayList<>();
        workspace.repos().list(new ListReposRequest().setPathPrefix(folder)).forEach(listed::add);
        assertThat(listed).extracting(RepoInfo::getId).containsExactly(created.getId());

        workspace.repos().delete(created.getId());
        assertThatThrownBy(() -> workspace.repos().get(created.getId())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> workspace.workspace().getStatus(folder + "/sdk")).isInstanceOf(NotFound.class);
    }

    @Test
    void listPagesByTwenty() {
        for (int i = 0; i < 23; i++) {
            workspace.repos().create(new CreateRepoRequest().setUrl("https://gitlab.com/org/r" + i).setProvider("gitLab").setPath(folder + String.format("/r%02d", i)));
        }
        RawHttp http = RawHttp.bearer(local.url(), local.token());
        RawHttp.Reply first = http.get("/api/2.0/repos?path_prefix=" + folder);
        assertThat(first.json().path("repos")).hasSize(20);
        assertThat(first.json().path("next_page_token").asText()).isNotEmpty();

        List<RepoInfo> all = new ArrayList<>();
        workspace.repos().list(new ListReposRequest().setPathPrefix(folder)).forEach(all::add);
        assertThat(all).hasSize(23);
        assertThat(all).extracting(RepoInfo::getPath).isSorted();
    }

    @Test
    void errors() {
        RawHttp http = RawHttp.bearer(local.url(), local.token());
        RawHttp.Reply missing = http.get("/api/2.0/repos/123456789");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");
        assertThat(http.get("/api/2.0/repos/not-a-number").status()).isEqualTo(400);
        assertThat(http.post("/api/2.0/repos", "{\"url\":\"https://example.com/x.git\"}").status()).isEqualTo(400);

        String body = "{\"url\":\"https://github.com/a/b\",\"provider\":\"github\",\"path\":\"" + folder + "/b\"}";
        assertThat(http.post("/api/2.0/repos", body).json().path("provider").asText()).isEqualTo("gitHub");
        RawHttp.Reply duplicate = http.post("/api/2.0/repos", body);
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.errorCode()).isEqualTo("RESOURCE_ALREADY_EXISTS");
    }
}
