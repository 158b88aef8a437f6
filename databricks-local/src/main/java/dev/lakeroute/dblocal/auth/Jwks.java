package dev.lakeroute.dblocal.auth;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A JSON Web Key Set (RFC 7517) as an issuer publishes it: its RSA and EC signing keys by {@code kid}. */
public final class Jwks {
    private final Map<String, PublicKey> keys;

    private Jwks(Map<String, PublicKey> keys) {
        this.keys = Map.copyOf(keys);
    }

    public static Jwks parse(JsonNode document) {
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        for (JsonNode jwk : document.path("keys")) {
            String use = jwk.path("use").asText("sig");
            if (!use.equals("sig")) {
                continue;
            }
            publicKey(jwk).ifPresent(key -> keys.put(jwk.path("kid").asText(""), key));
        }
        return new Jwks(keys);
    }

    /** The key named {@code kid}; without a kid, the only key there is. */
    public Optional<PublicKey> key(String kid) {
        if (kid == null || kid.isEmpty()) {
            return keys.size() == 1 ? keys.values().stream().findFirst() : Optional.ofNullable(keys.get(""));
        }
        return Optional.ofNullable(keys.get(kid));
    }

    public int size() {
        return keys.size();
    }

    private static Optional<PublicKey> publicKey(JsonNode jwk) {
        try {
            return switch (jwk.path("kty").asText()) {
                case "RSA" -> Optional.of(KeyFactory.getInstance("RSA").generatePublic(
                        new RSAPublicKeySpec(unsigned(jwk.path("n").asText()), unsigned(jwk.path("e").asText()))));
                case "EC" -> Optional.of(ecKey(jwk));
                default -> Optional.empty();
            };
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // A key this server cannot read cannot verify anything; the others still can.
            return Optional.empty();
        }
    }

    private static PublicKey ecKey(JsonNode jwk) throws GeneralSecurityException {
        String curve = switch (jwk.path("crv").asText()) {
            case "P-256" -> "secp256r1";
            case "P-384" -> "secp384r1";
            case "P-521" -> "secp521r1";
            default -> throw new GeneralSecurityException("unsupported curve " + jwk.path("crv").asText());
        };
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec(curve));
        ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
        ECPoint point = new ECPoint(unsigned(jwk.path("x").asText()), unsigned(jwk.path("y").asText()));
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, spec));
    }

    private static BigInteger unsigned(String base64Url) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(base64Url));
    }
}
