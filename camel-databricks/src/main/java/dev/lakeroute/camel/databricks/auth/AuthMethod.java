package dev.lakeroute.camel.databricks.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of credentials the chain can produce, in the order the Databricks SDKs' unified auth tries
 * them. Within one source (options, a profile, the environment) a token wins over M2M, Azure and Basic
 * credentials; a netrc entry, which the SDKs do not read, is Basic and comes before the command-line tools. {@link #sdkName()} is the
 * SDKs' {@code auth_type} value, accepted by the {@code authType} option and {@code DATABRICKS_AUTH_TYPE}.
 */
public enum AuthMethod {
    TOKEN("token", "pat"),
    BASIC("basic", "basic"),
    OAUTH_M2M("oauth-m2m", "oauth-m2m"),
    ENV_OIDC("env-oidc", "env-oidc"),
    FILE_OIDC("file-oidc", "file-oidc"),
    GITHUB_OIDC("github-oidc", "github-oidc"),
    AZURE_DEVOPS_OIDC("azure-devops-oidc", "azure-devops-oidc"),
    AZURE_MSI("azure-msi", "azure-msi"),
    AZURE_CLIENT_SECRET("azure-client-secret", "azure-client-secret"),
    AZURE_CLI("azure-cli", "azure-cli"),
    DATABRICKS_CLI("databricks-cli", "databricks-cli"),
    GOOGLE_ID("google-id", "google-id"),
    NONE("none", "none");

    private final String label;
    private final String sdkName;

    AuthMethod(String label, String sdkName) {
        this.label = label;
        this.sdkName = sdkName;
    }

    public String label() {
        return label;
    }

    public String sdkName() {
        return sdkName;
    }

    /** The method an {@code auth_type} value names ({@code pat} or {@code token} for a personal access token). */
    public static Optional<AuthMethod> ofAuthType(String authType) {
        String wanted = authType.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m != NONE && (m.sdkName.equals(wanted) || m.label.equals(wanted))).findFirst();
    }

    /** The {@code auth_type} values, for error messages. */
    public static String authTypes() {
        return Arrays.stream(values()).filter(m -> m != NONE).map(AuthMethod::sdkName).collect(Collectors.joining(", "));
    }
}
