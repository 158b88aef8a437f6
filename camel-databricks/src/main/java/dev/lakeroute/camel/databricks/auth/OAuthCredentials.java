package dev.lakeroute.camel.databricks.auth;

import java.util.concurrent.CompletableFuture;

import dev.lakeroute.camel.databricks.support.Redactor;

/** Bearer tokens from a client-credentials grant, cached and refreshed once when the server answers 401. */
public final class OAuthCredentials implements Credentials {

    private final AuthMethod method;
    private final TokenCache cache;
    private final Redactor redactor;

    public OAuthCredentials(AuthMethod method, TokenCache cache, Redactor redactor) {
        this.method = method;
        this.cache = cache;
        this.redactor = redactor;
    }

    @Override
    public CompletableFuture<String> authorization() {
        return cache.token().thenApply(AccessToken::authorization);
    }

    @Override
    public boolean refreshable() {
        return true;
    }

    @Override
    public void invalidate(String rejectedAuthorization) {
        cache.invalidate(rejectedAuthorization);
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
        return "OAuthCredentials[" + method.label() + "]";
    }
}
