package dev.lakeroute.dblocal.controlplane.secrets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.lakeroute.dblocal.controlplane.ServerContext;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiFamily;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.ApiRoutes;
import dev.lakeroute.dblocal.http.Json;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Secrets 2.0: Databricks-backed scopes, secrets ({@code string_value} or base64 {@code bytes_value}, at
 * most 128 KB) and scope ACLs. ACLs are stored and reported but not enforced (every token acts as an
 * admin). Values are kept unencrypted on disk under the data dir.
 */
public final class SecretsApi implements ApiFamily {
    private final SecretVault vault;

    public SecretsApi(ServerContext context) {
        this.vault = new SecretVault(context.store(), context.clock());
    }

    @Override
    public void register(ApiRoutes routes) {
        routes.post("/api/2.0/secrets/scopes/create", request -> {
            String scope = SecretNames.checkScope(request.requireString("scope"));
            String backend = request.string("scope_backend_type").orElse("DATABRICKS");
            if (!backend.equals("DATABRICKS")) {
                throw ApiException.invalidParameter("scope_backend_type " + backend + " is not supported here; only DATABRICKS scopes are.");
            }
            Optional<String> initialManager = request.string("initial_manage_principal").filter(p -> !p.isEmpty());
            if (initialManager.isPresent() && !initialManager.get().equals("users")) {
                throw ApiException.invalidParameter("initial_manage_principal must be 'users' or absent, was '" + initialManager.get() + "'");
            }
            vault.createScope(scope, request.principal(), initialManager.isPresent());
            return Json.object();
        });
        routes.get("/api/2.0/secrets/scopes/list", request -> Json.object().set("scopes", array(vault.scopes())));
        routes.post("/api/2.0/secrets/scopes/delete", request -> {
            vault.deleteScope(request.requireString("scope"));
            return Json.object();
        });

        routes.post("/api/2.0/secrets/put", request -> {
            String scope = request.requireString("scope");
            String key = SecretNames.checkKey(request.requireString("key"));
            vault.put(scope, key, value(request));
            return Json.object();
        });
        routes.get("/api/2.0/secrets/get", request -> vault.get(request.requireString("scope"), request.requireString("key")));
        routes.get("/api/2.0/secrets/list", request -> Json.object().set("secrets", array(vault.list(request.requireString("scope")))));
        routes.post("/api/2.0/secrets/delete", request -> {
            vault.delete(request.requireString("scope"), request.requireString("key"));
            return Json.object();
        });

        routes.post("/api/2.0/secrets/acls/put", request -> {
            vault.putAcl(request.requireString("scope"), request.requireString("principal"),
                    SecretNames.checkPermission(request.requireString("permission")));
            return Json.object();
        });
        routes.get("/api/2.0/secrets/acls/get", request -> {
            String scope = request.requireString("scope");
            String principal = request.requireString("principal");
            String permission = vault.acl(scope, principal)
                    .orElseThrow(() -> ApiException.notFound("No ACL for principal " + principal + " in scope " + scope + "."));
            return Json.object().put("principal", principal).put("permission", permission);
        });
        routes.get("/api/2.0/secrets/acls/list", request -> Json.object().set("items", array(vault.acls(request.requireString("scope")))));
        routes.post("/api/2.0/secrets/acls/delete", request -> {
            vault.deleteAcl(request.requireString("scope"), request.requireString("principal"));
            return Json.object();
        });
    }

    /** The value to store: exactly one of {@code string_value} (UTF-8) and {@code bytes_value} (base64). */
    private static byte[] value(ApiRequest request) {
        Optional<String> text = request.string("string_value");
        Optional<String> bytes = request.string("bytes_value");
        if (text.isPresent() == bytes.isPresent()) {
            throw ApiException.invalidParameter("Exactly one of string_value and bytes_value must be given.");
        }
        byte[] value;
        if (text.isPresent()) {
            value = text.get().getBytes(StandardCharsets.UTF_8);
        } else {
            try {
                value = Base64.getDecoder().decode(bytes.get());
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidParameter("bytes_value must be base64-encoded.");
            }
        }
        if (value.length > SecretNames.MAX_VALUE_BYTES) {
            throw ApiException.invalidParameter("The secret value is " + value.length + " bytes; the limit is 128 KB ("
                    + SecretNames.MAX_VALUE_BYTES + " bytes).");
        }
        return value;
    }

    private static ArrayNode array(List<? extends com.fasterxml.jackson.databind.JsonNode> items) {
        ArrayNode array = Json.array();
        items.forEach(array::add);
        return array;
    }
}
