package dev.lakeroute.dblocal.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.DocumentCollection;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;

/**
 * Service principal federation policies ({@code accounts/{account_id}/servicePrincipals/{id}/federationPolicies}):
 * which external identity provider's tokens a service principal accepts, and the check of an incoming
 * token against them for the token-exchange grant. A token is accepted when a policy of the service
 * principal names its {@code iss}, one of its {@code aud} (the account id when the policy lists none) and
 * its subject claim, its signature verifies against the issuer's keys and it has not expired.
 */
public final class FederationPolicies {
    /** Clock skew tolerated on {@code exp} and {@code nbf}, as identity providers and servers rarely agree to the second. */
    private static final long LEEWAY_SECONDS = 30;

    private final DocumentCollection policies;
    private final JwksFetcher jwks;
    private final Clock clock;
    private final String accountId;
    private final LongFunction<Optional<String>> applicationIdOf;

    /**
     * @param applicationIdOf the application (client) id of a service principal id, when the server knows it;
     *                        a client may always name the service principal by its numeric id
     */
    public FederationPolicies(DocumentCollection policies, JwksFetcher jwks, Clock clock, String accountId,
                              LongFunction<Optional<String>> applicationIdOf) {
        this.policies = policies;
        this.jwks = jwks;
        this.clock = clock;
        this.accountId = accountId;
        this.applicationIdOf = applicationIdOf;
    }

    public ObjectNode create(String account, long servicePrincipalId, String requestedPolicyId, JsonNode body) {
        ObjectNode oidc = validOidcPolicy(body.path("oidc_policy"));
        String policyId = requestedPolicyId == null || requestedPolicyId.isBlank()
                ? UUID.randomUUID().toString().replace("-", "").substring(0, 16) : requestedPolicyId;
        String now = Instant.ofEpochMilli(clock.millis()).toString();
        ObjectNode policy = Json.object()
                .put("policy_id", policyId)
                .put("uid", UUID.randomUUID().toString())
                .put("name", "accounts/" + account + "/servicePrincipals/" + servicePrincipalId + "/federationPolicies/" + policyId)
                .put("service_principal_id", servicePrincipalId)
                .put("description", body.path("description").asText(""))
                .put("create_time", now)
                .put("update_time", now);
        policy.set("oidc_policy", oidc);
        if (!policies.putIfAbsent(key(servicePrincipalId, policyId), policy)) {
            throw ApiException.alreadyExists("Federation policy " + policyId + " already exists for service principal "
                    + servicePrincipalId);
        }
        return policy;
    }

    public ObjectNode get(long servicePrincipalId, String policyId) {
        return policies.get(key(servicePrincipalId, policyId)).orElseThrow(() -> notFound(servicePrincipalId, policyId));
    }

    public List<ObjectNode> list(long servicePrincipalId) {
        return policies.list().stream()
                .filter(p -> p.path("service_principal_id").asLong() == servicePrincipalId)
                .sorted(Comparator.comparing(p -> p.path("create_time").asText() + p.path("policy_id").asText()))
                .toList();
    }

    /** PATCH: the fields {@code updateMask} names (comma-separated, e.g. {@code oidc_policy.audiences}), else all given. */
    public ObjectNode update(long servicePrincipalId, String policyId, String updateMask, JsonNode body) {
        return policies.update(key(servicePrincipalId, policyId), stored -> {
            ObjectNode changed = stored.deepCopy();
            List<String> fields = updateMask == null || updateMask.isBlank()
                    ? List.of("description", "oidc_policy") : List.of(updateMask.split("\\s*,\\s*"));
            for (String field : fields) {
                if (field.equals("description")) {
                    changed.put("description", body.path("description").asText(""));
                } else if (field.equals("oidc_policy")) {
                    if (body.has("oidc_policy")) {
                        changed.set("oidc_policy", body.get("oidc_policy").deepCopy());
                    }
                } else if (field.startsWith("oidc_policy.")) {
                    String name = field.substring("oidc_policy.".length());
                    JsonNode value = body.path("oidc_policy").get(name);
                    ObjectNode oidc = (ObjectNode) changed.get("oidc_policy");
                    if (value == null) {
                        oidc.remove(name);
                    } else {
                        oidc.set(name, value.deepCopy());
                    }
                } else {
                    throw ApiException.invalidParameter("update_mask names " + field
                            + "; allowed: description, oidc_policy, oidc_policy.<field>");
                }
            }
            changed.set("oidc_policy", validOidcPolicy(changed.path("oidc_policy")));
            changed.put("update_time", Instant.ofEpochMilli(clock.millis()).toString());
            return changed;
        }).orElseThrow(() -> notFound(servicePrincipalId, policyId));
    }

    public void delete(long servicePrincipalId, String policyId) {
        if (!policies.remove(key(servicePrincipalId, policyId))) {
            throw notFound(servicePrincipalId, policyId);
        }
    }

    /**
     * The service principal a subject token federates to, for the token-exchange grant.
     *
     * @param clientId the service principal's application id or numeric id; null accepts any policy
     * @throws Jwt.Invalid saying why no policy accepts the token
     */
    public Principal exchange(String subjectToken, String clientId) {
        Jwt jwt = Jwt.parse(subjectToken);
        if (jwt.issuer() == null) {
            throw new Jwt.Invalid("subject_token has no iss claim");
        }
        List<ObjectNode> candidates = policies.list().stream()
                .filter(p -> jwt.issuer().equals(p.path("oidc_policy").path("issuer").asText()))
                .filter(p -> clientId == null || clientId.isBlank() || names(p.path("service_principal_id").asLong(), clientId))
                .toList();
        if (candidates.isEmpty()) {
            throw new Jwt.Invalid("no federation policy " + (clientId == null || clientId.isBlank() ? ""
                    : "of service principal " + clientId + " ") + "trusts issuer " + jwt.issuer());
        }
        String reason = null;
        for (ObjectNode policy : candidates) {
            try {
                check(jwt, policy.path("oidc_policy"));
                long id = policy.path("service_principal_id").asLong();
                return new Principal(applicationIdOf.apply(id).orElse(Long.toString(id)), true);
            } catch (Jwt.Invalid e) {
                reason = e.getMessage();
            }
        }
        throw new Jwt.Invalid(reason);
    }

    private void check(Jwt jwt, JsonNode oidc) {
        long now = clock.millis() / 1000;
        JsonNode exp = jwt.claims().get("exp");
        if (exp == null || !exp.canConvertToLong()) {
            throw new Jwt.Invalid("subject_token has no exp claim");
        }
        if (exp.asLong() + LEEWAY_SECONDS <= now) {
            throw new Jwt.Invalid("subject_token expired at " + Instant.ofEpochSecond(exp.asLong()));
        }
        JsonNode nbf = jwt.claims().get("nbf");
        if (nbf != null && nbf.canConvertToLong() && nbf.asLong() - LEEWAY_SECONDS > now) {
            throw new Jwt.Invalid("subject_token is not valid before " + Instant.ofEpochSecond(nbf.asLong()));
        }
        List<String> allowed = oidc.path("audiences").isArray() && !oidc.path("audiences").isEmpty()
                ? Json.MAPPER.convertValue(oidc.path("audiences"), Json.MAPPER.getTypeFactory()
                        .constructCollectionType(List.class, String.class))
                : List.of(accountId);
        if (jwt.audiences().stream().noneMatch(allowed::contains)) {
            throw new Jwt.Invalid("subject_token audience " + jwt.audiences() + " is not one the policy allows: " + allowed);
        }
        String subjectClaim = oidc.path("subject_claim").asText("sub");
        String subject = jwt.claim(subjectClaim.isBlank() ? "sub" : subjectClaim);
        if (!oidc.path("subject").asText().equals(subject)) {
            throw new Jwt.Invalid("subject_token " + subjectClaim + " " + subject + " is not the policy's subject "
                    + oidc.path("subject").asText());
        }
        if (!signatureVerifies(jwt, oidc)) {
            throw new Jwt.Invalid("subject_token signature does not verify against the keys of " + jwt.issuer());
        }
    }

    private boolean signatureVerifies(Jwt jwt, JsonNode oidc) {
        String inline = oidc.path("jwks_json").asText("");
        if (!inline.isBlank()) {
            return Jwks.parse(Json.parse(inline.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .key(jwt.keyId()).map(jwt::verifiedBy).orElse(false);
        }
        String jwksUri = oidc.path("jwks_uri").asText(null);
        Optional<PublicKey> key = jwks.keys(jwt.issuer(), jwksUri, false).key(jwt.keyId());
        if (key.isEmpty()) {
            key = jwks.keys(jwt.issuer(), jwksUri, true).key(jwt.keyId());
        }
        return key.map(jwt::verifiedBy).orElse(false);
    }

    private boolean names(long servicePrincipalId, String clientId) {
        return clientId.equals(Long.toString(servicePrincipalId))
               || applicationIdOf.apply(servicePrincipalId).map(clientId::equals).orElse(false);
    }

    private static ObjectNode validOidcPolicy(JsonNode oidc) {
        if (!oidc.isObject()) {
            throw ApiException.missingField("oidc_policy");
        }
        if (oidc.path("issuer").asText("").isBlank()) {
            throw ApiException.invalidParameter("oidc_policy.issuer is required: the URL of the identity provider");
        }
        if (oidc.path("subject").asText("").isBlank()) {
            throw ApiException.invalidParameter("oidc_policy.subject is required for a service principal federation policy");
        }
        if (oidc.has("audiences") && !(oidc.get("audiences") instanceof ArrayNode)) {
            throw ApiException.invalidParameter("oidc_policy.audiences must be an array of strings");
        }
        return oidc.deepCopy();
    }

    private static String key(long servicePrincipalId, String policyId) {
        return servicePrincipalId + "/" + policyId;
    }

    private static ApiException notFound(long servicePrincipalId, String policyId) {
        return ApiException.notFound("Federation policy " + policyId + " does not exist for service principal "
                + servicePrincipalId);
    }
}
