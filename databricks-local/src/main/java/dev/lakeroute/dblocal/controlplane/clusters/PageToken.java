package dev.lakeroute.dblocal.controlplane.clusters;

import dev.lakeroute.dblocal.http.ApiException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque {@code page_token}s for list operations: the offset of the next page, encoded so clients treat
 * it as a token rather than a number to compute with.
 */
public final class PageToken {
    private static final String PREFIX = "offset:";

    private PageToken() {
    }

    public static String of(long offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    public static long offset(String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                long offset = Long.parseLong(decoded.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below: the token was not one of ours
        }
        throw ApiException.invalidParameter("Invalid page token: " + token);
    }
}
