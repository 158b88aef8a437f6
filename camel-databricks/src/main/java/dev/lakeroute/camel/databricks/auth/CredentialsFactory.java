package dev.lakeroute.camel.databricks.auth;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lakeroute.camel.databricks.http.HostUrl;
import dev.lakeroute.camel.databricks.support.Redactor;

/** Turns resolved attributes into {@link Credentials} for one base URL (workspace or accounts host). */
public final class CredentialsFactory {

    private final TokenHttp http;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final TokenCaches caches;
    private final Duration timeout;
    private final String azureLoginHost;

    public CredentialsFactory(TokenHttp http, ObjectMapper mapper, Clock clock, TokenCaches caches, Duration timeout,
                              String azureLoginHost) {
        this.http = http;
        this.mapper = mapper;
        this.clock = clock;
        this.caches = caches;
        this.timeout = timeout;
        this.azureLoginHost = azureLoginHost;
    }

    /**
     * @param base      the host requests go to
     * @param accountId set for the accounts host, whose OIDC endpoints live under the account
     */
    public Credentials create(AuthAttributes a, HostUrl base, String accountId) {
        return switch (a.method()) {
            case TOKEN -> StaticCredentials.bearer(a.token());
            case BASIC -> StaticCredentials.basic(a.username(), a.password());
            case OAUTH_M2M -> oauthM2M(a, base, accountId);
            case AZURE_CLIENT_SECRET -> azure(a);
            case NONE -> throw new IllegalStateException("The credential chain returned no credentials");
            default -> delegated(a.delegated(), base, accountId, Redactor.of(a.secrets()));
        };
    }

    private Credentials delegated(TokenSourceSpec spec, HostUrl base, String accountId, Redactor redactor) {
        Supplier<CompletableFuture<AccessToken>> source;
        String key;
        if (spec instanceof TokenSourceSpec.Federated federated) {
            OidcDiscovery discovery = new OidcDiscovery(http, mapper, discoveryUrl(base, accountId), timeout);
            // As the SDKs: the configured audience, else the account (account-level calls), else the token endpoint.
            String audience = federated.audience() != null ? federated.audience() : accountId;
            source = new TokenExchangeTokenSource(http, mapper, clock, discovery,
                    IdTokenSource.of(federated.origin(), http, mapper, timeout), federated.clientId(), audience, timeout);
            key = spec.method().sdkName() + " " + discovery.discoveryUrl() + " " + federated.origin() + " client "
                  + federated.clientId() + " audience " + audience;
        } else if (spec instanceof TokenSourceSpec.AzureManagedIdentity msi) {
            String management = AzureCredentials.managementResource(azureLoginHost);
            return new AzureCredentials(AuthMethod.AZURE_MSI,
                    cached("azure-msi " + msi.endpoint() + " " + msi.clientId(), spec, new AzureMsiTokenSource(http, mapper, clock,
                            msi.endpoint(), AzureResource.DATABRICKS_APPLICATION_ID, msi.clientId(), timeout)),
                    cached("azure-msi " + msi.endpoint() + " " + msi.clientId() + " " + management, spec, new AzureMsiTokenSource(
                            http, mapper, clock, msi.endpoint(), management, msi.clientId(), timeout)),
                    true, redactor);
        } else if (spec instanceof TokenSourceSpec.Command command && command.method() == AuthMethod.AZURE_CLI) {
            String management = AzureCredentials.managementResource(azureLoginHost);
            List<String> managementCommand = new ArrayList<>(command.command());
            managementCommand.set(managementCommand.indexOf("--resource") + 1, management);
            TokenSourceSpec.Command forManagement = new TokenSourceSpec.Command(command.method(), managementCommand,
                    command.environment(), command.tokenField(), command.typeField(), command.expiryField());
            return new AzureCredentials(AuthMethod.AZURE_CLI,
                    cached("azure-cli " + command.command(), spec, new CliTokenSource(command, mapper, timeout)),
                    cached("azure-cli " + managementCommand, spec, new CliTokenSource(forManagement, mapper, timeout)),
                    false, redactor);
        } else if (spec instanceof TokenSourceSpec.Command command) {
            TokenSourceSpec.Command forBase = accountId == null ? command : forAccount(command, base, accountId);
            source = new CliTokenSource(forBase, mapper, timeout);
            key = forBase.method().sdkName() + " " + forBase.command();
        } else if (spec instanceof TokenSourceSpec.CliTokenCache cache) {
            // The CLI files an account login under the account's OIDC path.
            TokenSourceSpec.CliTokenCache forBase = accountId == null ? cache : new TokenSourceSpec.CliTokenCache(cache.file(),
                    List.of(base.url() + "/oidc/accounts/" + accountId));
            source = new DatabricksCliTokenCache(forBase, mapper, clock);
            key = "databricks-cli " + forBase.file() + " " + forBase.keys();
        } else {
            TokenSourceSpec.GoogleIdentity google = (TokenSourceSpec.GoogleIdentity) spec;
            if (accountId != null) {
                google = new TokenSourceSpec.GoogleIdentity(google.metadataHost(), google.serviceAccount(), base.url());
            }
            source = new GoogleIdTokenSource(http, mapper, google, timeout);
            key = "google-id " + google.metadataHost() + " " + google.audience();
        }
        return new OAuthCredentials(spec.method(), cached(key, spec, source), redactor);
    }

    private TokenCache cached(String key, TokenSourceSpec spec, Supplier<CompletableFuture<AccessToken>> source) {
        return caches.get(key, spec.method().sdkName(), String.join("\n", spec.secrets()), () -> new TokenCache(source, clock));
    }

    /** {@code databricks auth token --host <accounts host> --account-id <id>}, as the SDKs ask for an account login. */
    private static TokenSourceSpec.Command forAccount(TokenSourceSpec.Command command, HostUrl base, String accountId) {
        int host = command.command().indexOf("--host");
        if (command.method() != AuthMethod.DATABRICKS_CLI || host < 0) {
            return command;
        }
        List<String> args = new ArrayList<>(command.command().subList(0, host));
        args.addAll(List.of("--host", base.url(), "--account-id", accountId));
        return new TokenSourceSpec.Command(command.method(), args, command.environment(), command.tokenField(),
                command.typeField(), command.expiryField());
    }

    private static URI discoveryUrl(HostUrl base, String accountId) {
        String oidc = accountId == null ? base.url() + "/oidc"
                : base.url() + "/oidc/accounts/" + URLEncoder.encode(accountId, StandardCharsets.UTF_8);
        return URI.create(oidc + "/.well-known/oauth-authorization-server");
    }

    private Credentials oauthM2M(AuthAttributes a, HostUrl base, String accountId) {
        URI discovery = discoveryUrl(base, accountId);
        ClientCredentialsTokenSource source = ClientCredentialsTokenSource.databricks(http, mapper, clock, discovery,
                a.clientId(), a.clientSecret(), timeout);
        TokenCache cache = caches.get(discovery.toString(), a.clientId(), a.clientSecret(), () -> new TokenCache(source, clock));
        return new OAuthCredentials(AuthMethod.OAUTH_M2M, cache, Redactor.of(a.secrets()));
    }

    private Credentials azure(AuthAttributes a) {
        TokenCache databricks = caches.get(azureLoginHost + "/" + a.azureTenantId(), a.azureClientId(), a.azureClientSecret(),
                () -> new TokenCache(ClientCredentialsTokenSource.azure(http, mapper, clock, azureLoginHost, a.azureTenantId(),
                        a.azureClientId(), a.azureClientSecret(), AzureResource.DATABRICKS_SCOPE, timeout), clock));
        String management = AzureCredentials.managementResource(azureLoginHost);
        TokenCache managementCache = caches.get(azureLoginHost + "/" + a.azureTenantId() + " " + management, a.azureClientId(),
                a.azureClientSecret(), () -> new TokenCache(ClientCredentialsTokenSource.azure(http, mapper, clock, azureLoginHost,
                        a.azureTenantId(), a.azureClientId(), a.azureClientSecret(), management + ".default", timeout), clock));
        return new AzureCredentials(AuthMethod.AZURE_CLIENT_SECRET, databricks, managementCache, true, Redactor.of(a.secrets()));
    }
}
