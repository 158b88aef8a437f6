package dev.lakeroute.dblocal.controlplane.secrets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.DocumentCollection;
import dev.lakeroute.dblocal.store.StateStore;

import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Secret scopes, their secrets and ACLs, persisted under the data dir ({@code state/secrets.*}).
 * Values are stored base64-encoded but NOT encrypted: this is a local test server. Nothing here logs
 * a value, and no error message contains one.
 */
final class SecretVault {
    private final DocumentCollection scopes;
    private final DocumentCollection secrets;
    private final Clock clock;
    private final Object lock = new Object();

    SecretVault(StateStore store, Clock clock) {
        this.scopes = store.collection("secrets.scopes");
        this.secrets = store.collection("secrets.values");
        this.clock = clock;
    }

    void createScope(String scope, String creator, boolean usersCanManage) {
        synchronized (lock) {
            if (scopes.size() >= SecretNames.MAX_SCOPES) {
                throw ApiException.limitExceeded("A workspace can hold at most " + SecretNames.MAX_SCOPES + " secret scopes.");
            }
            ObjectNode acls = Json.object().put(creator, "MANAGE");
            if (usersCanManage) {
                acls.put("users", "MANAGE");
            }
            ObjectNode document = Json.object().put("name", scope).put("backend_type", "DATABRICKS");
            document.set("acls", acls);
            if (!scopes.putIfAbsent(scope, document)) {
                throw ApiException.alreadyExists("Scope " + scope + " already exists!");
            }
        }
    }

    List<ObjectNode> scopes() {
        return scopes.list().stream().map(scope -> Json.object().put("name", scope.path("name").asText())
                .put("backend_type", scope.path("backend_type").asText())).toList();
    }

    void deleteScope(String scope) {
        synchronized (lock) {
            requireScope(scope);
            for (ObjectNode secret : secrets.list()) {
                if (secret.path("scope").asText().equals(scope)) {
                    secrets.remove(secretId(scope, secret.path("key").asText()));
                }
            }
            scopes.remove(scope);
        }
    }

    void put(String scope, String key, byte[] value) {
        synchronized (lock) {
            requireScope(scope);
            String id = secretId(scope, key);
            if (!secrets.contains(id) && secretsIn(scope) >= SecretNames.MAX_SECRETS_PER_SCOPE) {
                throw ApiException.limitExceeded("Scope " + scope + " holds " + SecretNames.MAX_SECRETS_PER_SCOPE
                        + " secrets already, the most a scope can hold.");
            }
            secrets.put(id, Json.object().put("scope", scope).put("key", key)
                    .put("value", Base64.getEncoder().encodeToString(value))
                    .put("last_updated_timestamp", clock.millis()));
        }
    }

    /** The secret's value, base64-encoded as the API returns it. */
    ObjectNode get(String scope, String key) {
        requireScope(scope);
        ObjectNode secret = secrets.get(secretId(scope, key)).orElseThrow(() -> missingSecret(scope, key));
        return Json.object().put("key", key).put("value", secret.path("value").asText());
    }

    /** Keys and update times only: values never leave through a list. */
    List<ObjectNode> list(String scope) {
        requireScope(scope);
        return secrets.list().stream().filter(secret -> secret.path("scope").asText().equals(scope))
                .map(secret -> Json.object().put("key", secret.path("key").asText())
                        .put("last_updated_timestamp", secret.path("last_updated_timestamp").asLong()))
                .toList();
    }

    void delete(String scope, String key) {
        synchronized (lock) {
            requireScope(scope);
            if (!secrets.remove(secretId(scope, key))) {
                throw missingSecret(scope, key);
            }
        }
    }

    void putAcl(String scope, String principal, String permission) {
        synchronized (lock) {
            requireScope(scope);
            scopes.update(scope, document -> {
                document.withObject("acls").put(principal, permission);
                return document;
            });
        }
    }

    Optional<String> acl(String scope, String principal) {
        ObjectNode document = requireScope(scope);
        return Optional.ofNullable(document.path("acls").get(principal)).map(node -> node.asText());
    }

    List<ObjectNode> acls(String scope) {
        ObjectNode document = requireScope(scope);
        return document.path("acls").properties().stream()
                .map(entry -> Json.object().put("principal", entry.getKey()).put("permission", entry.getValue().asText()))
                .toList();
    }

    void deleteAcl(String scope, String principal) {
        synchronized (lock) {
            requireScope(scope);
            boolean[] removed = {false};
            scopes.update(scope, document -> {
                removed[0] = document.withObject("acls").remove(principal) != null;
                return document;
            });
            if (!removed[0]) {
                throw ApiException.notFound("No ACL for principal " + principal + " in scope " + scope + ".");
            }
        }
    }

    private ObjectNode requireScope(String scope) {
        return scopes.get(scope).orElseThrow(() -> ApiException.notFound("Scope " + scope + " does not exist!"));
    }

    private int secretsIn(String scope) {
        return (int) secrets.list().stream().filter(secret -> secret.path("scope").asText().equals(scope)).count();
    }

    private static ApiException missingSecret(String scope, String key) {
        return ApiException.notFound("Secret does not exist with scope: " + scope + " and key: " + key);
    }

    /** Scope names cannot hold '/', so this is unambiguous. */
    private static String secretId(String scope, String key) {
        return scope + "/" + key;
    }
}
