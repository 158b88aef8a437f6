package dev.lakeroute.dblocal.controlplane.token;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.service.settings.CreateTokenRequest;
import com.databricks.sdk.service.settings.CreateTokenResponse;
import com.databricks.sdk.service.settings.PublicTokenInfo;
import com.databricks.sdk.service.settings.TokenInfo;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Token and token-management through the unchanged Databricks SDK. */
class TokenSdkTest {
    @RegisterExtension
    static DatabricksLocalExtension local = DatabricksLocalExtension.perJvm();

    private WorkspaceClient workspace(String token) {
        return new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setToken(token));
    }

    @Test
    void createdTokenWorksWithTheSdkAndIsListedWithoutItsValue() {
        WorkspaceClient admin = workspace(local.token());
        CreateTokenResponse created = admin.tokens().create(new CreateTokenRequest().setComment("sdk").setLifetimeSeconds(3600L));
        String tokenId = created.getTokenInfo().getTokenId();
        assertThat(created.getTokenValue()).startsWith("dapi");

        WorkspaceClient withPat = workspace(created.getTokenValue());
        List<PublicTokenInfo> listed = StreamSupport.stream(withPat.tokens().list().spliterator(), false).toList();
        assertThat(listed).extracting(PublicTokenInfo::getTokenId).contains(tokenId);
        assertThat(listed).extracting(PublicTokenInfo::getComment).contains("sdk");

        List<TokenInfo> managed = StreamSupport.stream(admin.tokenManagement().list(new com.databricks.sdk.service.settings.ListTokenManagementRequest())
                .spliterator(), false).toList();
        assertThat(managed).extracting(TokenInfo::getTokenId).contains(tokenId);

        admin.tokens().delete(tokenId);
        assertThatThrownBy(() -> withPat.tokens().list().iterator().hasNext()).hasMessageContaining("Invalid access token");
    }
}
