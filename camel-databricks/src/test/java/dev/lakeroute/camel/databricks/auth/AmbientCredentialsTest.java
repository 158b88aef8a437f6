package dev.lakeroute.camel.databricks.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which of the surroundings' credentials the chain picks, from which keys, in the SDKs' order; no network, no process run. */
class AmbientCredentialsTest {

    private static final String HOST = "https://adb-1.11.azuredatabricks.net";

    @TempDir
    Path home;

    private ResolvedAuth resolve(DatabricksConfiguration config, Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.put("HOME", home.toString());
        return new CredentialChain(DatabricksEnvironment.of(all)).resolve(config);
    }

    private static DatabricksConfiguration config() {
        DatabricksConfiguration c = new DatabricksConfiguration();
        c.setHost(HOST);
        return c;
    }

    @Test
    void oidcTokenInTheEnvironmentIsFederatedForTheServicePrincipalOfDatabricksClientId() {
        ResolvedAuth auth = resolve(config(), Map.of("DATABRICKS_OIDC_TOKEN", "jwt", "DATABRICKS_CLIENT_ID", "sp-app-id"));

        assertThat(auth.method()).isEqualTo(AuthMethod.ENV_OIDC);
        TokenSourceSpec.Federated spec = (TokenSourceSpec.Federated) auth.credentials().delegated();
        assertThat(spec.clientId()).isEqualTo("sp-app-id");
        assertThat(spec.origin()).isEqualTo(new TokenSourceSpec.FromVariable("DATABRICKS_OIDC_TOKEN", "jwt"));
    }

    @Test
    void oidcTokenVariableAndFileAndAudienceComeFromTheSdksKeys() throws Exception {
        ResolvedAuth named = resolve(config(), Map.of("DATABRICKS_OIDC_TOKEN_ENV", "MY_JWT", "MY_JWT", "jwt", "TOKEN_AUDIENCE", "acct"));
        assertThat(((TokenSourceSpec.Federated) named.credentials().delegated()).origin())
                .isEqualTo(new TokenSourceSpec.FromVariable("MY_JWT", "jwt"));
        assertThat(((TokenSourceSpec.Federated) named.credentials().delegated()).audience()).isEqualTo("acct");

        Files.writeString(home.resolve(".databrickscfg"), "[K8S]\nhost = " + HOST + "\nclient_id = sp\n"
                + "oidc_token_filepath = /var/run/secrets/tokens/databricks\n");
        DatabricksConfiguration c = new DatabricksConfiguration();
        c.setProfile("K8S");
        ResolvedAuth file = resolve(c, Map.of());
        assertThat(file.method()).isEqualTo(AuthMethod.FILE_OIDC);
        assertThat(((TokenSourceSpec.Federated) file.credentials().delegated()).origin())
                .isEqualTo(new TokenSourceSpec.FromFile(Path.of("/var/run/secrets/tokens/databricks")));
    }

    @Test
    void githubActionsAndAzurePipelinesAreRecognisedByTheirVariables() {
        assertThat(resolve(config(), Map.of("ACTIONS_ID_TOKEN_REQUEST_URL", "https://gh/x", "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "t"))
                .method()).isEqualTo(AuthMethod.GITHUB_OIDC);
        assertThat(resolve(config(), Map.of("SYSTEM_ACCESSTOKEN", "t", "SYSTEM_TEAMFOUNDATIONCOLLECTIONURI", "https://dev.azure.com/o/",
                "SYSTEM_TEAMPROJECTID", "p", "SYSTEM_HOSTTYPE", "build", "SYSTEM_PLANID", "pl", "SYSTEM_JOBID", "j")).method())
                .isEqualTo(AuthMethod.AZURE_DEVOPS_OIDC);
        assertThatThrownBy(() -> resolve(config(), Map.of("SYSTEM_ACCESSTOKEN", "t")))
                .as("half a pipeline is no pipeline").hasMessageContaining("no credentials found");
    }

    @Test
    void configuredSecretsComeBeforeTheSurroundingsAndAuthTypePicksOne() {
        Map<String, String> env = Map.of("DATABRICKS_OIDC_TOKEN", "jwt", "ARM_USE_MSI", "true");
        DatabricksConfiguration withToken = config();
        withToken.setToken("dapi-1");
        assertThat(resolve(withToken, env).method()).isEqualTo(AuthMethod.TOKEN);
        assertThat(resolve(config(), env).method()).as("env-oidc precedes azure-msi").isEqualTo(AuthMethod.ENV_OIDC);

        withToken.setAuthType("azure-msi");
        ResolvedAuth msi = resolve(withToken, env);
        assertThat(msi.method()).isEqualTo(AuthMethod.AZURE_MSI);
        assertThat(msi.credentials().delegated()).isEqualTo(new TokenSourceSpec.AzureManagedIdentity(AzureMsiTokenSource.IMDS_ENDPOINT, null));

        assertThat(resolve(config(), Map.of("DATABRICKS_AUTH_TYPE", "pat", "DATABRICKS_TOKEN", "dapi-2", "DATABRICKS_OIDC_TOKEN", "jwt"))
                .method()).isEqualTo(AuthMethod.TOKEN);
    }

    @Test
    void anAuthTypeThatIsUnknownOrNotConfiguredSaysWhatItNeeds() {
        DatabricksConfiguration unknown = config();
        unknown.setAuthType("kerberos");
        assertThatThrownBy(() -> resolve(unknown, Map.of())).isInstanceOf(DatabricksConfigurationException.class)
                .hasMessageContaining("authType").hasMessageContaining("pat, basic, oauth-m2m, env-oidc");

        DatabricksConfiguration github = config();
        github.setAuthType("github-oidc");
        assertThatThrownBy(() -> resolve(github, Map.of())).hasMessageContaining("github-oidc is selected")
                .hasMessageContaining("ACTIONS_ID_TOKEN_REQUEST_URL");
    }

    @Test
    void managedIdentityUsesTheConfiguredEndpointAndUserAssignedClientId() {
        DatabricksConfiguration c = config();
        c.setAzureUseMsi(true);
        c.setAzureMsiEndpoint("http://127.0.0.1:9/metadata/identity/oauth2/token");
        ResolvedAuth auth = resolve(c, Map.of("ARM_CLIENT_ID", "uami-client"));
        assertThat(auth.credentials().delegated()).isEqualTo(new TokenSourceSpec.AzureManagedIdentity(
                "http://127.0.0.1:9/metadata/identity/oauth2/token", "uami-client"));

        c.setAzureMsiEndpoint("169.254.169.254/metadata");
        assertThatThrownBy(() -> resolve(c, Map.of())).hasMessageContaining("Invalid option azureMsiEndpoint");
    }

    @Test
    void azureCliIsOfferedForAzureWorkspacesWhenAzIsOnPath() throws Exception {
        Path bin = Files.createDirectories(home.resolve("bin"));
        executable(bin.resolve("az"));
        ResolvedAuth auth = resolve(config(), Map.of("PATH", bin.toString()));
        assertThat(auth.method()).isEqualTo(AuthMethod.AZURE_CLI);
        assertThat(((TokenSourceSpec.Command) auth.credentials().delegated()).command())
                .containsExactly(bin.resolve("az").toString(), "account", "get-access-token", "--resource",
                        AzureResource.DATABRICKS_APPLICATION_ID, "--output", "json");

        DatabricksConfiguration aws = new DatabricksConfiguration();
        aws.setHost("https://dbc-1.cloud.databricks.com");
        assertThatThrownBy(() -> resolve(aws, Map.of("PATH", bin.toString()))).hasMessageContaining("no credentials found");
    }

    @Test
    void databricksCliIsRunForTheHostOrItsTokenCacheIsRead() throws Exception {
        Path bin = Files.createDirectories(home.resolve("bin"));
        executable(bin.resolve("databricks"));
        DatabricksConfiguration aws = new DatabricksConfiguration();
        aws.setHost("https://dbc-1.cloud.databricks.com");
        ResolvedAuth cli = resolve(aws, Map.of("PATH", bin.toString()));
        assertThat(((TokenSourceSpec.Command) cli.credentials().delegated()).command())
                .containsExactly(bin.resolve("databricks").toString(), "auth", "token", "--host", "https://dbc-1.cloud.databricks.com");

        Path cache = home.resolve(".databricks/token-cache.json");
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "{\"version\":1,\"tokens\":{\"https://dbc-1.cloud.databricks.com\":{\"access_token\":\"a\","
                + "\"token_type\":\"Bearer\",\"expiry\":\"" + Instant.now().plusSeconds(60) + "\"}}}");
        ResolvedAuth cached = resolve(aws, Map.of());
        assertThat(cached.credentials().delegated()).isEqualTo(new TokenSourceSpec.CliTokenCache(cache,
                List.of("https://dbc-1.cloud.databricks.com")));

        aws.setDatabricksCliPath(home.resolve("missing").toString());
        assertThatThrownBy(() -> resolve(aws, Map.of())).hasMessageContaining("Invalid option databricksCliPath");
    }

    @Test
    void googleServiceAccountAsksTheMetadataServerForTheWorkspaceAudience() {
        DatabricksConfiguration gcp = new DatabricksConfiguration();
        gcp.setHost("https://1.1.gcp.databricks.com");
        ResolvedAuth auth = resolve(gcp, Map.of("DATABRICKS_GOOGLE_SERVICE_ACCOUNT", "etl@p.iam.gserviceaccount.com",
                "GCE_METADATA_HOST", "127.0.0.1:8080"));
        assertThat(auth.credentials().delegated()).isEqualTo(new TokenSourceSpec.GoogleIdentity("127.0.0.1:8080",
                "etl@p.iam.gserviceaccount.com", "https://1.1.gcp.databricks.com"));
    }

    @Test
    void aClientIdWithoutSecretOrTokenToFederateIsStillReported() {
        DatabricksConfiguration c = config();
        c.setClientId("sp");
        assertThatThrownBy(() -> resolve(c, Map.of())).hasMessageContaining("Invalid option clientSecret")
                .hasMessageContaining("workload identity token");
    }

    private static void executable(Path file) throws Exception {
        Files.writeString(file, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
