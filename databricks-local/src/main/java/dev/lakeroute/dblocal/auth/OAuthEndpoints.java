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
 * {@code controlplane/accounts/HostMetadata}): {@code /oidc/.well-known/oauth-authorization-server} and the client-credentials grant at
 * {@code /oidc/v1/token} for the configured service principals (OAuth M2M).
 */
public final class OAuthEndpoints {
    static final long TOKEN_LIFETIME_SECONDS = 3600;

    private final List<ServicePrincipal> principals;
    private final TokenRegistry tokens;
    private final Supplier<String> baseUrl;

    public OAuthEndpoints(List<ServicePrincipal> principals, TokenRegistry tokens, Supplier<String> baseUrl) {
        this.principals = List.copyOf(principals);
        this.tokens = tokens;
        this.baseUrl = baseUrl;
    }

    public void register(Router router) {
        router.get("/oidc/.well-known/oauth-authorization-server").handler(ctx -> json(ctx, 200, discovery()));
        router.post("/oidc/v1/token").handler(BodyHandler.create().setBodyLimit(64 * 1024)).handler(this::token);
    }

    private com.fasterxml.jackson.databind.node.ObjectNode discovery() {
        String oidc = baseUrl.get() + "/oidc";
        var document = Json.object()
                .put("issuer", oidc)
                .put("authorization_endpoint", oidc + "/v1/authorize")
                .put("token_endpoint", oidc + "/v1/token")
                .put("jwks_uri", oidc + "/jwks.json");
        document.putArray("grant_types_supported").add("client_credentials");
        document.putArray("scopes_supported").add("all-apis");
        document.putArray("token_endpoint_auth_methods_supported").add("client_secret_basic").add("client_secret_post");
        return document;
    }

    private void token(RoutingContext ctx) {
        String grant = ctx.request().getFormAttribute("grant_type");
        if (!"client_credentials".equals(grant)) {
            json(ctx, 400, Json.object().put("error", "unsupported_grant_type")
                    .put("error_description", "Only grant_type=client_credentials is supported"));
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
