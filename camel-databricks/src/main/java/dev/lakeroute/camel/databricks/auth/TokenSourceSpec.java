package dev.lakeroute.camel.databricks.auth;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Credentials the process's surroundings provide rather than a secret in the configuration: a workload
 * identity token to exchange, a cloud's managed identity, a command-line tool's login. The credential
 * chain finds one and says with what settings; {@link CredentialsFactory} builds its token source.
 * No {@code toString()} shows a token.
 */
public sealed interface TokenSourceSpec {

    AuthMethod method();

    /** Secret values this spec holds, so text that might echo them can be scrubbed. */
    default List<String> secrets() {
        return List.of();
    }

    /** Where a workload's identity token (a JWT from its identity provider) comes from. */
    sealed interface IdTokenOrigin {
        default List<String> secrets() {
            return List.of();
        }
    }

    /** {@code env-oidc}: the token is the value of an environment variable. */
    record FromVariable(String variable, String value) implements IdTokenOrigin {
        @Override
        public List<String> secrets() {
            return List.of(value);
        }

        @Override
        public String toString() {
            return "FromVariable[" + variable + "]";
        }
    }

    /** {@code file-oidc}: the token is a file's content, read on every exchange (Kubernetes rotates projected tokens). */
    record FromFile(Path path) implements IdTokenOrigin {
    }

    /** {@code github-oidc}: GitHub Actions' ID token endpoint, with its request token. */
    record FromGithubActions(String requestUrl, String requestToken) implements IdTokenOrigin {
        @Override
        public List<String> secrets() {
            return List.of(requestToken);
        }

        @Override
        public String toString() {
            return "FromGithubActions[" + requestUrl + "]";
        }
    }

    /** {@code azure-devops-oidc}: an Azure Pipelines job's OIDC token endpoint, from the pipeline's {@code SYSTEM_*} variables. */
    record FromAzureDevOps(String collectionUri, String projectId, String hostType, String planId, String jobId,
                           String accessToken) implements IdTokenOrigin {
        @Override
        public List<String> secrets() {
            return List.of(accessToken);
        }

        @Override
        public String toString() {
            return "FromAzureDevOps[" + collectionUri + ", project=" + projectId + "]";
        }
    }

    /**
     * Workload identity federation: the identity token exchanged at the workspace's (or account's) token endpoint.
     *
     * @param clientId the service principal whose federation policy trusts the token; null lets the server choose
     * @param audience the {@code aud} to ask the identity provider for; null means the token endpoint URL
     */
    record Federated(AuthMethod method, IdTokenOrigin origin, String clientId, String audience) implements TokenSourceSpec {
        @Override
        public List<String> secrets() {
            return origin.secrets();
        }
    }

    /** {@code azure-msi}: the instance metadata service's token for the managed identity ({@code clientId} picks a user-assigned one). */
    record AzureManagedIdentity(String endpoint, String clientId) implements TokenSourceSpec {
        @Override
        public AuthMethod method() {
            return AuthMethod.AZURE_MSI;
        }
    }

    /**
     * {@code azure-cli} and {@code databricks-cli}: a tool that prints a token as JSON, run again whenever the
     * token nears its expiry; {@code environment} is added to the JVM's for the process.
     */
    record Command(AuthMethod method, List<String> command, Map<String, String> environment, String tokenField,
                   String typeField, String expiryField) implements TokenSourceSpec {
    }

    /** {@code databricks-cli} without the tool: the token its last login left in {@code ~/.databricks/token-cache.json}. */
    record CliTokenCache(Path file, List<String> keys) implements TokenSourceSpec {
        @Override
        public AuthMethod method() {
            return AuthMethod.DATABRICKS_CLI;
        }
    }

    /** {@code google-id}: the GCE metadata server's ID token of the service account, for the workspace as audience. */
    record GoogleIdentity(String metadataHost, String serviceAccount, String audience) implements TokenSourceSpec {
        @Override
        public AuthMethod method() {
            return AuthMethod.GOOGLE_ID;
        }
    }
}
