package dev.lakeroute.camel.databricks.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.lakeroute.camel.databricks.TestComponents;
import dev.lakeroute.camel.databricks.DatabricksComponent;
import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;
import dev.lakeroute.camel.databricks.error.DatabricksException;
import dev.lakeroute.camel.databricks.error.DatabricksTransportException;
import dev.lakeroute.dblocal.DatabricksLocal;
import dev.lakeroute.dblocal.http.SelfSignedCertificate;
import dev.lakeroute.dblocal.junit.DatabricksLocalExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * databricks-local over https with a self-signed certificate: verification is on by default on both HTTP
 * clients (the in-memory API client and the JDK client of streams and token requests), a trust store makes
 * every call work, a certificate for another name is refused, and the trust store password stays secret.
 */
class TlsVerificationTest extends CamelTestSupport {

    private static final String SP_ID = "local-test-sp";
    private static final String SP_SECRET = "local-test-sp-secret";

    @RegisterExtension
    static final DatabricksLocalExtension TLS = DatabricksLocalExtension.perClass(DatabricksLocal.Builder::selfSignedTls);

    /** Serves a certificate for other.example only, trusted through {@link #otherNameTrustStore}. */
    private static DatabricksLocal otherName;
    private static SelfSignedCertificate otherNameCertificate;

    @BeforeAll
    static void startServerWithCertificateForAnotherName() throws Exception {
        Path dir = Files.createTempDirectory("tls-other-name");
        otherNameCertificate = SelfSignedCertificate.generate(dir, List.of("dns:other.example"));
        otherName = DatabricksLocal.builder().token(DatabricksLocalExtension.SHARED_TOKEN).servicePrincipal(SP_ID, SP_SECRET)
                .tls(otherNameCertificate.keyStore(), otherNameCertificate.keyStorePassword()).start();
    }

    @AfterAll
    static void stopServerWithCertificateForAnotherName() {
        if (otherName != null) {
            otherName.close();
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("databricks", TestComponents.pointedAt(TLS.url(), null, 50, 200));
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").routeId("call").recipientList(header("databricksUri"));
            }
        };
    }

    @Test
    void untrustedCertificateIsRefusedOnceWithAMessageNamingTheTrustStoreOption() {
        for (Call call : calls("", TLS.url())) {
            DatabricksException e = failure(call);

            assertThat(e).as(call.name()).isInstanceOf(DatabricksTransportException.class);
            assertThat(e.getMessage()).as(call.name()).contains("certificate is not trusted").contains("trustStore");
            assertThat(((DatabricksTransportException) e).getAttempts()).as(call.name() + ": a TLS refusal is not retried")
                    .isEqualTo(1);
        }
        DatabricksException token = failure(calls("", TLS.url()).get(2));
        assertThat(token.getOperation()).isEqualTo("oauth/token");
        assertThat(token.getMessage()).as("names the token endpoint, which may be another host than the workspace (Azure AD)")
                .contains(TLS.url() + "/oidc/");
    }

    @Test
    void trustStoreWithTheCertificateMakesEveryCallWorkOnBothClients() {
        SelfSignedCertificate certificate = TLS.server().selfSignedCertificate().orElseThrow();
        String trust = "trustStore=" + certificate.trustStore() + "&trustStorePassword=RAW(" + certificate.trustStorePassword() + ")";

        for (Call call : calls(trust, TLS.url())) {
            Exchange exchange = exchange(call.uri(), call.body());
            assertThat(exchange.getException()).as(call.name()).isNull();
        }
        String token = "&token=" + TLS.token();
        Exchange download = exchange("databricks:fs/files/download?param.file_path=" + VOLUME_FILE + "&" + trust + token, null);
        assertThat(download.getException()).isNull();
        assertThat(download.getMessage().getBody(String.class)).isEqualTo("hello over https");
        Exchange status = exchange("databricks:dbfs/get-status?path=/&" + trust + token, null);
        assertThat(status.getException()).isNull();
    }

    @Test
    void certificateForAnotherHostNameIsRefusedEvenWhenTrusted() {
        String trust = "trustStore=" + otherNameCertificate.trustStore() + "&trustStorePassword=RAW("
                       + otherNameCertificate.trustStorePassword() + ")";
        for (Call call : calls(trust, otherName.url())) {
            DatabricksException e = failure(call);

            assertThat(e).as(call.name()).isInstanceOf(DatabricksTransportException.class);
            assertThat(e.getMessage()).as(call.name()).contains("127.0.0.1").contains("other.example")
                    .doesNotContain("not trusted");
            assertThat(((DatabricksTransportException) e).getAttempts()).as(call.name()).isEqualTo(1);
        }
    }

    /**
     * In the URI the password is safe up to DEBUG: Camel core itself logs raw endpoint URIs at TRACE
     * (see {@link SecretsInCamelCoreLogsTest}). Set at component level it is safe at every level.
     */
    @Test
    void trustStorePasswordNeverAppearsInLogsExceptionsOrToString() {
        SelfSignedCertificate certificate = TLS.server().selfSignedCertificate().orElseThrow();
        String password = certificate.trustStorePassword();
        String wrongPassword = "wrong-" + password;
        List<String> texts = new ArrayList<>();
        try (LogCapture capture = LogCapture.everything(Level.DEBUG)) {
            for (String trust : List.of("trustStore=" + certificate.trustStore() + "&trustStorePassword=RAW(" + password + ")",
                    "trustStore=" + certificate.trustStore() + "&trustStorePassword=" + password)) {
                texts.addAll(runAll(calls(trust, TLS.url())));
            }
            Exchange wrong = exchange("databricks:clusters/list?token=" + TLS.token() + "&trustStore=" + certificate.trustStore()
                                      + "&trustStorePassword=RAW(" + wrongPassword + ")", null);
            DatabricksConfigurationException refused = configurationFailure(wrong.getException());
            assertThat(refused.getOption()).isEqualTo("trustStorePassword");
            for (Throwable t = wrong.getException(); t != null; t = t.getCause()) {
                texts.add(t.toString());
            }
            assertThat(capture.lines).as("DEBUG logging happened").isNotEmpty();
            texts.addAll(capture.lines);
        }
        try (LogCapture capture = LogCapture.everything(Level.TRACE)) {
            DatabricksComponent component = context.getComponent("databricks", DatabricksComponent.class);
            component.getConfiguration().setTrustStore(certificate.trustStore().toString());
            component.getConfiguration().setTrustStorePassword(password);
            texts.addAll(runAll(calls("", TLS.url())));
            texts.add(component.getConfiguration().toString());
            assertThat(capture.lines).as("TRACE logging happened").isNotEmpty();
            texts.addAll(capture.lines);
        }
        for (String text : texts) {
            assertThat(text).doesNotContain(password).doesNotContain(wrongPassword);
        }
    }

    /** Each call's failure (if any) and its endpoint's toString; every call must succeed. */
    private List<String> runAll(List<Call> calls) {
        List<String> texts = new ArrayList<>();
        for (Call call : calls) {
            Exchange exchange = exchange(call.uri(), call.body());
            assertThat(exchange.getException()).as(call.name()).isNull();
            texts.add(context.getEndpoint(call.uri()).toString());
        }
        return texts;
    }

    private static final String VOLUME_FILE = "/Volumes/main/default/landing/tls-check.txt";

    /**
     * One call per client: a catalogue call (in-memory client), a streamed upload (JDK client) and an OAuth M2M
     * call, whose token request goes through the JDK client.
     */
    private static List<Call> calls(String options, String host) {
        String common = "host=" + host + (options.isEmpty() ? "" : "&" + options);
        String token = "&token=" + DatabricksLocalExtension.SHARED_TOKEN;
        return List.of(
                new Call("clusters/list (in-memory client)", "databricks:clusters/list?" + common + token, null),
                new Call("fs/files/upload (streaming client)", "databricks:fs/files/upload?overwrite=true&param.file_path="
                        + VOLUME_FILE + "&" + common + token, "hello over https"),
                new Call("OAuth M2M token request (token client)", "databricks:token/list?" + common + "&clientId=" + SP_ID
                        + "&clientSecret=RAW(" + SP_SECRET + ")", null));
    }

    private record Call(String name, String uri, Object body) {
    }

    private Exchange exchange(String uri, Object body) {
        return template.request("direct:call", e -> {
            e.getMessage().setHeader("databricksUri", uri);
            e.getMessage().setBody(body);
        });
    }

    private static DatabricksConfigurationException configurationFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabricksConfigurationException e) {
                return e;
            }
        }
        throw new AssertionError("expected a DatabricksConfigurationException, got " + failure);
    }

    private DatabricksException failure(Call call) {
        Exchange exchange = exchange(call.uri(), call.body());
        assertThat(exchange.getException()).as(call.name()).isInstanceOf(DatabricksException.class);
        return (DatabricksException) exchange.getException();
    }
}
