package dev.lakeroute.dblocal.controlplane.resources;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksError;
import com.databricks.sdk.service.iam.ComplexValue;
import com.databricks.sdk.service.iam.Group;
import com.databricks.sdk.service.iam.ListGroupsRequest;
import com.databricks.sdk.service.iam.ListServicePrincipalsRequest;
import com.databricks.sdk.service.iam.ListUsersRequest;
import com.databricks.sdk.service.iam.MeRequest;
import com.databricks.sdk.service.iam.PartialUpdate;
import com.databricks.sdk.service.iam.Patch;
import com.databricks.sdk.service.iam.PatchOp;
import com.databricks.sdk.service.iam.PatchSchema;
import com.databricks.sdk.service.iam.ServicePrincipal;
import com.databricks.sdk.service.iam.User;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.lakeroute.dblocal.controlplane.resources.SdkClients.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScimSdkTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();

    private WorkspaceClient workspace;
    private String suffix;

    @BeforeEach
    void connect() {
        workspace = SdkClients.workspace(local);
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void usersAreCreatedFoundByFilterPatchedAndDeleted() {
        User created = workspace.users().create(new User().setUserName("ada-" + suffix + "@example.com").setDisplayName("Ada"));
        assertThat(created.getId()).matches("\\d+");
        assertThat(created.getActive()).isTrue();
        assertThat(workspace.users().get(created.getId()).getDisplayName()).isEqualTo("Ada");

        List<User> found = all(workspace.users().list(new ListUsersRequest().setFilter("userName eq \"ADA-" + suffix + "@example.com\"")));
        assertThat(found).extracting(User::getId).containsExactly(created.getId());

        workspace.users().patch(new PartialUpdate().setId(created.getId())
                .setSchemas(List.of(PatchSchema.URN_IETF_PARAMS_SCIM_API_MESSAGES_2_0_PATCH_OP))
                .setOperations(List.of(new Patch().setOp(PatchOp.REPLACE).setPath("active").setValue(false),
                        new Patch().setOp(PatchOp.ADD).setPath("entitlements").setValue(List.of(Map.of("value", "allow-cluster-create"))))));
        User patched = workspace.users().get(created.getId());
        assertThat(patched.getActive()).isFalse();
        assertThat(patched.getEntitlements()).extracting(ComplexValue::getValue).containsExactly("allow-cluster-create");

        workspace.users().delete(created.getId());
        assertThatThrownBy(() -> workspace.users().get(created.getId())).isInstanceOf(DatabricksError.class);
    }

    @Test
    void servicePrincipalsGetAnApplicationIdAndArePatchedAndListed() {
        ServicePrincipal created = workspace.servicePrincipals().create(new ServicePrincipal().setDisplayName("etl " + suffix));
        assertThat(created.getApplicationId()).matches("[0-9a-f-]{36}");
        assertThat(created.getActive()).isTrue();
        workspace.servicePrincipals().patch(new PartialUpdate().setId(created.getId())
                .setSchemas(List.of(PatchSchema.URN_IETF_PARAMS_SCIM_API_MESSAGES_2_0_PATCH_OP))
                .setOperations(List.of(new Patch().setOp(PatchOp.REPLACE).setPath("active").setValue(false))));
        assertThat(workspace.servicePrincipals().get(created.getId()).getActive()).isFalse();
        assertThat(all(workspace.servicePrincipals().list(new ListServicePrincipalsRequest()
                .setFilter("applicationId eq \"" + created.getApplicationId() + "\"")))).extracting(ServicePrincipal::getId)
                .containsExactly(created.getId());
        assertThatThrownBy(() -> workspace.servicePrincipals().create(new ServicePrincipal().setApplicationId(created.getApplicationId())))
                .isInstanceOf(DatabricksError.class);
        workspace.servicePrincipals().delete(created.getId());
        assertThatThrownBy(() -> workspace.servicePrincipals().get(created.getId())).isInstanceOf(DatabricksError.class);
    }

    @Test
    void duplicateUserNameIsAConflict() {
        workspace.users().create(new User().setUserName("dup-" + suffix + "@example.com"));
        RawHttp.Reply second = RawHttp.bearer(local.url(), local.token())
                .post("/api/2.0/preview/scim/v2/Users", "{\"userName\":\"dup-" + suffix + "@example.com\"}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("schemas").get(0).asText()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
        assertThat(second.json().path("detail").asText()).contains("already exists");
    }

    @Test
    void groupMembersAreAddedAndRemovedWithPatchAndShowOnTheUser() {
        User member = workspace.users().create(new User().setUserName("member-" + suffix + "@example.com"));
        Group group = workspace.groups().create(new Group().setDisplayName("team-" + suffix));
        assertThat(all(workspace.groups().list(new ListGroupsRequest().setFilter("displayName eq \"team-" + suffix + "\""))))
                .extracting(Group::getId).containsExactly(group.getId());

        workspace.groups().patch(new PartialUpdate().setId(group.getId())
                .setOperations(List.of(new Patch().setOp(PatchOp.ADD).setPath("members").setValue(List.of(Map.of("value", member.getId()))))));
        assertThat(workspace.groups().get(group.getId()).getMembers()).extracting(ComplexValue::getValue).containsExactly(member.getId());
        assertThat(workspace.users().get(member.getId()).getGroups()).extracting(ComplexValue::getDisplay).containsExactly("team-" + suffix);

        workspace.groups().patch(new PartialUpdate().setId(group.getId())
                .setOperations(List.of(new Patch().setOp(PatchOp.REMOVE).setPath("members[value eq \"" + member.getId() + "\"]"))));
        assertThat(workspace.groups().get(group.getId()).getMembers()).isNullOrEmpty();

        workspace.groups().delete(group.getId());
        assertThatThrownBy(() -> workspace.groups().get(group.getId())).isInstanceOf(DatabricksError.class);
    }

    @Test
    void listPagesWithStartIndexAndCount() {
        for (int i = 0; i < 3; i++) {
            workspace.users().create(new User().setUserName("page" + i + "-" + suffix + "@example.com"));
        }
        RawHttp http = RawHttp.bearer(local.url(), local.token());
        String filter = java.net.URLEncoder.encode("userName co \"-" + suffix + "@\"", java.nio.charset.StandardCharsets.UTF_8);
        RawHttp.Reply first = http.get("/api/2.0/preview/scim/v2/Users?count=2&startIndex=1&filter=" + filter);
        assertThat(first.json().path("totalResults").asInt()).isEqualTo(3);
        assertThat(first.json().path("itemsPerPage").asInt()).isEqualTo(2);
        assertThat(first.json().path("startIndex").asInt()).isEqualTo(1);
        assertThat(first.json().path("Resources")).hasSize(2);
        RawHttp.Reply second = http.get("/api/2.0/preview/scim/v2/Users?count=2&startIndex=3&filter=" + filter);
        assertThat(second.json().path("Resources")).hasSize(1);
        assertThat(second.json().path("schemas").get(0).asText()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse");
        assertThat(all(workspace.users().list(new ListUsersRequest().setFilter("userName co \"-" + suffix + "@\"").setCount(1L)))).hasSize(3);
    }

    @Test
    void meDescribesTheCaller() {
        User me = workspace.currentUser().me(new MeRequest());
        assertThat(me.getUserName()).isEqualTo("admin@databricks.local");
        assertThat(me.getId()).matches("\\d+");
    }
}
