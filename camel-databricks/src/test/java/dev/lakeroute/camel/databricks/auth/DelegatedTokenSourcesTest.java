package dev.lakeroute.camel.databricks.auth;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lakeroute.camel.databricks.error.DatabricksUnauthenticatedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each token source speaks its platform's documented protocol, here played by a loopback server or a script. */
class DelegatedTokenSourcesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final Clock clock = Clock.systemUTC();

    @Test
    void azureManagedIdentityAsksTheMetadataServiceForTheDatabricksResource() {
        long expiresOn = Instant.now().plusSeconds(3000).getEpochSecond();
        try (LocalHttpEndpoint imds = LocalHttpEndpoint.answering("/metadata/identity/oauth2/token", r -> new LocalHttpEndpoint.Answer(200,
                "{\"access_token\":\"msi-token\",\"token_type\":\"Bearer\",\"expires_in\":\"3000\",\"expires_on\":\"" + expiresOn
                + "\",\"resource\":\"" + AzureResource.DATABRICKS_APPLICATION_ID + "\"}"))) {
            AccessToken token = new AzureMsiTokenSource(LocalHttpEndpoint.http(), MAPPER, clock,
                    imds.url() + "/metadata/identity/oauth2/token", AzureResource.DATABRICKS_APPLICATION_ID, "user-assigned-id",
                    TIMEOUT).get().join();

            assertThat(token.authorization()).isEqualTo("Bearer msi-token");
            assertThat(token.expiresAt()).isEqualTo(Instant.ofEpochSecond(expiresOn));
            LocalHttpEndpoint.Request asked = imds.requests().get(0);
            assertThat(asked.method()).isEqualTo("GET");
            assertThat(asked.header("Metadata")).isEqualTo("true");
            assertThat(asked.uri().getQuery()).contains("api-version=2018-02-01")
                    .contains("resource=" + AzureResource.DATABRICKS_APPLICATION_ID).contains("client_id=user-assigned-id");
        }
    }

    @Test
    void azureManagedIdentitySendsItsResourceManagerTokenAsTheSpManagementHeader() {
        long expiresOn = Instant.now().plusSeconds(3000).getEpochSecond();
        try (LocalHttpEndpoint imds = LocalHttpEndpoint.answering("/token", r -> new LocalHttpEndpoint.Answer(200,
                "{\"access_token\":\"" + (r.uri().getQuery().contains("management") ? "arm-token" : "adb-token")
                + "\",\"token_type\":\"Bearer\",\"expires_on\":\"" + expiresOn + "\"}"))) {
            CredentialsFactory factory = new CredentialsFactory(LocalHttpEndpoint.http(), MAPPER, clock, new TokenCaches(), TIMEOUT,
                    "https://login.microsoftonline.com");
            Credentials credentials = factory.create(AuthAttributes.delegated("azure-msi", null, null,
                    new TokenSourceSpec.AzureManagedIdentity(imds.url() + "/token", null)),
                    dev.lakeroute.camel.databricks.http.HostUrl.parse("host", "https://adb-1.1.azuredatabricks.net", false), null);

            assertThat(credentials.authorization().join()).isEqualTo("Bearer adb-token");
            assertThat(credentials.headers()).containsExactly(Map.entry("X-Databricks-Azure-SP-Management-Token", "arm-token"));
            assertThat(imds.requests()).extracting(r -> r.uri().getQuery())
                    .anyMatch(q -> q.contains("resource=" + AzureResource.DATABRICKS_APPLICATION_ID))
                    .anyMatch(q -> q.contains("resource=https%3A%2F%2Fmanagement.core.windows.net%2F")
                                   || q.contains("resource=https://management.core.windows.net/"));
            assertThat(credentials.toString()).doesNotContain("arm-token", "adb-token");
        }
    }

    @Test
    void azureManagedIdentityRefusalIsUnauthenticatedWithTheStatus() {
        try (LocalHttpEndpoint imds = LocalHttpEndpoint.answering("/token", r -> new LocalHttpEndpoint.Answer(400,
                "{\"error\":\"invalid_request\",\"error_description\":\"Identity not found\"}"))) {
            assertThatThrownBy(() -> new AzureMsiTokenSource(LocalHttpEndpoint.http(), MAPPER, clock, imds.url() + "/token",
                    AzureResource.DATABRICKS_APPLICATION_ID, null, TIMEOUT).get().join())
                    .hasCauseInstanceOf(DatabricksUnauthenticatedException.class).hasMessageContaining("Identity not found");
        }
    }

    @Test
    void githubActionsIdTokenIsRequestedForTheAudienceWithTheRequestToken() {
        try (LocalHttpEndpoint github = LocalHttpEndpoint.answering("/_apis/oidc", r -> new LocalHttpEndpoint.Answer(200,
                "{\"count\":1,\"value\":\"gh-jwt\"}"))) {
            IdTokenSource source = IdTokenSource.of(new TokenSourceSpec.FromGithubActions(
                    github.url() + "/_apis/oidc?api-version=2.0", "actions-request-token"), LocalHttpEndpoint.http(), MAPPER, TIMEOUT);

            assertThat(source.idToken("https://ws.example.com/oidc/v1/token").join()).isEqualTo("gh-jwt");
            LocalHttpEndpoint.Request asked = github.requests().get(0);
            assertThat(asked.header("Authorization")).isEqualTo("Bearer actions-request-token");
            assertThat(asked.uri().getQuery()).isEqualTo("api-version=2.0&audience=https://ws.example.com/oidc/v1/token");
        }
    }

    @Test
    void azureDevOpsOidcTokenIsPostedForToThePipelineJob() {
        try (LocalHttpEndpoint devops = LocalHttpEndpoint.answering("/org", r -> new LocalHttpEndpoint.Answer(200,
                "{\"oidcToken\":\"ado-jwt\"}"))) {
            IdTokenSource source = IdTokenSource.of(new TokenSourceSpec.FromAzureDevOps(devops.url() + "/org/", "proj",
                    "build", "plan-1", "job-2", "system-access-token"), LocalHttpEndpoint.http(), MAPPER, TIMEOUT);

            assertThat(source.idToken(null).join()).isEqualTo("ado-jwt");
            LocalHttpEndpoint.Request asked = devops.requests().get(0);
            assertThat(asked.method()).isEqualTo("POST");
            assertThat(asked.uri().getPath()).isEqualTo("/org/proj/_apis/distributedtask/hubs/build/plans/plan-1/jobs/job-2/oidctoken");
            assertThat(asked.uri().getQuery()).isEqualTo("api-version=7.2-preview.1");
            assertThat(asked.header("Authorization")).isEqualTo("Bearer system-access-token");
        }
    }

    @Test
    void oidcTokenFileIsReadOnEveryExchangeBecauseKubernetesRotatesIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("token");
        IdTokenSource source = IdTokenSource.of(new TokenSourceSpec.FromFile(file), LocalHttpEndpoint.http(), MAPPER, TIMEOUT);
        Files.writeString(file, "first-jwt\n");
        assertThat(source.idToken(null).join()).isEqualTo("first-jwt");
        Files.writeString(file, "rotated-jwt\n");
        assertThat(source.idToken(null).join()).isEqualTo("rotated-jwt");
    }

    @Test
    void googleIdTokenComesFromTheMetadataServerAndExpiresWithItsExpClaim() {
        long exp = Instant.now().plusSeconds(1800).getEpochSecond();
        String jwt = jwt("{\"iss\":\"https://accounts.google.com\",\"aud\":\"https://1.gcp.databricks.com\",\"exp\":" + exp + "}");
        try (LocalHttpEndpoint metadata = LocalHttpEndpoint.answering("/computeMetadata/v1/instance/service-accounts",
                r -> new LocalHttpEndpoint.Answer(200, jwt))) {
            AccessToken token = new GoogleIdTokenSource(LocalHttpEndpoint.http(), MAPPER, new TokenSourceSpec.GoogleIdentity(
                    metadata.url().substring("http://".length()), "etl@proj.iam.gserviceaccount.com", "https://1.gcp.databricks.com"),
                    TIMEOUT).get().join();

            assertThat(token.value()).isEqualTo(jwt);
            assertThat(token.expiresAt()).isEqualTo(Instant.ofEpochSecond(exp));
            LocalHttpEndpoint.Request asked = metadata.requests().get(0);
            assertThat(asked.header("Metadata-Flavor")).isEqualTo("Google");
            assertThat(asked.uri().getPath())
                    .isEqualTo("/computeMetadata/v1/instance/service-accounts/etl@proj.iam.gserviceaccount.com/identity");
            assertThat(asked.uri().getQuery()).isEqualTo("audience=https://1.gcp.databricks.com&format=full");
        }
    }

    @Test
    void azureCliTokenIsReadFromGetAccessTokenOutput(@TempDir Path dir) throws Exception {
        long expiresOn = Instant.now().plusSeconds(1200).getEpochSecond();
        Path az = script(dir, "az", "echo '{\"accessToken\":\"az-token\",\"expiresOn\":\"2030-01-01 10:00:00.000000\","
                + "\"expires_on\":" + expiresOn + ",\"tokenType\":\"Bearer\",\"tenant\":\"t\"}'");
        AccessToken token = new CliTokenSource(new TokenSourceSpec.Command(AuthMethod.AZURE_CLI,
                List.of(az.toString(), "account", "get-access-token", "--resource", AzureResource.DATABRICKS_APPLICATION_ID,
                        "--output", "json"), Map.of(), "accessToken", "tokenType", "expiresOn"), MAPPER, TIMEOUT).get().join();

        assertThat(token.authorization()).isEqualTo("Bearer az-token");
        assertThat(token.expiresAt()).isEqualTo(Instant.ofEpochSecond(expiresOn));
    }

    @Test
    void databricksCliTokenIsReadFromAuthTokenOutputWithItsArguments(@TempDir Path dir) throws Exception {
        Path args = dir.resolve("args");
        Path cli = script(dir, "databricks", "echo \"$@\" > " + args + "\necho '{\"access_token\":\"cli-token\","
                + "\"token_type\":\"Bearer\",\"expiry\":\"2031-02-03T04:05:06.789+01:00\"}'");
        AccessToken token = new CliTokenSource(new TokenSourceSpec.Command(AuthMethod.DATABRICKS_CLI,
                List.of(cli.toString(), "auth", "token", "--host", "https://ws.example.com"), Map.of("HOME", dir.toString()),
                "access_token", "token_type", "expiry"), MAPPER, TIMEOUT).get().join();

        assertThat(token.value()).isEqualTo("cli-token");
        assertThat(token.expiresAt()).isEqualTo(Instant.parse("2031-02-03T03:05:06.789Z"));
        assertThat(Files.readString(args).strip()).isEqualTo("auth token --host https://ws.example.com");
    }

    @Test
    void databricksCliIsAskedForAnAccountLoginOnTheAccountsHost(@TempDir Path dir) throws Exception {
        Path args = dir.resolve("args");
        Path cli = script(dir, "databricks", "echo \"$@\" > " + args + "\necho '{\"access_token\":\"acct-token\","
                + "\"token_type\":\"Bearer\",\"expiry\":\"2031-02-03T04:05:06Z\"}'");
        AuthAttributes workspaceLogin = AuthAttributes.delegated("databricks-cli", "https://ws.example.com", "acct-1",
                new TokenSourceSpec.Command(AuthMethod.DATABRICKS_CLI, List.of(cli.toString(), "auth", "token", "--host",
                        "https://ws.example.com"), Map.of(), "access_token", "token_type", "expiry"));
        CredentialsFactory factory = new CredentialsFactory(LocalHttpEndpoint.http(), MAPPER, clock, new TokenCaches(), TIMEOUT,
                "https://login.microsoftonline.com");

        Credentials accounts = factory.create(workspaceLogin,
                dev.lakeroute.camel.databricks.http.HostUrl.parse("accountsHost", "https://accounts.cloud.databricks.com", false),
                "acct-1");

        assertThat(accounts.authorization().join()).isEqualTo("Bearer acct-token");
        assertThat(accounts.refreshable()).as("a 401 runs the CLI again").isTrue();
        assertThat(Files.readString(args).strip())
                .isEqualTo("auth token --host https://accounts.cloud.databricks.com --account-id acct-1");
    }

    @Test
    void aFailingCliIsUnauthenticatedWithItsExitCodeAndFirstErrorLine(@TempDir Path dir) throws Exception {
        Path cli = script(dir, "databricks", "echo 'Error: not logged in to https://ws.example.com' >&2\nexit 3");
        assertThatThrownBy(() -> new CliTokenSource(new TokenSourceSpec.Command(AuthMethod.DATABRICKS_CLI,
                List.of(cli.toString(), "auth", "token"), Map.of(), "access_token", "token_type", "expiry"), MAPPER, TIMEOUT)
                .get().join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(DatabricksUnauthenticatedException.class)
                .hasMessageContaining("exited with 3").hasMessageContaining("not logged in");
    }

    @Test
    void databricksCliTokenCacheServesAValidTokenAndSaysHowToLogInWhenExpired(@TempDir Path home) throws Exception {
        Path file = home.resolve(".databricks/token-cache.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"version\":1,\"tokens\":{"
                + "\"https://fresh.example.com\":{\"access_token\":\"cached-token\",\"token_type\":\"Bearer\",\"refresh_token\":\"r1\","
                + "\"expiry\":\"" + Instant.now().plusSeconds(600) + "\"},"
                + "\"https://stale.example.com\":{\"access_token\":\"old\",\"token_type\":\"Bearer\",\"refresh_token\":\"r2\","
                + "\"expiry\":\"2020-01-01T00:00:00Z\"}}}");

        AccessToken fresh = new DatabricksCliTokenCache(new TokenSourceSpec.CliTokenCache(file, List.of("https://fresh.example.com")),
                MAPPER, clock).get().join();
        assertThat(fresh.value()).isEqualTo("cached-token");

        assertThatThrownBy(() -> new DatabricksCliTokenCache(new TokenSourceSpec.CliTokenCache(file,
                List.of("https://stale.example.com")), MAPPER, clock).get().join())
                .hasMessageContaining("expired at 2020-01-01T00:00:00Z")
                .hasMessageContaining("databricks auth login --host https://stale.example.com")
                .hasMessageNotContaining("r2").hasMessageNotContaining("old");
    }

    @Test
    void tokenCacheFetchesANewTokenShortlyBeforeExpiryAndAfterARejection() {
        MutableClock now = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        int[] fetches = {0};
        TokenCache cache = new TokenCache(() -> java.util.concurrent.CompletableFuture.completedFuture(
                new AccessToken("t" + ++fetches[0], "Bearer", now.instant().plusSeconds(600))), now);

        assertThat(cache.token().join().value()).isEqualTo("t1");
        now.advance(Duration.ofSeconds(500));
        assertThat(cache.token().join().value()).as("40 s of validity left: still used").isEqualTo("t1");
        now.advance(Duration.ofSeconds(50));
        assertThat(cache.token().join().value()).as("10 s left: a long wait's next poll gets a fresh token").isEqualTo("t2");
        cache.invalidate("Bearer t2");
        assertThat(cache.token().join().value()).as("after a 401").isEqualTo("t3");
    }

    @Test
    void specsAndAttributesNeverPrintTheirTokens() {
        AuthAttributes a = AuthAttributes.delegated("env-oidc", "https://ws.example.com", null, new TokenSourceSpec.Federated(
                AuthMethod.ENV_OIDC, new TokenSourceSpec.FromVariable("DATABRICKS_OIDC_TOKEN", "secret-jwt"), "sp", null));
        AuthAttributes g = AuthAttributes.delegated("github-oidc", null, null, new TokenSourceSpec.Federated(AuthMethod.GITHUB_OIDC,
                new TokenSourceSpec.FromGithubActions("https://gh/token", "secret-request-token"), null, null));
        assertThat(a.toString() + a.delegated() + g + g.delegated()).doesNotContain("secret-jwt", "secret-request-token");
        assertThat(a.secrets()).contains("secret-jwt");
        assertThat(g.secrets()).contains("secret-request-token");
        assertThat(a.method()).isEqualTo(AuthMethod.ENV_OIDC);
    }

    private static Path script(Path dir, String name, String body) throws Exception {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private static String jwt(String claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
               + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
