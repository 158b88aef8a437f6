package dev.lakeroute.camel.databricks.auth;

import dev.lakeroute.camel.databricks.http.HostUrl;

/** The outcome of the credential chain: where to connect and which credentials to use there. */
public record ResolvedAuth(HostUrl host, String accountId, AuthAttributes credentials) {

    public AuthMethod method() {
        return credentials.method();
    }

    @Override
    public String toString() {
        return "ResolvedAuth[host=" + host.url() + ", accountId=" + accountId + ", method=" + method().label()
               + ", source=" + credentials.source() + "]";
    }
}
