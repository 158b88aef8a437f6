package dev.lakeroute.camel.databricks.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one source (options, a profile, the environment, netrc) says about connecting: a host and at
 * most one kind of credentials. {@link #toString()} never shows a secret.
 */
public record AuthAttributes(
        String source,
        String host,
        String accountId,
        String token,
        String username,
        String password,
        String clientId,
        String clientSecret,
        String azureTenantId,
        String azureClientId,
        String azureClientSecret,
        TokenSourceSpec delegated) {

    public AuthAttributes(String source, String host, String accountId, String token, String username, String password,
                          String clientId, String clientSecret, String azureTenantId, String azureClientId,
                          String azureClientSecret) {
        this(source, host, accountId, token, username, password, clientId, clientSecret, azureTenantId, azureClientId,
                azureClientSecret, null);
    }

    public static AuthAttributes empty(String source) {
        return new AuthAttributes(source, null, null, null, null, null, null, null, null, null, null);
    }

    /** Credentials from the surroundings (workload identity, managed identity, a CLI login) for {@code host}. */
    public static AuthAttributes delegated(String source, String host, String accountId, TokenSourceSpec spec) {
        return new AuthAttributes(source, host, accountId, null, null, null, null, null, null, null, null, spec);
    }

    public AuthMethod method() {
        if (delegated != null) {
            return delegated.method();
        }
        if (token != null) {
            return AuthMethod.TOKEN;
        }
        if (clientId != null && clientSecret != null) {
            return AuthMethod.OAUTH_M2M;
        }
        if (azureTenantId != null && azureClientId != null && azureClientSecret != null) {
            return AuthMethod.AZURE_CLIENT_SECRET;
        }
        if (username != null && password != null) {
            return AuthMethod.BASIC;
        }
        return AuthMethod.NONE;
    }

    public boolean hasCredentials() {
        return method() != AuthMethod.NONE;
    }

    /** Secret values, so they can be scrubbed from any text that might echo them. */
    public List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        for (String s : new String[] { token, password, clientSecret, azureClientSecret }) {
            if (s != null) {
                secrets.add(s);
            }
        }
        if (delegated != null) {
            secrets.addAll(delegated.secrets());
        }
        return secrets;
    }

    public AuthAttributes withHost(String newHost) {
        return new AuthAttributes(source, newHost, accountId, token, username, password, clientId, clientSecret,
                azureTenantId, azureClientId, azureClientSecret, delegated);
    }

    @Override
    public String toString() {
        return "AuthAttributes[source=" + source + ", host=" + host + ", method=" + method() + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthAttributes other && Objects.equals(source, other.source) && Objects.equals(host, other.host)
               && Objects.equals(accountId, other.accountId) && Objects.equals(token, other.token)
               && Objects.equals(username, other.username) && Objects.equals(password, other.password)
               && Objects.equals(clientId, other.clientId) && Objects.equals(clientSecret, other.clientSecret)
               && Objects.equals(azureTenantId, other.azureTenantId) && Objects.equals(azureClientId, other.azureClientId)
               && Objects.equals(azureClientSecret, other.azureClientSecret) && Objects.equals(delegated, other.delegated);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, host, accountId, token, username, clientId, azureTenantId, azureClientId, delegated);
    }
}
