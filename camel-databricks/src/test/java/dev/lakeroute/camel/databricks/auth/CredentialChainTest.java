package dev.lakeroute.camel.databricks.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialChainTest {

    @TempDir
    Path home;

    private ResolvedAuth resolve(DatabricksConfiguration config, Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.put("HOME", home.toString());
        return new CredentialChain(DatabricksEnvironment.of(all)).resolve(config);
    }

    private static DatabricksConfiguration config(String host) {
        DatabricksConfiguration c = new DatabricksConfiguration();
        c.setHost(host);
        return c;
    }

    @Test
    void optionsWinOverEverythingElse() {
        DatabricksConfiguration c = config("adb-1.azuredatabricks.net");
        c.setToken("dapi-option");
        ResolvedAuth auth = resolve(c, Map.of("DATABRICKS_TOKEN", "dapi-env"));
        assertThat(auth.method()).isEqualTo(AuthMethod.TOKEN);
        assertThat(auth.credentials().token()).isEqualTo("dapi-option");
        assertThat(auth.host().url()).isEqualTo("https://adb-1.azuredatabricks.net");
    }

    @Test
    void usernameAndPasswordGiveBasicAuth() {
        DatabricksConfiguration c = config("h.example.com");
        c.setUsername("user");
        c.setPassword("pw-secret");
        assertThat(resolve(c, Map.of()).method()).isEqualTo(AuthMethod.BASIC);
    }

    @Test
    void clientIdAndSecretGiveOauthM2mAndAzureTripleGivesAzure() {
        DatabricksConfiguration m2m = config("h.example.com");
        m2m.setClientId("sp");
        m2m.setClientSecret("sp-secret");
        assertThat(resolve(m2m, Map.of()).method()).isEqualTo(AuthMethod.OAUTH_M2M);

        DatabricksConfiguration azure = config("adb-1.azuredatabricks.net");
        azure.setAzureTenantId("tenant");
        azure.setAzureClientId("app");
        azure.setAzureClientSecret("app-secret");
        assertThat(resolve(azure, Map.of()).method()).isEqualTo(AuthMethod.AZURE_CLIENT_SECRET);
    }

    @Test
    void namedProfileIsReadFromTheConfigFileInHome() throws Exception {
        Files.writeString(home.resolve(".databrickscfg"), """
                [DEFAULT]
                host = https://default.example.com
                token = dapi-default

                [DEV]
                host = https://dev.example.com
                client_id = dev-sp
                client_secret = dev-secret
                account_id = acc-dev
                """);
        DatabricksConfiguration c = new DatabricksConfiguration();
        c.setProfile("DEV");
        ResolvedAuth auth = resolve(c, Map.of());
        assertThat(auth.host().url()).isEqualTo("https://dev.example.com");
        assertThat(auth.method()).isEqualTo(AuthMethod.OAUTH_M2M);
        assertThat(auth.accountId()).isEqualTo("acc-dev");
        assertThat(auth.credentials().source()).contains("profile DEV");

        ResolvedAuth fallback = resolve(new DatabricksConfiguration(), Map.of());
        assertThat(fallback.host().url()).isEqualTo("https://default.example.com");
        assertThat(fallback.credentials().token()).isEqualTo("dapi-default");
    }

    @Test
    void configFileLocationComesFromTheEnvironmentSeam() throws Exception {
        Path file = home.resolve("elsewhere.cfg");
        Files.writeString(file, "[PROD]\nhost = prod.example.com\ntoken = dapi-prod\n");
        ResolvedAuth auth = resolve(new DatabricksConfiguration(),
                Map.of("DATABRICKS_CONFIG_FILE", file.toString(), "DATABRICKS_CONFIG_PROFILE", "PROD"));
        assertThat(auth.host().url()).isEqualTo("https://prod.example.com");
        assertThat(auth.credentials().token()).isEqualTo("dapi-prod");
    }

    @Test
    void missingProfileNamesTheProfilesThatExist() throws Exception {
        Files.writeString(home.resolve(".databrickscfg"), "[A]\nhost = a.example.com\n[B]\nhost = b.example.com\n");
        DatabricksConfiguration c = new DatabricksConfiguration();
        c.setProfile("C");
        assertThatThrownBy(() -> resolve(c, Map.of())).isInstanceOf(DatabricksConfigurationException.class)
                .hasMessageContaining("profile").hasMessageContaining("one of A, B");
    }

    @Test
    void environmentVariablesComeThroughTheSeam() {
        ResolvedAuth auth = resolve(new DatabricksConfiguration(),
                Map.of("DATABRICKS_HOST", "env.example.com", "DATABRICKS_TOKEN", "dapi-env"));
        assertThat(auth.host().url()).isEqualTo("https://env.example.com");
        assertThat(auth.credentials().token()).isEqualTo("dapi-env");
        assertThat(auth.credentials().source()).isEqualTo("environment");
    }

    @Test
    void netrcEntryForTheHostIsTheLastResort() throws Exception {
        Files.writeString(home.resolve(".netrc"), """
                machine other.example.com login x password y
                machine ws.example.com
                  login token
                  password dapi-netrc
                """);
        ResolvedAuth auth = resolve(config("https://ws.example.com"), Map.of());
        assertThat(auth.method()).isEqualTo(AuthMethod.BASIC);
        assertThat(auth.credentials().username()).isEqualTo("token");
        assertThat(auth.credentials().password()).isEqualTo("dapi-netrc");
    }

    @Test
    void credentialsOfAnotherHostAreNeverUsed() {
        assertThatThrownBy(() -> resolve(config("mine.example.com"),
                Map.of("DATABRICKS_HOST", "theirs.example.com", "DATABRICKS_TOKEN", "dapi-theirs")))
                .isInstanceOf(DatabricksConfigurationException.class)
                .hasMessageContaining("no credentials found for host https://mine.example.com")
                .hasMessageContaining("allowed: token; username+password");
    }

    @Test
    void halfConfiguredCredentialsAreReported() {
        DatabricksConfiguration c = config("h.example.com");
        c.setClientId("sp");
        assertThatThrownBy(() -> resolve(c, Map.of())).hasMessageContaining("Invalid option clientSecret");
        DatabricksConfiguration azure = config("h.example.com");
        azure.setAzureTenantId("t");
        assertThatThrownBy(() -> resolve(azure, Map.of())).hasMessageContaining("Invalid option azureClientId");
    }

    @Test
    void attributesNeverPrintSecrets() {
        DatabricksConfiguration c = config("h.example.com");
        c.setToken("dapi-very-secret");
        ResolvedAuth auth = resolve(c, Map.of());
        assertThat(auth.toString()).doesNotContain("dapi-very-secret");
        assertThat(auth.credentials().toString()).doesNotContain("dapi-very-secret");
    }

    @Test
    void netrcAndConfigParsersHandleTheirFormats() {
        NetrcFile netrc = NetrcFile.parse("default login anon password guest\nmachine a login u password p macdef init\nx\n");
        assertThat(netrc.find("a").orElseThrow().password()).isEqualTo("p");
        assertThat(netrc.find("zzz").orElseThrow().login()).isEqualTo("anon");
        DatabricksConfigFile cfg = DatabricksConfigFile.parse(Path.of("x"), "; comment\n[P]\nHost=h\n# c\ntoken = t\n");
        assertThat(cfg.profile("P").orElseThrow().host()).isEqualTo("h");
    }
}
