package dev.lakeroute.dblocal.controlplane.accounts;

import dev.lakeroute.dblocal.http.Json;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;

/**
 * Account-level OAuth for service principals: {@code /oidc/accounts/{account_id}/v1/token} (client
 * credentials) and its discovery document. The grant is the workspace's ({@code /oidc/v1/token}, same
 * service principals, same tokens, which the account APIs accept), so the request is re-routed there
 * once the account id is checked.
 */
public final class AccountOAuth {
    private final WorkspaceIdentity identity;
    private final java.util.function.Supplier<String> baseUrl;

    public AccountOAuth(WorkspaceIdentity identity, java.util.function.Supplier<String> baseUrl) {
        this.identity = identity;
        this.baseUrl = baseUrl;
    }

    public void register(Router router) {
        router.post("/oidc/accounts/:account_id/v1/token").handler(ctx -> {
            if (!identity.accountId().equals(ctx.pathParam("account_id"))) {
                oauthError(ctx.response(), "invalid_request", "Unknown account " + ctx.pathParam("account_id")
                        + "; this server's account is " + identity.accountId());
                return;
            }
            ctx.reroute("/oidc/v1/token");
        });
        router.get("/oidc/accounts/:account_id/.well-known/oauth-authorization-server").handler(ctx -> {
            String oidc = baseUrl.get() + "/oidc/accounts/" + identity.accountId();
            var document = Json.object()
                    .put("issuer", oidc)
                    .put("authorization_endpoint", oidc + "/v1/authorize")
                    .put("token_endpoint", oidc + "/v1/token");
            document.putArray("grant_types_supported").add("client_credentials");
            document.putArray("scopes_supported").add("all-apis");
            ctx.response().putHeader("Content-Type", "application/json").end(Buffer.buffer(Json.write(document)));
        });
    }

    private static void oauthError(io.vertx.core.http.HttpServerResponse response, String error, String description) {
        response.setStatusCode(400).putHeader("Content-Type", "application/json")
                .end(Buffer.buffer(Json.write(Json.object().put("error", error).put("error_description", description))));
    }
}
