package dev.lakeroute.camel.databricks.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The component's token caches, so every endpoint using the same service principal against the same
 * token endpoint shares one token. Keys hold a fingerprint of the secret, never the secret.
 */
public final class TokenCaches {

    private final Map<Key, TokenCache> caches = new ConcurrentHashMap<>();

    public TokenCache get(String tokenSource, String clientId, String clientSecret, Supplier<TokenCache> create) {
        return caches.computeIfAbsent(new Key(tokenSource, clientId, fingerprint(clientSecret)), k -> create.get());
    }

    public void clear() {
        caches.clear();
    }

    private static String fingerprint(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    private record Key(String tokenSource, String clientId, String secretFingerprint) {
    }
}
