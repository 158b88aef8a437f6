package dev.lakeroute.dblocal.http;

import dev.lakeroute.dblocal.DatabricksLocal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerTlsTest {
    private static final String TOKEN = "dapi-tls-test";

    @TempDir
    Path dir;

    /** A certificate for localhost made once: keytool takes a second or more per certificate. */
    @TempDir
    static Path shared;
    private static SelfSignedCertificate own;

    @BeforeAll
    static void makeCertificate() {
        own = SelfSignedCertificate.generate(shared.resolve("own"), List.of("dns:localhost"));
    }

    @Test
    void selfSignedServerAnswersHttpsOnlyToClientsTrustingItsTrustStore() throws Exception {
        try (DatabricksLocal local = DatabricksLocal.builder().token(TOKEN).dataDir(dir).selfSignedTls().start()) {
            assertThat(local.url()).startsWith("https://127.0.0.1:");
            SelfSignedCertificate certificate = local.selfSignedCertificate().orElseThrow();
            HttpClient trusting = HttpClient.newBuilder()
                    .sslContext(trusting(certificate.trustStore(), certificate.trustStorePassword())).build();

            HttpResponse<String> clusters = trusting.send(get(local.url() + "/api/2.0/clusters/list"), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> discovery = trusting.send(get(local.url() + "/oidc/.well-known/oauth-authorization-server"),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(clusters.statusCode()).isEqualTo(200);
            assertThat(discovery.body()).contains("\"token_endpoint\":\"" + local.url() + "/oidc/v1/token\"");
            assertThat(Files.readString(certificate.certificatePem())).startsWith("-----BEGIN CERTIFICATE-----\n");
            assertThatThrownBy(() -> HttpClient.newHttpClient().send(get(local.url() + "/api/2.0/clusters/list"),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void restartOnTheSameDataDirKeepsTheCertificateClientsTrust() throws Exception {
        byte[] first;
        try (DatabricksLocal local = DatabricksLocal.builder().token(TOKEN).dataDir(dir).selfSignedTls().start()) {
            first = Files.readAllBytes(local.selfSignedCertificate().orElseThrow().certificatePem());
        }
        try (DatabricksLocal local = DatabricksLocal.builder().token(TOKEN).dataDir(dir).selfSignedTls().start()) {
            assertThat(Files.readAllBytes(local.selfSignedCertificate().orElseThrow().certificatePem())).isEqualTo(first);
        }
    }

    @Test
    void givenKeyStoreIsServed() throws Exception {
        try (DatabricksLocal local = DatabricksLocal.builder().token(TOKEN).host("localhost")
                .tls(own.keyStore(), own.keyStorePassword()).start()) {
            HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(own.trustStore(), own.trustStorePassword())).build();
            assertThat(local.url()).startsWith("https://localhost:");
            assertThat(local.selfSignedCertificate()).isEmpty();
            assertThat(trusting.send(get(local.url() + "/api/2.0/clusters/list"), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(200);
        }
    }

    @Test
    void unusableKeyStoreFailsTheStartNamingTheFileNotThePassword() {
        assertThatThrownBy(() -> DatabricksLocal.builder().tls(own.keyStore(), "wrong-password-123").start())
                .hasMessageContaining(own.keyStore().toString()).hasMessageContaining("password")
                .hasMessageNotContaining("wrong-password-123");
        assertThatThrownBy(() -> DatabricksLocal.builder().tls(own.trustStore(), own.trustStorePassword()).start())
                .hasMessageContaining("holds no private key");
        assertThatThrownBy(() -> DatabricksLocal.builder().tls(dir.resolve("missing.p12"), "x").start())
                .hasMessageContaining("does not exist");
    }

    @Test
    void certificateNamesLoopbackAndTheBoundHost() {
        assertThat(SelfSignedCertificate.namesFor("127.0.0.1")).containsExactly("dns:localhost", "ip:127.0.0.1", "ip:::1");
        assertThat(SelfSignedCertificate.namesFor("0.0.0.0")).containsExactly("dns:localhost", "ip:127.0.0.1", "ip:::1");
        assertThat(SelfSignedCertificate.namesFor("dev-box.example")).contains("dns:dev-box.example");
        assertThat(SelfSignedCertificate.namesFor("10.1.2.3")).contains("ip:10.1.2.3");
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TOKEN).build();
    }

    private static SSLContext trusting(Path trustStore, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(trustStore)) {
            store.load(in, password.toCharArray());
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
