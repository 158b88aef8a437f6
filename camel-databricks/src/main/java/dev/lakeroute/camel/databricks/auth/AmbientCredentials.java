package dev.lakeroute.camel.databricks.auth;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lakeroute.camel.databricks.DatabricksConfiguration;
import dev.lakeroute.camel.databricks.auth.TokenSourceSpec.Federated;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;
import dev.lakeroute.camel.databricks.http.HostUrl;

/**
 * The credentials the surroundings offer when no source configures a secret, in the SDKs' order:
 * {@code env-oidc}, {@code file-oidc}, {@code github-oidc}, {@code azure-devops-oidc}, {@code azure-msi},
 * {@code azure-cli} (Azure workspaces), {@code databricks-cli}, {@code google-id}. Each is offered only when
 * its settings or its platform's variables are present, so finding one costs no network call and no process.
 */
final class AmbientCredentials {

    private static final List<String> AZURE_DOMAINS = List.of(".azuredatabricks.net", ".databricks.azure.cn",
            ".databricks.azure.us");
    private static final List<String> AZURE_DEVOPS = List.of("SYSTEM_ACCESSTOKEN", "SYSTEM_TEAMFOUNDATIONCOLLECTIONURI",
            "SYSTEM_TEAMPROJECTID", "SYSTEM_HOSTTYPE", "SYSTEM_PLANID", "SYSTEM_JOBID");
    /** Variables a tool needs to find its own login, passed on when the environment seam sets them. */
    private static final List<String> TOOL_VARIABLES = List.of("HOME", "USERPROFILE", "PATH", "AZURE_CONFIG_DIR",
            "DATABRICKS_CONFIG_FILE");

    private final ChainSettings settings;
    private final DatabricksEnvironment environment;
    private final DatabricksConfiguration config;
    private final HostUrl host;
    private final String profile;
    private final ObjectMapper mapper = new ObjectMapper();

    AmbientCredentials(ChainSettings settings, DatabricksConfiguration config, HostUrl host, String profile) {
        this.settings = settings;
        this.environment = settings.environment();
        this.config = config;
        this.host = host;
        this.profile = profile;
    }

    /** The first method offered (only {@code only} when set). */
    Optional<TokenSourceSpec> find(Optional<AuthMethod> only) {
        Map<AuthMethod, Supplier<Optional<TokenSourceSpec>>> methods = new LinkedHashMap<>();
        methods.put(AuthMethod.ENV_OIDC, this::envOidc);
        methods.put(AuthMethod.FILE_OIDC, this::fileOidc);
        methods.put(AuthMethod.GITHUB_OIDC, this::githubOidc);
        methods.put(AuthMethod.AZURE_DEVOPS_OIDC, this::azureDevOpsOidc);
        methods.put(AuthMethod.AZURE_MSI, this::azureMsi);
        methods.put(AuthMethod.AZURE_CLI, () -> azureCli(only.isPresent()));
        methods.put(AuthMethod.DATABRICKS_CLI, this::databricksCli);
        methods.put(AuthMethod.GOOGLE_ID, this::googleId);
        for (Map.Entry<AuthMethod, Supplier<Optional<TokenSourceSpec>>> method : methods.entrySet()) {
            if (only.isEmpty() || only.get() == method.getKey()) {
                Optional<TokenSourceSpec> found = method.getValue().get();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** What {@code method} needs, for the error when {@code authType} selects it and it is missing. */
    static String requirement(AuthMethod method) {
        return switch (method) {
            case ENV_OIDC -> "the variable named by oidcTokenEnv / DATABRICKS_OIDC_TOKEN_ENV (default DATABRICKS_OIDC_TOKEN) holding a JWT";
            case FILE_OIDC -> "oidcTokenFilepath or DATABRICKS_OIDC_TOKEN_FILEPATH naming a file that holds a JWT";
            case GITHUB_OIDC -> "ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN (a GitHub Actions job with id-token: write)";
            case AZURE_DEVOPS_OIDC -> "the Azure Pipelines variables " + String.join(", ", AZURE_DEVOPS);
            case AZURE_MSI -> "azureUseMsi=true or ARM_USE_MSI=true";
            case AZURE_CLI -> "az on PATH (or AZ_PATH) and logged in";
            case DATABRICKS_CLI -> "databricksCliPath, DATABRICKS_CLI_PATH or databricks on PATH, or a token for the host in ~/.databricks/token-cache.json";
            case GOOGLE_ID -> "googleServiceAccount or DATABRICKS_GOOGLE_SERVICE_ACCOUNT";
            default -> "its credentials in the options, a profile or the environment";
        };
    }

    private Optional<TokenSourceSpec> envOidc() {
        String variable = settings.get(config.getOidcTokenEnv(), "oidc_token_env", "DATABRICKS_OIDC_TOKEN_ENV")
                .orElse("DATABRICKS_OIDC_TOKEN");
        return environment.lookup(variable).map(value -> federated(AuthMethod.ENV_OIDC,
                new TokenSourceSpec.FromVariable(variable, value)));
    }

    private Optional<TokenSourceSpec> fileOidc() {
        return settings.get(config.getOidcTokenFilepath(), "oidc_token_filepath", "DATABRICKS_OIDC_TOKEN_FILEPATH")
                .map(path -> federated(AuthMethod.FILE_OIDC, new TokenSourceSpec.FromFile(expandHome(path))));
    }

    private Optional<TokenSourceSpec> githubOidc() {
        Optional<String> url = environment.lookup("ACTIONS_ID_TOKEN_REQUEST_URL");
        Optional<String> token = environment.lookup("ACTIONS_ID_TOKEN_REQUEST_TOKEN");
        if (url.isEmpty() || token.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(federated(AuthMethod.GITHUB_OIDC, new TokenSourceSpec.FromGithubActions(url.get(), token.get())));
    }

    private Optional<TokenSourceSpec> azureDevOpsOidc() {
        List<String> values = new ArrayList<>();
        for (String variable : AZURE_DEVOPS) {
            Optional<String> value = environment.lookup(variable);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value.get());
        }
        return Optional.of(federated(AuthMethod.AZURE_DEVOPS_OIDC, new TokenSourceSpec.FromAzureDevOps(values.get(1),
                values.get(2), values.get(3), values.get(4), values.get(5), values.get(0))));
    }

    private Federated federated(AuthMethod method, TokenSourceSpec.IdTokenOrigin origin) {
        String clientId = settings.get(config.getClientId(), "client_id", "DATABRICKS_CLIENT_ID").orElse(null);
        String audience = settings.get(config.getTokenAudience(), "token_audience", "TOKEN_AUDIENCE").orElse(null);
        return new Federated(method, origin, clientId, audience);
    }

    private Optional<TokenSourceSpec> azureMsi() {
        if (!settings.flag(config.isAzureUseMsi(), "azure_use_msi", "ARM_USE_MSI")) {
            return Optional.empty();
        }
        String clientId = settings.get(config.getAzureClientId(), "azure_client_id", "ARM_CLIENT_ID", "DATABRICKS_AZURE_CLIENT_ID")
                .orElse(null);
        String endpoint = config.getAzureMsiEndpoint() == null || config.getAzureMsiEndpoint().isBlank()
                ? AzureMsiTokenSource.IMDS_ENDPOINT : config.getAzureMsiEndpoint().trim();
        return Optional.of(new TokenSourceSpec.AzureManagedIdentity(validEndpoint(endpoint), clientId));
    }

    /** Plain http is right here: the metadata service is link-local and speaks nothing else. */
    private static String validEndpoint(String endpoint) {
        try {
            URI uri = URI.create(endpoint);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return endpoint;
            }
        } catch (IllegalArgumentException e) {
            // Reported below.
        }
        throw new DatabricksConfigurationException("azureMsiEndpoint", endpoint + " is not an http(s) URL",
                "the instance metadata token endpoint, default " + AzureMsiTokenSource.IMDS_ENDPOINT);
    }

    /** Only for Azure workspaces unless asked for by name: az answers for any host, and would shadow the tools after it. */
    private Optional<TokenSourceSpec> azureCli(boolean selected) {
        String hostName = host.hostName().toLowerCase(Locale.ROOT);
        if (!selected && AZURE_DOMAINS.stream().noneMatch(hostName::endsWith)) {
            return Optional.empty();
        }
        Optional<Path> az = environment.lookup("AZ_PATH").map(Path::of).filter(Files::isExecutable).or(() -> onPath("az"));
        return az.map(path -> new TokenSourceSpec.Command(AuthMethod.AZURE_CLI,
                List.of(path.toString(), "account", "get-access-token", "--resource", AzureResource.DATABRICKS_APPLICATION_ID,
                        "--output", "json"),
                toolEnvironment(), "accessToken", "tokenType", "expiresOn"));
    }

    private Optional<TokenSourceSpec> databricksCli() {
        Optional<String> configured = settings.get(config.getDatabricksCliPath(), "databricks_cli_path", "DATABRICKS_CLI_PATH");
        if (configured.isPresent() && !Files.isExecutable(expandHome(configured.get()))) {
            throw new DatabricksConfigurationException("databricksCliPath", configured.get() + " is not an executable file",
                    "the path of the databricks CLI, or unset to look for databricks on PATH");
        }
        Optional<Path> cli = configured.map(this::expandHome).or(() -> onPath("databricks"));
        if (cli.isPresent()) {
            List<String> command = new ArrayList<>(List.of(cli.get().toString(), "auth", "token"));
            command.addAll(profile == null ? List.of("--host", host.url()) : List.of("--profile", profile));
            return Optional.of(new TokenSourceSpec.Command(AuthMethod.DATABRICKS_CLI, command, toolEnvironment(),
                    "access_token", "token_type", "expiry"));
        }
        List<String> keys = profile == null ? List.of(host.url()) : List.of(profile, host.url());
        TokenSourceSpec.CliTokenCache cache = new TokenSourceSpec.CliTokenCache(
                environment.home().resolve(".databricks").resolve("token-cache.json"), keys);
        return Files.isRegularFile(cache.file()) && DatabricksCliTokenCache.hasEntry(cache, mapper)
                ? Optional.of(cache) : Optional.empty();
    }

    private Optional<TokenSourceSpec> googleId() {
        return settings.get(config.getGoogleServiceAccount(), "google_service_account", "DATABRICKS_GOOGLE_SERVICE_ACCOUNT")
                .map(account -> new TokenSourceSpec.GoogleIdentity(
                        environment.lookup("GCE_METADATA_HOST").orElse(GoogleIdTokenSource.METADATA_HOST), account, host.url()));
    }

    private Optional<Path> onPath(String tool) {
        Optional<String> path = environment.lookup("PATH");
        if (path.isEmpty()) {
            return Optional.empty();
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        for (String dir : path.get().split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            for (String name : windows ? List.of(tool + ".exe", tool + ".cmd") : List.of(tool)) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private Map<String, String> toolEnvironment() {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String name : TOOL_VARIABLES) {
            environment.lookup(name).ifPresent(value -> variables.put(name, value));
        }
        return Map.copyOf(variables);
    }

    private Path expandHome(String path) {
        return path.startsWith("~/") ? environment.home().resolve(path.substring(2)) : Path.of(path);
    }
}
