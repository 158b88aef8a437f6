package dev.lakeroute.dblocal.store;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Identifiers shaped like Databricks' own, so clients that parse or log them see familiar values. */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter CLUSTER_PREFIX = DateTimeFormatter.ofPattern("MMdd-HHmmss");
    private static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

    private Ids() {
    }

    /** {@code 1124-104512-abcd1234}. */
    public static String clusterId() {
        return LocalDateTime.now(ZoneOffset.UTC).format(CLUSTER_PREFIX) + "-" + alphanumeric(8);
    }

    /** A positive 15-digit number, like job, run and context ids. */
    public static long numeric() {
        return 100_000_000_000_000L + (RANDOM.nextLong() & Long.MAX_VALUE) % 900_000_000_000_000L;
    }

    /** A 32-hex-digit id, like warehouse, pipeline and statement ids use (without dashes). */
    public static String hex32() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    public static String uuid() {
        return UUID.randomUUID().toString();
    }

    public static String alphanumeric(int length) {
        StringBuilder builder = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            builder.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return builder.toString();
    }
}
