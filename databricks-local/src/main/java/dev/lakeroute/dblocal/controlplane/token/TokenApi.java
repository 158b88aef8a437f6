package dev.lakeroute.dblocal.controlplane.token;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.auth.Principal;
import dev.lakeroute.dblocal.auth.TokenRegistry;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiFamily;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.Json;

/** Token API 2.0 ({@code token/create|list|delete}) and Token management ({@code token-management/tokens}). */
public final class TokenApi implements ApiFamily {
    private final TokenRegistry tokens;

    public TokenApi(ServerContext context) {
        this.tokens = context.tokens();
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post("/api/2.0/token/create", request -> {
            Long lifetime = request.longValue("lifetime_seconds").orElse(null);
            TokenRegistry.CreatedToken created = tokens.createPat(new Principal(request.principal(), false),
                    request.string("comment").orElse(""), lifetime);
            return Json.object().put("token_value", created.value()).set("token_info", tokenInfo(created.info()));
        });
        routes.get("/api/2.0/token/list", request -> {
            ArrayNode infos = Json.array();
            tokens.listPats().forEach(info -> infos.add(tokenInfo(info)));
            return Json.object().set("token_infos", infos);
        });
        routes.post("/api/2.0/token/delete", request -> {
            String id = request.requireString("token_id");
            if (!tokens.revokePat(id)) {
                throw ApiException.notFound("Token with id " + id + " does not exist.");
            }
            return Json.object();
        });

        routes.get("/api/2.0/token-management/tokens", request -> {
            ArrayNode infos = Json.array();
            tokens.listPats().stream()
                    .filter(info -> request.string("created_by_username").map(user -> user.equals(info.path("created_by_username").asText())).orElse(true))
                    .forEach(infos::add);
            return Json.object().set("token_infos", infos);
        });
        routes.get("/api/2.0/token-management/tokens/{token_id}", request -> Json.object().set("token_info",
                tokens.pat(request.pathParam("token_id"))
                        .orElseThrow(() -> ApiException.notFound("Token with id " + request.pathParam("token_id") + " does not exist."))));
        routes.delete("/api/2.0/token-management/tokens/{token_id}", request -> {
            if (!tokens.revokePat(request.pathParam("token_id"))) {
                throw ApiException.notFound("Token with id " + request.pathParam("token_id") + " does not exist.");
            }
            return Json.object();
        });
        routes.post("/api/2.0/token-management/on-behalf-of/tokens", request -> {
            String applicationId = request.requireString("application_id");
            TokenRegistry.CreatedToken created = tokens.createPat(new Principal(applicationId, true),
                    request.string("comment").orElse(""), request.longValue("lifetime_seconds").orElse(null));
            return Json.object().put("token_value", created.value()).set("token_info", created.info());
        });
    }

    /** The Token API's shorter view (token-management shows owner fields too). */
    private static ObjectNode tokenInfo(ObjectNode info) {
        return Json.object()
                .put("token_id", info.path("token_id").asText())
                .put("creation_time", info.path("creation_time").asLong())
                .put("expiry_time", info.path("expiry_time").asLong())
                .put("comment", info.path("comment").asText());
    }
}
