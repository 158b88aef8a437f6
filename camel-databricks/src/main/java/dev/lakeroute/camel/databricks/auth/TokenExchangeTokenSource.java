package dev.lakeroute.camel.databricks.auth;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Workload identity federation (RFC 8693 token exchange): the workload's identity token, asked for the
 * token endpoint (or the configured audience) as {@code aud}, is traded at the Databricks token endpoint for
 * a Databricks token. {@code client_id} names the service principal whose federation policy trusts it.
 */
final class TokenExchangeTokenSource implements Supplier<CompletableFuture<AccessToken>> {

    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:token-exchange";
    static final String JWT_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:jwt";

    private final TokenHttp http;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final OidcDiscovery discovery;
    private final IdTokenSource idTokens;
    private final String clientId;
    private final String audience;
    private final Duration timeout;

    TokenExchangeTokenSource(TokenHttp http, ObjectMapper mapper, Clock clock, OidcDiscovery discovery, IdTokenSource idTokens,
                             String clientId, String audience, Duration timeout) {
        this.http = http;
        this.mapper = mapper;
        this.clock = clock;
        this.discovery = discovery;
        this.idTokens = idTokens;
        this.clientId = clientId;
        this.audience = audience;
        this.timeout = timeout;
    }

    @Override
    public CompletableFuture<AccessToken> get() {
        return discovery.tokenEndpoint().thenCompose(endpoint -> idTokens
                .idToken(audience == null ? endpoint.toString() : audience)
                .thenCompose(subjectToken -> exchange(endpoint, subjectToken)));
    }

    private CompletableFuture<AccessToken> exchange(URI endpoint, String subjectToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", GRANT_TYPE);
        form.put("subject_token", subjectToken);
        form.put("subject_token_type", JWT_TOKEN_TYPE);
        form.put("scope", "all-apis");
        if (clientId != null) {
            form.put("client_id", clientId);
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TokenResponses.form(form))).build();
        String who = clientId == null ? "the federated workload" : "the federated workload of service principal " + clientId;
        return TokenResponses.send(http, request).thenApply(r -> TokenResponses.accessToken(r, mapper, clock, who));
    }
}
