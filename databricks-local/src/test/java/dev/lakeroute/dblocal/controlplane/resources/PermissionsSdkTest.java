package dev.lakeroute.dblocal.controlplane.resources;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.service.compute.CreatePolicy;
import com.databricks.sdk.service.iam.AccessControlRequest;
import com.databricks.sdk.service.iam.AccessControlResponse;
import com.databricks.sdk.service.iam.ObjectPermissions;
import com.databricks.sdk.service.iam.PermissionLevel;
import com.databricks.sdk.service.iam.PermissionsDescription;
import com.databricks.sdk.service.iam.SetObjectPermissions;
import com.databricks.sdk.service.iam.UpdateObjectPermissions;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PermissionsSdkTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();

    @Test
    void setUpdateAndGetAnAccessControlList() {
        WorkspaceClient workspace = SdkClients.workspace(local);
        String clusterId = "0101-000000-perm" + UUID.randomUUID().toString().substring(0, 4);

        ObjectPermissions set = workspace.permissions().set(new SetObjectPermissions().setRequestObjectType("clusters")
                .setRequestObjectId(clusterId)
                .setAccessControlList(List.of(new AccessControlRequest().setUserName("ada@example.com").setPermissionLevel(PermissionLevel.CAN_RESTART))));
        assertThat(set.getObjectId()).isEqualTo("/clusters/" + clusterId);
        assertThat(set.getObjectType()).isEqualTo("cluster");

        workspace.permissions().update(new UpdateObjectPermissions().setRequestObjectType("clusters").setRequestObjectId(clusterId)
                .setAccessControlList(List.of(new AccessControlRequest().setGroupName("data").setPermissionLevel(PermissionLevel.CAN_ATTACH_TO))));

        ObjectPermissions read = workspace.permissions().get("clusters", clusterId);
        assertThat(read.getAccessControlList()).extracting(AccessControlResponse::getUserName).contains("ada@example.com");
        assertThat(read.getAccessControlList()).extracting(AccessControlResponse::getGroupName).contains("data", "admins");
        AccessControlResponse ada = read.getAccessControlList().stream().filter(acl -> "ada@example.com".equals(acl.getUserName())).findFirst().orElseThrow();
        assertThat(ada.getAllPermissions()).singleElement().satisfies(permission -> {
            assertThat(permission.getPermissionLevel()).isEqualTo(PermissionLevel.CAN_RESTART);
            assertThat(permission.getInherited()).isFalse();
        });

        assertThat(workspace.permissions().getPermissionLevels("clusters", clusterId).getPermissionLevels())
                .extracting(PermissionsDescription::getPermissionLevel)
                .containsExactly(PermissionLevel.CAN_ATTACH_TO, PermissionLevel.CAN_RESTART, PermissionLevel.CAN_MANAGE);
    }

    @Test
    void levelsAreCheckedAndStoreBackedObjectsMustExist() {
        RawHttp http = RawHttp.bearer(local.url(), local.token());
        RawHttp.Reply wrongLevel = http.send(http.request("/api/2.0/permissions/clusters/abc").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"access_control_list\":[{\"user_name\":\"a@b.c\",\"permission_level\":\"CAN_USE\"}]}")).build());
        assertThat(wrongLevel.status()).isEqualTo(400);
        assertThat(wrongLevel.errorCode()).isEqualTo("INVALID_PARAMETER_VALUE");

        RawHttp.Reply missingPolicy = http.get("/api/2.0/permissions/cluster-policies/0000000000000000");
        assertThat(missingPolicy.status()).isEqualTo(404);
        assertThat(missingPolicy.errorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST");

        String policyId = SdkClients.workspace(local).clusterPolicies().create(new CreatePolicy().setName("perm-" + UUID.randomUUID())
                .setDefinition("{}")).getPolicyId();
        assertThat(SdkClients.workspace(local).clusterPolicies().getPermissions(policyId).getObjectId()).isEqualTo("/cluster-policies/" + policyId);
        assertThat(http.get("/api/2.0/permissions/unknown-things/1").status()).isEqualTo(400);
    }
}
