package dev.lakeroute.dblocal.controlplane.resources.engine;


import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Numeric user ids for principals known only by name (the token's user): stable across restarts, so
 * {@code created_by} of an IP access list and {@code id} of SCIM {@code Me} agree.
 */
public final class PrincipalIds {
    private PrincipalIds() {
    }

    /** A positive 16-digit number derived from the principal's name. */
    public static long numericId(String principal) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(principal.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return 1_000_000_000_000_000L + (value & Long.MAX_VALUE) % 9_000_000_000_000_000L;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
