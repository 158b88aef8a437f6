package dev.lakeroute.dblocal.auth;

import dev.lakeroute.dblocal.http.ApiException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * Checks the {@code Authorization} header of every API call: a bearer token (the configured one, a
 * PAT, or an OAuth token) or Basic {@code user:token} as API 1.2 documents it.
 */
public final class Authenticator {
    private final byte[] configuredToken;
    private final TokenRegistry tokens;

    public Authenticator(String configuredToken, TokenRegistry tokens) {
        this.configuredToken = configuredToken.getBytes(StandardCharsets.UTF_8);
        this.tokens = tokens;
    }

    public Principal authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new ApiException(401, "401", "Credential was not sent or was of an unsupported type for this API.");
        }
        int space = authorization.indexOf(' ');
        String scheme = space < 0 ? authorization : authorization.substring(0, space);
        String credential = space < 0 ? "" : authorization.substring(space + 1).trim();
        if (scheme.equalsIgnoreCase("Bearer")) {
            return resolve(credential, Principal.ADMIN.name()).orElseThrow(() -> tokens.isExpiredOAuthToken(credential)
                    ? new ApiException(401, "401", "Token is expired.") : invalidToken());
        }
        if (scheme.equalsIgnoreCase("Basic")) {
            String decoded = decodeBasic(credential);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw invalidToken();
            }
            String user = decoded.substring(0, colon);
            return resolve(decoded.substring(colon + 1), user).orElseThrow(Authenticator::invalidToken);
        }
        throw new ApiException(401, "401", "Credential was not sent or was of an unsupported type for this API.");
    }

    private Optional<Principal> resolve(String token, String userForConfiguredToken) {
        if (MessageDigest.isEqual(configuredToken, token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(userForConfiguredToken.equals(Principal.ADMIN.name())
                    ? Principal.ADMIN : new Principal(userForConfiguredToken, false));
        }
        return tokens.resolve(token);
    }

    private static String decodeBasic(String credential) {
        try {
            return new String(Base64.getDecoder().decode(credential), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalidToken();
        }
    }

    private static ApiException invalidToken() {
        return new ApiException(403, "403", "Invalid access token.");
    }
}
