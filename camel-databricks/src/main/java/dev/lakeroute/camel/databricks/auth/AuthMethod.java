package dev.lakeroute.camel.databricks.auth;

/** The kinds of credentials the chain can produce, in the order options are checked. */
public enum AuthMethod {
    TOKEN("token"),
    OAUTH_M2M("oauth-m2m"),
    AZURE_CLIENT_SECRET("azure-client-secret"),
    BASIC("basic"),
    NONE("none");

    private final String label;

    AuthMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
