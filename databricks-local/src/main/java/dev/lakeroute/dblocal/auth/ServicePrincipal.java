package dev.lakeroute.dblocal.auth;

/** An OAuth M2M client the server issues tokens to. {@link #toString()} never shows the secret. */
public record ServicePrincipal(String clientId, String clientSecret) {
    public ServicePrincipal {
        if (clientId == null || clientId.isBlank() || clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("A service principal needs a non-empty client id and client secret");
        }
    }

    @Override
    public String toString() {
        return "ServicePrincipal[clientId=" + clientId + ", clientSecret=****]";
    }
}
