package dev.lakeroute.dblocal.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.lakeroute.dblocal.http.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny OpenID Connect issuer on loopback, for testing workload identity federation without a cloud:
 * it publishes {@code /.well-known/openid-configuration} and its RSA key set at {@code /jwks}, and signs
 * ID tokens (RS256, JDK crypto) for any subject and audience, the way a Kubernetes cluster, GitHub
 * Actions or Azure DevOps would. Its {@link #issuer()} is what a federation policy names.
 */
public final class LocalOidcIssuer implements AutoCloseable {
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final HttpServer server;
    private final KeyPair keys;
    private final String keyId;
    private final String issuer;
    private final AtomicInteger jwksFetches = new AtomicInteger();

    private LocalOidcIssuer(HttpServer server, KeyPair keys, String keyId) {
        this.server = server;
        this.keys = keys;
        this.keyId = keyId;
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public static LocalOidcIssuer start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LocalOidcIssuer issuer = new LocalOidcIssuer(server, generator.generateKeyPair(), "local-" + System.nanoTime());
            server.createContext("/.well-known/openid-configuration", issuer::discovery);
            server.createContext("/jwks", issuer::jwks);
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the local OIDC issuer", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
    }

    /** The {@code iss} of its tokens, e.g. {@code http://127.0.0.1:40321}. */
    public String issuer() {
        return issuer;
    }

    /** How often the key set was fetched (a verifier caches it). */
    public int jwksFetches() {
        return jwksFetches.get();
    }

    /** A signed ID token for {@code subject} and {@code audience}, valid for {@code lifetime} from now. */
    public String idToken(String subject, String audience, Duration lifetime) {
        return sign(subject, List.of(audience), Instant.now().plus(lifetime));
    }

    /** A token with these claims, signed by this issuer (negative lifetimes give expired tokens). */
    public String sign(String subject, List<String> audiences, Instant expiresAt) {
        ObjectNode header = Json.object().put("alg", "RS256").put("typ", "JWT").put("kid", keyId);
        ObjectNode claims = Json.object()
                .put("iss", issuer)
                .put("sub", subject)
                .put("iat", Instant.now().getEpochSecond())
                .put("exp", expiresAt.getEpochSecond());
        if (audiences.size() == 1) {
            claims.put("aud", audiences.get(0));
        } else {
            audiences.forEach(claims.putArray("aud")::add);
        }
        String signingInput = BASE64URL.encodeToString(Json.write(header)) + "." + BASE64URL.encodeToString(Json.write(claims));
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(keys.getPrivate());
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RS256 signing failed", e);
        }
    }

    private void discovery(HttpExchange exchange) throws IOException {
        reply(exchange, Json.object().put("issuer", issuer).put("jwks_uri", issuer + "/jwks")
                .put("id_token_signing_alg_values_supported", "RS256"));
    }

    private void jwks(HttpExchange exchange) throws IOException {
        jwksFetches.incrementAndGet();
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        ObjectNode jwks = Json.object();
        jwks.putArray("keys").addObject()
                .put("kty", "RSA").put("use", "sig").put("alg", "RS256").put("kid", keyId)
                .put("n", BASE64URL.encodeToString(unsigned(key.getModulus().toByteArray())))
                .put("e", BASE64URL.encodeToString(unsigned(key.getPublicExponent().toByteArray())));
        reply(exchange, jwks);
    }

    private static byte[] unsigned(byte[] twosComplement) {
        return twosComplement.length > 1 && twosComplement[0] == 0
                ? java.util.Arrays.copyOfRange(twosComplement, 1, twosComplement.length) : twosComplement;
    }

    private static void reply(HttpExchange exchange, Object body) throws IOException {
        byte[] bytes = Json.write(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
