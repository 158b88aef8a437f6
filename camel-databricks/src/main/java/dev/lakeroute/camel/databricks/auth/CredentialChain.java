package dev.lakeroute.camel.databricks.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;
import dev.lakeroute.camel.databricks.http.HostUrl;

/**
 * Resolves host and credentials in the order the Databricks SDKs' unified auth uses:
 * options, the named profile, {@code DATABRICKS_*} environment, the {@code DEFAULT} profile, then a
 * netrc entry for the host, then what the surroundings offer ({@link AmbientCredentials}: workload
 * identity federation, Azure managed identity, the az and databricks CLIs, Google ID tokens).
 * A source's credentials are only used for the host that source names (or when it names none), so a
 * token meant for one workspace never travels to another. {@code authType} ({@code DATABRICKS_AUTH_TYPE},
 * {@code auth_type}) restricts the chain to one method.
 */
public final class CredentialChain {

    public static final String ALLOWED_CREDENTIALS = "token; username+password; clientId+clientSecret; "
            + "azureTenantId+azureClientId+azureClientSecret; profile (~/.databrickscfg or DATABRICKS_CONFIG_FILE); "
            + "DATABRICKS_TOKEN, DATABRICKS_CLIENT_ID+DATABRICKS_CLIENT_SECRET or DATABRICKS_USERNAME+DATABRICKS_PASSWORD "
            + "environment; a ~/.netrc machine entry for the host; a workload identity token (DATABRICKS_OIDC_TOKEN, "
            + "oidcTokenFilepath, GitHub Actions or Azure Pipelines OIDC); azureUseMsi; the az or databricks CLI's login; "
            + "googleServiceAccount";

    private final DatabricksEnvironment environment;

    public CredentialChain(DatabricksEnvironment environment) {
        this.environment = Objects.requireNonNull(environment);
    }

    public ResolvedAuth resolve(DatabricksConfiguration config) {
        List<AuthAttributes> sources = new ArrayList<>();
        AuthAttributes options = fromOptions(config);
        checkComplete(options, "");
        sources.add(options);

        Path configFile = configFilePath(config);
        List<Map<String, String>> namedProfile = new ArrayList<>();
        List<Map<String, String>> defaultProfile = new ArrayList<>();
        Optional<String> profileName = Optional.ofNullable(blankToNull(config.getProfile()))
                .or(() -> environment.lookup("DATABRICKS_CONFIG_PROFILE"));
        if (profileName.isPresent()) {
            sources.add(namedProfile(configFile, profileName.get(), config.getProfile() != null, namedProfile));
        }
        sources.add(fromEnvironment());
        if (profileName.isEmpty() && Files.isRegularFile(configFile)) {
            DatabricksConfigFile file = DatabricksConfigFile.read(configFile);
            file.profile(DatabricksConfigFile.DEFAULT_PROFILE).ifPresent(sources::add);
            file.values(DatabricksConfigFile.DEFAULT_PROFILE).ifPresent(defaultProfile::add);
        }
        ChainSettings settings = new ChainSettings(environment, namedProfile, defaultProfile);

        String rawHost = sources.stream().map(AuthAttributes::host).filter(Objects::nonNull).findFirst()
                .orElseThrow(() -> new DatabricksConfigurationException("host", "no workspace host is configured",
                        "an https URL or host name in the host option, a profile's host, or DATABRICKS_HOST"));
        HostUrl host = HostUrl.parse("host", rawHost, config.isAllowInsecureHttp());
        String accountId = sources.stream().map(AuthAttributes::accountId).filter(Objects::nonNull).findFirst().orElse(null);
        Optional<AuthMethod> only = authType(config, settings);

        for (AuthAttributes source : sources) {
            if (source.hasCredentials() && servesHost(source, host, config) && only.map(source.method()::equals).orElse(true)) {
                return new ResolvedAuth(host, accountId, source.withHost(host.url()));
            }
        }
        if (only.isEmpty() || only.get() == AuthMethod.BASIC) {
            Optional<AuthAttributes> netrc = fromNetrc(config, host);
            if (netrc.isPresent()) {
                return new ResolvedAuth(host, accountId, netrc.get());
            }
        }
        Optional<TokenSourceSpec> ambient = new AmbientCredentials(settings, config, host, profileName.orElse(null)).find(only);
        if (ambient.isPresent()) {
            return new ResolvedAuth(host, accountId, AuthAttributes.delegated(ambient.get().method().sdkName(), host.url(),
                    accountId, ambient.get()));
        }
        if (only.isPresent()) {
            throw new DatabricksConfigurationException("authType", only.get().sdkName() + " is selected but not configured for host "
                    + host.url(), AmbientCredentials.requirement(only.get()));
        }
        // A client id alone is a federation client; without a token to federate it is half an M2M configuration.
        for (AuthAttributes source : sources) {
            if (source.clientId() != null && source.clientSecret() == null) {
                boolean env = source.source().equals("environment");
                throw new DatabricksConfigurationException(env ? "DATABRICKS_CLIENT_SECRET" : "clientSecret",
                        "clientId is set without clientSecret", "both clientId and clientSecret (OAuth M2M), or clientId with "
                        + "a workload identity token (env-oidc, file-oidc, github-oidc, azure-devops-oidc)");
            }
        }
        throw new DatabricksConfigurationException("token", "no credentials found for host " + host.url(),
                ALLOWED_CREDENTIALS);
    }

    private static Optional<AuthMethod> authType(DatabricksConfiguration config, ChainSettings settings) {
        Optional<String> authType = settings.get(config.getAuthType(), "auth_type", "DATABRICKS_AUTH_TYPE");
        return authType.map(value -> AuthMethod.ofAuthType(value).orElseThrow(() -> new DatabricksConfigurationException(
                "authType", "unknown authentication method " + value, AuthMethod.authTypes())));
    }

    private static boolean servesHost(AuthAttributes source, HostUrl host, DatabricksConfiguration config) {
        if (source.host() == null) {
            return true;
        }
        return HostUrl.parse("host", source.host(), config.isAllowInsecureHttp()).url().equals(host.url());
    }

    private static AuthAttributes fromOptions(DatabricksConfiguration c) {
        return new AuthAttributes("options", blankToNull(c.getHost()), blankToNull(c.getAccountId()),
                blankToNull(c.getToken()), blankToNull(c.getUsername()), blankToNull(c.getPassword()),
                blankToNull(c.getClientId()), blankToNull(c.getClientSecret()), blankToNull(c.getAzureTenantId()),
                blankToNull(c.getAzureClientId()), blankToNull(c.getAzureClientSecret()));
    }

    private AuthAttributes fromEnvironment() {
        AuthAttributes env = new AuthAttributes("environment", env("DATABRICKS_HOST"), env("DATABRICKS_ACCOUNT_ID"),
                env("DATABRICKS_TOKEN"), env("DATABRICKS_USERNAME"), env("DATABRICKS_PASSWORD"),
                env("DATABRICKS_CLIENT_ID"), env("DATABRICKS_CLIENT_SECRET"),
                env("ARM_TENANT_ID", "DATABRICKS_AZURE_TENANT_ID"), env("ARM_CLIENT_ID", "DATABRICKS_AZURE_CLIENT_ID"),
                env("ARM_CLIENT_SECRET", "DATABRICKS_AZURE_CLIENT_SECRET"));
        checkComplete(env, "DATABRICKS_");
        return env;
    }

    private String env(String... names) {
        for (String name : names) {
            Optional<String> value = environment.lookup(name);
            if (value.isPresent()) {
                return value.get();
            }
        }
        return null;
    }

    private AuthAttributes namedProfile(Path configFile, String name, boolean fromOption, List<Map<String, String>> values) {
        String option = fromOption ? "profile" : "DATABRICKS_CONFIG_PROFILE";
        if (!Files.isRegularFile(configFile)) {
            throw new DatabricksConfigurationException(option, "profile " + name + " requested but config file "
                    + configFile + " does not exist", "an existing file set by configFile or DATABRICKS_CONFIG_FILE, or ~/.databrickscfg");
        }
        DatabricksConfigFile file = DatabricksConfigFile.read(configFile);
        file.values(name).ifPresent(values::add);
        return file.profile(name).orElseThrow(() -> new DatabricksConfigurationException(option,
                "profile " + name + " is not in " + configFile, "one of " + String.join(", ", file.profiles())));
    }

    private Path configFilePath(DatabricksConfiguration config) {
        return Optional.ofNullable(blankToNull(config.getConfigFile()))
                .or(() -> environment.lookup("DATABRICKS_CONFIG_FILE"))
                .map(this::expandHome)
                .orElseGet(() -> environment.home().resolve(".databrickscfg"));
    }

    private Optional<AuthAttributes> fromNetrc(DatabricksConfiguration config, HostUrl host) {
        Path netrc = Optional.ofNullable(blankToNull(config.getNetrcFile()))
                .or(() -> environment.lookup("NETRC"))
                .map(this::expandHome)
                .orElseGet(() -> environment.home().resolve(".netrc"));
        if (!Files.isRegularFile(netrc)) {
            return Optional.empty();
        }
        return NetrcFile.read(netrc).find(host.hostName().toLowerCase(Locale.ROOT))
                .map(e -> new AuthAttributes("netrc " + netrc, host.url(), null, null, e.login(), e.password(),
                        null, null, null, null, null));
    }

    /** Half-configured credentials are a mistake worth reporting, not a reason to silently try the next source. */
    private static void checkComplete(AuthAttributes a, String envPrefix) {
        boolean env = !envPrefix.isEmpty();
        if (a.username() != null && a.password() == null && a.token() == null) {
            throw new DatabricksConfigurationException(env ? "DATABRICKS_PASSWORD" : "password",
                    "username is set without password", "both username and password, or a token");
        }
        if (a.clientSecret() != null && a.clientId() == null) {
            throw new DatabricksConfigurationException(env ? "DATABRICKS_CLIENT_ID" : "clientId",
                    "clientSecret is set without clientId", "both clientId and clientSecret (OAuth M2M)");
        }
        int azure = (a.azureTenantId() == null ? 0 : 1) + (a.azureClientId() == null ? 0 : 1)
                    + (a.azureClientSecret() == null ? 0 : 1);
        if (!env && azure > 0 && azure < 3) {
            throw new DatabricksConfigurationException(a.azureTenantId() == null ? "azureTenantId"
                    : a.azureClientId() == null ? "azureClientId" : "azureClientSecret",
                    "Azure service principal credentials are incomplete", "azureTenantId, azureClientId and azureClientSecret together");
        }
    }

    private Path expandHome(String path) {
        return path.startsWith("~/") ? environment.home().resolve(path.substring(2)) : Path.of(path);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
