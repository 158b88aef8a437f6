package dev.lakeroute.camel.databricks.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.lakeroute.camel.databricks.support.Redactor;

/** A bearer token or Basic user:password, both fixed for the endpoint's life. */
public final class StaticCredentials implements Credentials {

    private final AuthMethod method;
    private final String header;
    private final Redactor redactor;

    private StaticCredentials(AuthMethod method, String header, List<String> secrets) {
        this.method = method;
        this.header = header;
        this.redactor = Redactor.of(secrets);
    }

    public static StaticCredentials bearer(String token) {
        return new StaticCredentials(AuthMethod.TOKEN, "Bearer " + token, List.of(token));
    }

    public static StaticCredentials basic(String username, String password) {
        String encoded = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new StaticCredentials(AuthMethod.BASIC, "Basic " + encoded, List.of(password, encoded));
    }

    @Override
    public CompletableFuture<String> authorization() {
        return CompletableFuture.completedFuture(header);
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
        return "StaticCredentials[" + method.label() + "]";
    }
}
