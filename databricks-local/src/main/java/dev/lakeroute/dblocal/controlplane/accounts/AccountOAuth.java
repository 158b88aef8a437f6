package dev.lakeroute.dblocal.controlplane.accounts;

import dev.lakeroute.dblocal.http.Json;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;

/**
 * Account-level OAuth for service principals ({@code /oidc/accounts/{account_id}/v1/token}, its discovery
 * document): the account id is checked here; the grants themselves are {@code OAuthEndpoints}' (same service
 * principals, same tokens, which the account APIs accept).
 */
public final class AccountOAuth {
    private final WorkspaceIdentity identity;
    private final java.util.function.Supplier<String> baseUrl;

    public AccountOAuth(WorkspaceIdentity identity, java.util.function.Supplier<String> baseUrl) {
        this.identity = identity;
        this.baseUrl = baseUrl;
    }

    /** Before the token endpoints ({@code OAuthEndpoints}): an account id other than this server's is refused. */
    public void register(Router router) {
        router.route("/oidc/accounts/:account_id/*").handler(ctx -> {
            if (!identity.accountId().equals(ctx.pathParam("account_id"))) {
                oauthError(ctx.response(), "invalid_request", "Unknown account " + ctx.pathParam("account_id")
                        + "; this server's account is " + identity.accountId());
                return;
            }
            ctx.next();
        });
    }

    private static void oauthError(io.vertx.core.http.HttpServerResponse response, String error, String description) {
        response.setStatusCode(400).putHeader("Content-Type", "application/json")
                .end(Buffer.buffer(Json.write(Json.object().put("error", error).put("error_description", description))));
    }
}
