package dev.lakeroute.dblocal.auth;

import com.databricks.sdk.AccountClient;
import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.service.oauth2.CreateServicePrincipalFederationPolicyRequest;
import com.databricks.sdk.service.oauth2.DeleteServicePrincipalFederationPolicyRequest;
import com.databricks.sdk.service.oauth2.FederationPolicy;
import com.databricks.sdk.service.oauth2.GetServicePrincipalFederationPolicyRequest;
import com.databricks.sdk.service.oauth2.ListServicePrincipalFederationPoliciesRequest;
import com.databricks.sdk.service.oauth2.OidcFederationPolicy;
import com.databricks.sdk.service.oauth2.UpdateServicePrincipalFederationPolicyRequest;
import com.databricks.sdk.core.error.platform.NotFound;
import dev.lakeroute.dblocal.DatabricksLocal;
import dev.lakeroute.dblocal.http.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Workload identity federation end to end over HTTP: policies created with the SDK's account client, a
 * local OIDC issuer's JWT exchanged at {@code /oidc/v1/token}, the server checking signature (JWKS over
 * HTTP), expiry, issuer, audience and subject.
 */
class WorkloadIdentityFederationTest {
    private static final String TOKEN = "dapi-federation-test";
    private static String ACCOUNT;
    private static DatabricksLocal local;
    private static LocalOidcIssuer issuer;
    private static AccountClient account;
    private static String tokenEndpoint;

    @BeforeAll
    static void start() {
        local = DatabricksLocal.builder().token(TOKEN).start();
        ACCOUNT = local.accountId();
        issuer = LocalOidcIssuer.start();
        account = new AccountClient(new DatabricksConfig().setHost(local.url()).setAccountId(ACCOUNT).setToken(TOKEN));
        tokenEndpoint = local.url() + "/oidc/v1/token";
    }

    @AfterAll
    static void stop() {
        issuer.close();
        local.close();
    }

    @Test
    void federationPoliciesAreCreatedListedUpdatedAndDeletedWithTheAccountClient() {
        FederationPolicy created = account.servicePrincipalFederationPolicy().create(new CreateServicePrincipalFederationPolicyRequest()
                .setServicePrincipalId(7L).setPolicyId("github-main")
                .setPolicy(new FederationPolicy().setDescription("CI").setOidcPolicy(new OidcFederationPolicy()
                        .setIssuer("https://token.actions.githubusercontent.com")
                        .setAudiences(List.of(ACCOUNT)).setSubject("repo:org/repo:ref:refs/heads/main"))));
        assertThat(created.getPolicyId()).isEqualTo("github-main");
        assertThat(created.getServicePrincipalId()).isEqualTo(7L);
        assertThat(created.getName()).isEqualTo("accounts/" + ACCOUNT + "/servicePrincipals/7/federationPolicies/github-main");
        assertThat(created.getUid()).isNotBlank();

        FederationPolicy updated = account.servicePrincipalFederationPolicy().update(new UpdateServicePrincipalFederationPolicyRequest()
                .setServicePrincipalId(7L).setPolicyId("github-main").setUpdateMask("oidc_policy.subject")
                .setPolicy(new FederationPolicy().setOidcPolicy(new OidcFederationPolicy().setSubject("repo:org/repo:environment:prod"))));
        assertThat(updated.getOidcPolicy().getSubject()).isEqualTo("repo:org/repo:environment:prod");
        assertThat(updated.getOidcPolicy().getIssuer()).isEqualTo("https://token.actions.githubusercontent.com");
        assertThat(updated.getDescription()).isEqualTo("CI");

        assertThat(StreamSupport.stream(account.servicePrincipalFederationPolicy()
                .list(new ListServicePrincipalFederationPoliciesRequest().setServicePrincipalId(7L)).spliterator(), false)
                .map(FederationPolicy::getPolicyId)).containsExactly("github-main");

        account.servicePrincipalFederationPolicy().delete(new DeleteServicePrincipalFederationPolicyRequest()
                .setServicePrincipalId(7L).setPolicyId("github-main"));
        assertThatThrownBy(() -> account.servicePrincipalFederationPolicy().get(new GetServicePrincipalFederationPolicyRequest()
                .setServicePrincipalId(7L).setPolicyId("github-main"))).isInstanceOf(NotFound.class);
    }

    @Test
    void aTokenThePolicyTrustsIsExchangedForAWorkspaceToken() {
        trust(11L, "system:serviceaccount:jobs:etl", tokenEndpoint);
        String jwt = issuer.idToken("system:serviceaccount:jobs:etl", tokenEndpoint, Duration.ofMinutes(5));

        RawHttp.Reply reply = exchange(jwt, "11");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("token_type").asText()).isEqualTo("Bearer");
        assertThat(reply.json().path("expires_in").asLong()).isEqualTo(3600);
        assertThat(RawHttp.bearer(local.url(), reply.json().path("access_token").asText())
                .get("/api/2.0/token/list").status()).isEqualTo(200);
    }

    @Test
    void tokensThePolicyDoesNotTrustAreRefusedWithTheReason() {
        trust(12L, "repo:org/app:ref:refs/heads/main", tokenEndpoint);
        String subject = "repo:org/app:ref:refs/heads/main";

        assertRefused(exchange(issuer.idToken(subject, "https://elsewhere", Duration.ofMinutes(5)), "12"), "audience");
        assertRefused(exchange(issuer.idToken("repo:org/app:pull_request", tokenEndpoint, Duration.ofMinutes(5)), "12"), "subject");
        assertRefused(exchange(issuer.sign(subject, List.of(tokenEndpoint), Instant.now().minusSeconds(120)), "12"), "expired");
        String valid = issuer.idToken(subject, tokenEndpoint, Duration.ofMinutes(5));
        String forged = valid.substring(0, valid.lastIndexOf('.') + 1) + "AAAA" + valid.substring(valid.lastIndexOf('.') + 5);
        assertRefused(exchange(forged, "12"), "signature");
        assertRefused(exchange(valid, "13"), "trusts issuer");
        assertRefused(exchange("not-a-jwt", "12"), "not a signed JWT");
    }

    @Test
    void theSdkFileOidcCredentialsAuthenticateThroughAFederationPolicy(@TempDir Path dir) throws Exception {
        trust(21L, "spiffe://cluster/ns/etl/sa/runner", tokenEndpoint);
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, issuer.idToken("spiffe://cluster/ns/etl/sa/runner", tokenEndpoint, Duration.ofMinutes(5)));

        WorkspaceClient workspace = new WorkspaceClient(new DatabricksConfig().setHost(local.url()).setAuthType("file-oidc")
                .setClientId("21").setOidcTokenFilepath(tokenFile.toString()));

        assertThat(workspace.tokens().list()).isNotNull();
        assertThat(workspace.config().getAuthType()).isEqualTo("file-oidc");
    }

    @Test
    void anExpiredWorkspaceTokenAnswers401SoClientsKnowToRefresh() {
        trust(31L, "svc", tokenEndpoint);
        String accessToken = exchange(issuer.idToken("svc", tokenEndpoint, Duration.ofMinutes(5)), "31").json()
                .path("access_token").asText();
        RawHttp client = RawHttp.bearer(local.url(), accessToken);
        assertThat(client.get("/api/2.0/token/list").status()).isEqualTo(200);

        local.expireOAuthTokens();

        RawHttp.Reply expired = client.get("/api/2.0/token/list");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().path("message").asText()).isEqualTo("Token is expired.");
    }

    private static void trust(long servicePrincipalId, String subject, String audience) {
        account.servicePrincipalFederationPolicy().create(new CreateServicePrincipalFederationPolicyRequest()
                .setServicePrincipalId(servicePrincipalId)
                .setPolicy(new FederationPolicy().setOidcPolicy(new OidcFederationPolicy()
                        .setIssuer(issuer.issuer()).setAudiences(List.of(audience)).setSubject(subject))));
    }

    private static RawHttp.Reply exchange(String subjectToken, String clientId) {
        return new RawHttp(local.url(), null).postForm("/oidc/v1/token",
                "grant_type=" + enc(OAuthEndpoints.TOKEN_EXCHANGE) + "&subject_token=" + enc(subjectToken)
                + "&subject_token_type=" + enc("urn:ietf:params:oauth:token-type:jwt") + "&scope=all-apis&client_id=" + enc(clientId));
    }

    private static void assertRefused(RawHttp.Reply reply, String reason) {
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("error").asText()).isEqualTo("invalid_grant");
        assertThat(reply.json().path("error_description").asText()).contains(reason);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
