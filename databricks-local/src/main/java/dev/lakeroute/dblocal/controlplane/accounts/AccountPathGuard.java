package dev.lakeroute.dblocal.controlplane.accounts;

import dev.lakeroute.dblocal.http.Json;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;

/**
 * The account APIs answer for this server's account only: a request naming another account id (a typo,
 * a production account id left in a config) is answered 404 here, before any account family sees it.
 */
public final class AccountPathGuard {
    private final WorkspaceIdentity identity;

    public AccountPathGuard(WorkspaceIdentity identity) {
        this.identity = identity;
    }

    public void register(Router router) {
        router.routeWithRegex("/api/\\d+\\.\\d+/accounts/([^/]+)(/.*)?").handler(ctx -> {
            String accountId = ctx.pathParam("param0");
            if (identity.accountId().equals(accountId)) {
                ctx.next();
                return;
            }
            ctx.response().setStatusCode(404).putHeader("Content-Type", "application/json")
                    .end(Buffer.buffer(Json.write(Json.object().put("error_code", "RESOURCE_DOES_NOT_EXIST")
                            .put("message", "Account " + accountId + " does not exist; this server's account id is "
                                    + identity.accountId() + " (see /.well-known/databricks-config)."))));
        });
    }
}
