package dev.lakeroute.camel.databricks.auth;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.lakeroute.camel.databricks.support.Redactor;

/**
 * An Azure AD token for Azure Databricks plus, as the SDKs send it, a second token of the same identity for
 * Azure Resource Manager in {@code X-Databricks-Azure-SP-Management-Token}: with it a service principal that is
 * not yet a workspace user but has Contributor on the workspace resource is added on first use. Managed identity
 * and client secret require it; for the Azure CLI it is best effort (the login may lack management rights).
 */
final class AzureCredentials implements Credentials {

    static final String MANAGEMENT_TOKEN_HEADER = "X-Databricks-Azure-SP-Management-Token";

    private final AuthMethod method;
    private final TokenCache databricks;
    private final TokenCache management;
    private final boolean managementRequired;
    private final Redactor redactor;
    private volatile Map<String, String> headers = Map.of();

    AzureCredentials(AuthMethod method, TokenCache databricks, TokenCache management, boolean managementRequired,
                     Redactor redactor) {
        this.method = method;
        this.databricks = databricks;
        this.management = management;
        this.managementRequired = managementRequired;
        this.redactor = redactor;
    }

    /** The service management endpoint of the cloud whose Azure AD is {@code loginHost}: the public one unless sovereign. */
    static String managementResource(String loginHost) {
        String host = loginHost.toLowerCase(java.util.Locale.ROOT);
        if (host.contains("chinacloudapi.cn")) {
            return "https://management.core.chinacloudapi.cn/";
        }
        if (host.contains("microsoftonline.us")) {
            return "https://management.core.usgovcloudapi.net/";
        }
        return "https://management.core.windows.net/";
    }

    @Override
    public CompletableFuture<String> authorization() {
        CompletableFuture<Map<String, String>> extra = management.token()
                .thenApply(t -> Map.of(MANAGEMENT_TOKEN_HEADER, t.value()));
        if (!managementRequired) {
            extra = extra.exceptionally(failure -> Map.of());
        }
        return databricks.token().thenCombine(extra, (token, managementHeaders) -> {
            headers = managementHeaders;
            return token.authorization();
        });
    }

    @Override
    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public boolean refreshable() {
        return true;
    }

    @Override
    public void invalidate(String rejectedAuthorization) {
        databricks.invalidate(rejectedAuthorization);
    }

    @Override
    public AuthMethod method() {
        return method;
    }

    @Override
    public Redactor redactor() {
        return redactor;
    }

    @Override
    public String toString() {
        return "AzureCredentials[" + method.label() + "]";
    }
}
