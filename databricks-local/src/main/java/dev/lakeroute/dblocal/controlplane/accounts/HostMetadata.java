package dev.lakeroute.dblocal.controlplane.accounts;

import dev.lakeroute.dblocal.http.Json;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;

import java.util.function.Supplier;

/**
 * {@code /.well-known/databricks-config}, the unauthenticated host metadata the SDKs' unified auth reads:
 * this server's URL, OIDC endpoint, workspace id, account id and cloud as configured (or kept with the data).
 */
public final class HostMetadata {
    private final WorkspaceIdentity identity;
    private final Supplier<String> baseUrl;

    public HostMetadata(WorkspaceIdentity identity, Supplier<String> baseUrl) {
        this.identity = identity;
        this.baseUrl = baseUrl;
    }

    public void register(Router router) {
        router.get("/.well-known/databricks-config").handler(ctx -> ctx.response().setStatusCode(200)
                .putHeader("Content-Type", "application/json")
                .end(Buffer.buffer(Json.write(Json.object()
                        .put("host", baseUrl.get())
                        .put("oidc_endpoint", baseUrl.get() + "/oidc")
                        .put("workspace_id", identity.workspaceId())
                        .put("account_id", identity.accountId())
                        .put("cloud", identity.cloud())))));
    }
}
