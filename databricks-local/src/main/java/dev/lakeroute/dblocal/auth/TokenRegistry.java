package dev.lakeroute.dblocal.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.Json;
import dev.lakeroute.dblocal.store.DocumentCollection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Every credential the server accepts besides the configured token: personal access tokens
 * ({@code token/create}, persisted as SHA-256 hashes so the data dir holds no usable secret) and the
 * short-lived OAuth tokens issued to service principals (kept in memory: they expire within the hour).
 */
public final class TokenRegistry {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long EXPIRED_REMEMBERED_MILLIS = 3_600_000;

    private final DocumentCollection patInfo;
    private final Clock clock;
    private final ConcurrentMap<String, IssuedToken> oauthTokens = new ConcurrentHashMap<>();
    /** token hash → token id, so authenticating a PAT is a map look-up, not a scan. */
    private final ConcurrentMap<String, String> patIdByHash = new ConcurrentHashMap<>();

    public TokenRegistry(DocumentCollection patInfo, Clock clock) {
        this.patInfo = patInfo;
        this.clock = clock;
        patInfo.list().forEach(info -> patIdByHash.put(info.path("token_hash").asText(), info.path("token_id").asText()));
    }

    public record CreatedToken(String value, ObjectNode info) {
    }

    private record IssuedToken(Principal principal, long expiresAtMillis) {
    }

    /** Creates a PAT; the value is returned once, as Databricks does, and only its hash is stored. */
    public CreatedToken createPat(Principal owner, String comment, Long lifetimeSeconds) {
        String value = "dapi" + randomHex(16);
        long now = clock.millis();
        ObjectNode info = Json.object()
                .put("token_id", randomHex(32))
                .put("creation_time", now)
                .put("expiry_time", lifetimeSeconds == null || lifetimeSeconds <= 0 ? -1 : now + lifetimeSeconds * 1000)
                .put("comment", comment == null ? "" : comment)
                .put("created_by_username", owner.name())
                .put("owner_id", Math.abs((long) owner.name().hashCode()))
                .put("token_hash", hash(value));
        patInfo.put(info.get("token_id").asText(), info);
        patIdByHash.put(info.get("token_hash").asText(), info.get("token_id").asText());
        return new CreatedToken(value, publicInfo(info));
    }

    public List<ObjectNode> listPats() {
        return patInfo.list().stream().map(TokenRegistry::publicInfo).toList();
    }

    public Optional<ObjectNode> pat(String tokenId) {
        return patInfo.get(tokenId).map(TokenRegistry::publicInfo);
    }

    public boolean revokePat(String tokenId) {
        patIdByHash.values().remove(tokenId);
        return patInfo.remove(tokenId);
    }

    public String issueOAuthToken(Principal principal, long lifetimeSeconds) {
        String value = "dose" + randomHex(24);
        oauthTokens.put(value, new IssuedToken(principal, clock.millis() + lifetimeSeconds * 1000));
        return value;
    }

    /**
     * Ends the life of every OAuth token issued so far, as if their hour had passed: clients holding one get
     * 401 and must fetch a new one (what a long-running client meets when its token expires mid-wait).
     */
    public void expireOAuthTokens() {
        long now = clock.millis();
        oauthTokens.replaceAll((value, issued) -> new IssuedToken(issued.principal(), Math.min(issued.expiresAtMillis(), now)));
    }

    /** Whether {@code token} is an OAuth token this server issued and that has expired (401, not 403, for it). */
    public boolean isExpiredOAuthToken(String token) {
        IssuedToken issued = oauthTokens.get(token);
        return issued != null && issued.expiresAtMillis() <= clock.millis();
    }

    /** Resolves a bearer token other than the configured one. */
    public Optional<Principal> resolve(String token) {
        IssuedToken issued = oauthTokens.get(token);
        if (issued != null) {
            if (issued.expiresAtMillis() > clock.millis()) {
                return Optional.of(issued.principal());
            }
            // Remembered a while after expiry so the client is told "expired" (401) rather than "invalid".
            if (issued.expiresAtMillis() + EXPIRED_REMEMBERED_MILLIS < clock.millis()) {
                oauthTokens.remove(token);
            }
            return Optional.empty();
        }
        String tokenId = patIdByHash.get(hash(token));
        long now = clock.millis();
        return Optional.ofNullable(tokenId)
                .flatMap(patInfo::get)
                .filter(info -> info.path("expiry_time").asLong(-1) < 0 || info.path("expiry_time").asLong() > now)
                .map(info -> new Principal(info.path("created_by_username").asText(), false));
    }

    private static ObjectNode publicInfo(ObjectNode stored) {
        ObjectNode copy = stored.deepCopy();
        copy.remove("token_hash");
        return copy;
    }

    private static String randomHex(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return HexFormat.of().formatHex(buffer);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

}
