package dev.lakeroute.dblocal.auth;

import dev.lakeroute.dblocal.http.Json;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The unauthenticated discovery and token endpoints ({@code /.well-known/databricks-config} is
 * {@code controlplane/accounts/HostMetadata}): {@code /oidc/.well-known/oauth-authorization-server} and the
 * client-credentials grant at {@code /oidc/v1/token} for the configured service principals (OAuth M2M), and there
 * too the token-exchange grant (RFC 8693) of workload identity federation, checked against the service principals'
 * {@link FederationPolicies}; the same for the account at {@code /oidc/accounts/{account_id}}.
 */
public final class OAuthEndpoints {
    static final long TOKEN_LIFETIME_SECONDS = 3600;
    static final String TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange";
    private static final String JWT_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:jwt";
    private static final String ID_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:id_token";

    private final List<ServicePrincipal> principals;
    private final TokenRegistry tokens;
    private final Supplier<String> baseUrl;
    private final FederationPolicies federation;

    public OAuthEndpoints(List<ServicePrincipal> principals, TokenRegistry tokens, Supplier<String> baseUrl,
                          FederationPolicies federation) {
        this.principals = List.copyOf(principals);
        this.tokens = tokens;
        this.baseUrl = baseUrl;
        this.federation = federation;
    }

    public void register(Router router) {
        router.get("/oidc/.well-known/oauth-authorization-server").handler(ctx -> json(ctx, 200, discovery(baseUrl.get() + "/oidc")));
        // The account's own endpoints, which account-level clients use (and whose token exchange defaults its audience to the account id).
        router.get("/oidc/accounts/:account_id/.well-known/oauth-authorization-server").handler(ctx -> json(ctx, 200,
                discovery(baseUrl.get() + "/oidc/accounts/" + ctx.pathParam("account_id"))));
        router.post("/oidc/accounts/:account_id/v1/token").handler(BodyHandler.create().setBodyLimit(64 * 1024))
                .blockingHandler(this::token, false);
        // Blocking: the token exchange may fetch the issuer's keys over HTTP.
        router.post("/oidc/v1/token").handler(BodyHandler.create().setBodyLimit(64 * 1024)).blockingHandler(this::token, false);
    }

    private com.fasterxml.jackson.databind.node.ObjectNode discovery(String oidc) {
        var document = Json.object()
                .put("issuer", oidc)
                .put("authorization_endpoint", oidc + "/v1/authorize")
                .put("token_endpoint", oidc + "/v1/token")
                .put("jwks_uri", oidc + "/jwks.json");
        document.putArray("grant_types_supported").add("client_credentials").add(TOKEN_EXCHANGE);
        document.putArray("scopes_supported").add("all-apis");
        document.putArray("token_endpoint_auth_methods_supported").add("client_secret_basic").add("client_secret_post");
        return document;
    }

    private void token(RoutingContext ctx) {
        String grant = ctx.request().getFormAttribute("grant_type");
        if (TOKEN_EXCHANGE.equals(grant)) {
            exchange(ctx);
            return;
        }
        if (!"client_credentials".equals(grant)) {
            json(ctx, 400, Json.object().put("error", "unsupported_grant_type")
                    .put("error_description", "grant_type must be client_credentials or " + TOKEN_EXCHANGE));
            return;
        }
        Optional<ServicePrincipal> client = clientOf(ctx);
        if (client.isEmpty()) {
            json(ctx, 401, Json.object().put("error", "invalid_client").put("error_description", "Client authentication failed"));
            return;
        }
        String scope = Optional.ofNullable(ctx.request().getFormAttribute("scope")).orElse("all-apis");
        String accessToken = tokens.issueOAuthToken(new Principal(client.get().clientId(), true), TOKEN_LIFETIME_SECONDS);
        json(ctx, 200, Json.object()
                .put("access_token", accessToken)
                .put("token_type", "Bearer")
                .put("expires_in", TOKEN_LIFETIME_SECONDS)
                .put("scope", scope));
    }

    /** Workload identity federation: an identity provider's JWT in, a Databricks token for the service principal out. */
    private void exchange(RoutingContext ctx) {
        String subjectToken = ctx.request().getFormAttribute("subject_token");
        String subjectTokenType = Optional.ofNullable(ctx.request().getFormAttribute("subject_token_type")).orElse(JWT_TOKEN_TYPE);
        if (subjectToken == null || subjectToken.isBlank()) {
            json(ctx, 400, Json.object().put("error", "invalid_request").put("error_description", "subject_token is required"));
            return;
        }
        if (!subjectTokenType.equals(JWT_TOKEN_TYPE) && !subjectTokenType.equals(ID_TOKEN_TYPE)) {
            json(ctx, 400, Json.object().put("error", "invalid_request").put("error_description",
                    "subject_token_type must be " + JWT_TOKEN_TYPE + " or " + ID_TOKEN_TYPE));
            return;
        }
        Principal principal;
        try {
            principal = federation.exchange(subjectToken, ctx.request().getFormAttribute("client_id"));
        } catch (Jwt.Invalid e) {
            json(ctx, 400, Json.object().put("error", "invalid_grant").put("error_description", e.getMessage()));
            return;
        }
        String scope = Optional.ofNullable(ctx.request().getFormAttribute("scope")).filter(s -> !s.isBlank()).orElse("all-apis");
        json(ctx, 200, Json.object()
                .put("access_token", tokens.issueOAuthToken(principal, TOKEN_LIFETIME_SECONDS))
                .put("token_type", "Bearer")
                .put("issued_token_type", "urn:ietf:params:oauth:token-type:access_token")
                .put("expires_in", TOKEN_LIFETIME_SECONDS)
                .put("scope", scope));
    }

    /** Client credentials from HTTP Basic (client_secret_basic) or form fields (client_secret_post). */
    private Optional<ServicePrincipal> clientOf(RoutingContext ctx) {
        String id = ctx.request().getFormAttribute("client_id");
        String secret = ctx.request().getFormAttribute("client_secret");
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    id = java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
                    secret = java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
                }
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        if (id == null || secret == null) {
            return Optional.empty();
        }
        for (ServicePrincipal principal : principals) {
            if (principal.clientId().equals(id) && MessageDigest.isEqual(
                    principal.clientSecret().getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8))) {
                return Optional.of(principal);
            }
        }
        return Optional.empty();
    }

    private static void json(RoutingContext ctx, int status, Object body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(Buffer.buffer(Json.write(body)));
    }
}
