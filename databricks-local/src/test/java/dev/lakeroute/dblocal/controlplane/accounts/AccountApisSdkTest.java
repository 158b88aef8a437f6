package dev.lakeroute.dblocal.controlplane.accounts;

import com.databricks.sdk.AccountClient;
import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.core.DatabricksError;
import com.databricks.sdk.service.billing.BudgetConfiguration;
import com.databricks.sdk.service.billing.CreateBudgetConfigurationBudget;
import com.databricks.sdk.service.billing.CreateBudgetConfigurationRequest;
import com.databricks.sdk.service.billing.ListBudgetConfigurationsRequest;
import com.databricks.sdk.service.billing.UpdateBudgetConfigurationBudget;
import com.databricks.sdk.service.billing.UpdateBudgetConfigurationRequest;
import com.databricks.sdk.service.iam.ComplexValue;
import com.databricks.sdk.service.iam.Group;
import com.databricks.sdk.service.iam.ListAccountGroupsRequest;
import com.databricks.sdk.service.iam.ListAccountServicePrincipalsRequest;
import com.databricks.sdk.service.iam.ListAccountUsersRequest;
import com.databricks.sdk.service.iam.PermissionAssignment;
import com.databricks.sdk.service.iam.PermissionOutput;
import com.databricks.sdk.service.iam.ServicePrincipal;
import com.databricks.sdk.service.iam.UpdateWorkspaceAssignments;
import com.databricks.sdk.service.iam.User;
import com.databricks.sdk.service.iam.WorkspacePermission;
import com.databricks.sdk.service.provisioning.CreateWorkspaceRequest;
import com.databricks.sdk.service.provisioning.Workspace;
import com.databricks.sdk.service.provisioning.WorkspaceStatus;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.http.RawHttp;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The path-based account APIs and host metadata of a server configured with its workspace id, account id
 * and cloud, driven with the SDK's AccountClient (PAT and account-level OAuth M2M).
 */
class AccountApisSdkTest {
    private static final String ACCOUNT_ID = "3f2a9c4e-7b1d-4e8a-9c6f-1a2b3c4d5e6f";
    private static final String WORKSPACE_ID = "7412589630147852";

    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perClass(builder -> builder
            .accountId(ACCOUNT_ID).workspaceId(WORKSPACE_ID).cloud("azure")
            .servicePrincipal("account-automation", "s3cret-for-tests"));

    private AccountClient account;
    private String suffix;

    @BeforeEach
    void connect() {
        account = new AccountClient(new DatabricksConfig().setHost(local.url()).setAccountId(ACCOUNT_ID).setToken(local.token()));
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T> List<T> all(Iterable<T> items) {
        return StreamSupport.stream(items.spliterator(), false).toList();
    }

    @Test
    void hostMetadataReportsTheConfiguredWorkspaceAccountAndCloud() {
        JsonNode metadata = RawHttp.bearer(local.url(), "none").get("/.well-known/databricks-config").json();
        assertThat(metadata.path("workspace_id").asText()).isEqualTo(WORKSPACE_ID);
        assertThat(metadata.path("account_id").asText()).isEqualTo(ACCOUNT_ID);
        assertThat(metadata.path("cloud").asText()).isEqualTo("azure");
        assertThat(metadata.path("host").asText()).isEqualTo(local.url());
    }

    @Test
    void accountUsersGroupsAndServicePrincipalsAreADirectoryOfTheirOwn() {
        User user = account.users().create(new User().setUserName("ana-" + suffix + "@example.com").setDisplayName("Ana"));
        ServicePrincipal robot = account.servicePrincipals().create(new ServicePrincipal().setDisplayName("robot " + suffix));
        assertThat(robot.getApplicationId()).isNotEmpty();
        Group group = account.groups().create(new Group().setDisplayName("data-" + suffix)
                .setMembers(List.of(new ComplexValue().setValue(user.getId()), new ComplexValue().setValue(robot.getId()))));

        assertThat(account.groups().get(group.getId()).getMembers()).extracting(ComplexValue::getValue)
                .containsExactlyInAnyOrder(user.getId(), robot.getId());
        assertThat(account.users().get(user.getId()).getGroups()).extracting(ComplexValue::getDisplay).containsExactly("data-" + suffix);
        assertThat(all(account.users().list(new ListAccountUsersRequest().setFilter("userName eq \"ana-" + suffix + "@example.com\""))))
                .extracting(User::getId).containsExactly(user.getId());
        assertThat(all(account.servicePrincipals().list(new ListAccountServicePrincipalsRequest()))).extracting(ServicePrincipal::getId)
                .contains(robot.getId());
        assertThat(all(account.groups().list(new ListAccountGroupsRequest()))).extracting(Group::getId).contains(group.getId());

        // The workspace's own directory is another one.
        WorkspaceClient workspace = new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(local.token()));
        assertThat(all(workspace.users().list(new com.databricks.sdk.service.iam.ListUsersRequest()))).extracting(User::getUserName)
                .doesNotContain("ana-" + suffix + "@example.com");

        account.servicePrincipals().delete(robot.getId());
        assertThat(account.groups().get(group.getId()).getMembers()).extracting(ComplexValue::getValue).containsExactly(user.getId());
    }

    @Test
    void theServersWorkspaceIsInTheAccountAndPrincipalsAreAssignedToIt() throws Exception {
        Workspace own = account.workspaces().get(Long.parseLong(WORKSPACE_ID));
        assertThat(own.getWorkspaceStatus()).isEqualTo(WorkspaceStatus.RUNNING);
        assertThat(own.getAccountId()).isEqualTo(ACCOUNT_ID);

        Workspace created = account.workspaces().create(new CreateWorkspaceRequest().setWorkspaceName("analytics-" + suffix)
                .setAwsRegion("us-west-2")).get(Duration.ofSeconds(10));
        assertThat(all(account.workspaces().list())).extracting(Workspace::getWorkspaceId)
                .contains(Long.parseLong(WORKSPACE_ID), created.getWorkspaceId());

        User user = account.users().create(new User().setUserName("ops-" + suffix + "@example.com"));
        PermissionAssignment assigned = account.workspaceAssignment().update(new UpdateWorkspaceAssignments()
                .setWorkspaceId(created.getWorkspaceId()).setPrincipalId(Long.parseLong(user.getId()))
                .setPermissions(List.of(WorkspacePermission.ADMIN)));
        assertThat(assigned.getPrincipal().getUserName()).isEqualTo("ops-" + suffix + "@example.com");
        assertThat(all(account.workspaceAssignment().list(created.getWorkspaceId())))
                .singleElement().satisfies(a -> assertThat(a.getPermissions()).containsExactly(WorkspacePermission.ADMIN));
        assertThat(account.workspaceAssignment().get(created.getWorkspaceId()).getPermissions())
                .extracting(PermissionOutput::getPermissionLevel).containsExactly(WorkspacePermission.USER, WorkspacePermission.ADMIN);
        account.workspaceAssignment().delete(created.getWorkspaceId(), Long.parseLong(user.getId()));
        assertThat(all(account.workspaceAssignment().list(created.getWorkspaceId()))).isEmpty();

        account.workspaces().delete(created.getWorkspaceId());
        assertThatThrownBy(() -> account.workspaces().get(created.getWorkspaceId()))
                .satisfies(e -> assertThat(((DatabricksError) e).getErrorCode()).isEqualTo("RESOURCE_DOES_NOT_EXIST"));
    }

    @Test
    void budgetsAreStoredAndUsageDownloadsAsAnEmptyCsv() throws Exception {
        BudgetConfiguration budget = account.budgets().create(new CreateBudgetConfigurationRequest()
                .setBudget(new CreateBudgetConfigurationBudget().setDisplayName("team " + suffix))).getBudget();
        assertThat(budget.getBudgetConfigurationId()).isNotEmpty();
        assertThat(account.budgets().get(budget.getBudgetConfigurationId()).getBudget().getDisplayName()).isEqualTo("team " + suffix);
        account.budgets().update(new UpdateBudgetConfigurationRequest().setBudgetId(budget.getBudgetConfigurationId())
                .setBudget(new UpdateBudgetConfigurationBudget().setDisplayName("renamed " + suffix)));
        assertThat(all(account.budgets().list(new ListBudgetConfigurationsRequest()))).extracting(BudgetConfiguration::getDisplayName)
                .contains("renamed " + suffix);
        account.budgets().delete(budget.getBudgetConfigurationId());
        assertThat(all(account.budgets().list(new ListBudgetConfigurationsRequest()))).extracting(BudgetConfiguration::getBudgetConfigurationId)
                .doesNotContain(budget.getBudgetConfigurationId());

        try (var csv = account.billableUsage().download("2026-01", "2026-02").getContents()) {
            assertThat(new String(csv.readAllBytes(), StandardCharsets.UTF_8)).startsWith("workspaceId,timestamp,clusterId,");
        }
    }

    @Test
    void accountOAuthIssuesTokensToServicePrincipalsAndOtherAccountIdsAreRefused() {
        String basic = Base64.getEncoder().encodeToString("account-automation:s3cret-for-tests".getBytes(StandardCharsets.UTF_8));
        RawHttp client = new RawHttp(local.url(), "Basic " + basic);
        RawHttp.Reply token = client.postForm("/oidc/accounts/" + ACCOUNT_ID + "/v1/token", "grant_type=client_credentials&scope=all-apis");
        assertThat(token.status()).isEqualTo(200);
        String accessToken = token.json().path("access_token").asText();

        AccountClient asServicePrincipal = new AccountClient(new DatabricksConfig().setHost(local.url()).setAccountId(ACCOUNT_ID)
                .setToken(accessToken));
        assertThat(all(asServicePrincipal.workspaces().list())).extracting(Workspace::getWorkspaceId).contains(Long.parseLong(WORKSPACE_ID));

        RawHttp.Reply wrongAccount = client.postForm("/oidc/accounts/not-this-account/v1/token", "grant_type=client_credentials");
        assertThat(wrongAccount.status()).isEqualTo(400);
        RawHttp.Reply otherAccountApi = RawHttp.bearer(local.url(), local.token()).get("/api/2.0/accounts/not-this-account/workspaces");
        assertThat(otherAccountApi.status()).isEqualTo(404);
        assertThat(otherAccountApi.json().path("message").asText()).contains(ACCOUNT_ID);
    }
}
