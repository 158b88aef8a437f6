package dev.lakeroute.camel.databricks.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.Executor;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;

/**
 * Builds the JDK HTTP client, used for streamed bodies (file transfers, multipart commands) and token
 * requests ({@link AsyncApiClient} sends the rest): pooled connections, its tasks on the component's
 * worker pool, no redirects (a redirect to another host would carry the token), TLS with the JVM's or
 * the given trust store.
 */
public final class HttpClientFactory {

    private HttpClientFactory() {
    }

    public static HttpClient create(HttpClientSettings settings, Executor executor) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor);
        if (settings.trustStore() != null && !settings.trustStore().isBlank()) {
            builder.sslContext(sslContext(settings));
        }
        return builder.build();
    }

    static SSLContext sslContext(HttpClientSettings settings) {
        Path path = Path.of(settings.trustStore());
        if (!Files.isRegularFile(path)) {
            throw new DatabricksConfigurationException("trustStore", "file " + path + " does not exist",
                    "a readable PKCS12 or JKS file");
        }
        String type = settings.trustStoreType() == null || settings.trustStoreType().isBlank()
                ? KeyStore.getDefaultType() : settings.trustStoreType();
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance(type);
            char[] password = settings.trustStorePassword() == null ? null : settings.trustStorePassword().toCharArray();
            store.load(in, password);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            // The cause is left out on purpose: keystore errors can quote the password attempt.
            throw new DatabricksConfigurationException("trustStore", "cannot load " + path + " as " + type + " ("
                    + e.getClass().getSimpleName() + ")", "a PKCS12 or JKS file with its trustStorePassword and trustStoreType");
        }
    }
}
