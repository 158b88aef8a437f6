package dev.lakeroute.dblocal.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lakeroute.dblocal.http.Json;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A compact JWS (RFC 7515) as workload identity providers issue it: header, claims and signature.
 * {@link #toString()} shows the claims that identify the workload, never the token.
 */
public record Jwt(JsonNode header, JsonNode claims, byte[] signingInput, byte[] signature) {

    /** Why a subject token was refused; the message is safe to return to the client. */
    public static final class Invalid extends RuntimeException {
        public Invalid(String message) {
            super(message);
        }
    }

    public static Jwt parse(String token) {
        String[] parts = token == null ? new String[0] : token.trim().split("\\.", -1);
        if (parts.length != 3) {
            throw new Invalid("subject_token is not a signed JWT (expected header.payload.signature)");
        }
        try {
            Base64.Decoder decoder = Base64.getUrlDecoder();
            return new Jwt(Json.parse(decoder.decode(parts[0])), Json.parse(decoder.decode(parts[1])),
                    (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII), decoder.decode(parts[2]));
        } catch (RuntimeException e) {
            throw new Invalid("subject_token is not a readable JWT: its parts must be base64url JSON");
        }
    }

    public String algorithm() {
        return header.path("alg").asText("");
    }

    public String keyId() {
        return header.path("kid").asText(null);
    }

    public String issuer() {
        return claims.path("iss").asText(null);
    }

    public String claim(String name) {
        JsonNode value = claims.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** {@code aud} is a string or an array of strings (RFC 7519 §4.1.3). */
    public List<String> audiences() {
        JsonNode aud = claims.get("aud");
        List<String> audiences = new ArrayList<>();
        if (aud != null && aud.isArray()) {
            aud.forEach(a -> audiences.add(a.asText()));
        } else if (aud != null && !aud.isNull()) {
            audiences.add(aud.asText());
        }
        return audiences;
    }

    public boolean verifiedBy(PublicKey key) {
        String jca = switch (algorithm()) {
            case "RS256" -> "SHA256withRSA";
            case "RS384" -> "SHA384withRSA";
            case "RS512" -> "SHA512withRSA";
            case "ES256" -> "SHA256withECDSAinP1363Format";
            case "ES384" -> "SHA384withECDSAinP1363Format";
            case "ES512" -> "SHA512withECDSAinP1363Format";
            default -> throw new Invalid("subject_token is signed with " + algorithm()
                    + "; allowed: RS256, RS384, RS512, ES256, ES384, ES512");
        };
        try {
            Signature verifier = Signature.getInstance(jca);
            verifier.initVerify(key);
            verifier.update(signingInput);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "Jwt[iss=" + issuer() + ", sub=" + claim("sub") + ", aud=" + audiences() + "]";
    }
}
