package dev.lakeroute.camel.databricks.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.UnrecoverableKeyException;
import java.util.Collections;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;

/**
 * The one place both HTTP clients take their TLS from: the JVM's trusted CAs or those of the
 * {@code trustStore} option, always verified, behind {@link ExplainingTrustManager} so that a refused
 * certificate says why and which option helps. There is deliberately no way to turn verification off.
 */
final class ClientTls {

    private ClientTls() {
    }

    static SSLContext context(HttpClientSettings settings) {
        boolean own = settings.trustStore() != null && !settings.trustStore().isBlank();
        KeyStore trusted = own ? load(settings) : null;
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            // null: the JVM's default trust store (cacerts, or javax.net.ssl.trustStore), as SSLContext.getDefault() uses.
            factory.init(trusted);
            X509ExtendedTrustManager delegate = null;
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509ExtendedTrustManager x509) {
                    delegate = x509;
                }
            }
            if (delegate == null) {
                throw new IllegalStateException("the JVM's " + factory.getAlgorithm() + " trust manager factory gave no X.509 trust manager");
            }
            String source = own ? "trustStore " + Path.of(settings.trustStore()) : "the JVM's default trust store";
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new ExplainingTrustManager(delegate, source, own)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JVM cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private static KeyStore load(HttpClientSettings settings) {
        Path path = Path.of(settings.trustStore());
        if (!Files.isRegularFile(path)) {
            throw new DatabricksConfigurationException("trustStore", "file " + path + " does not exist",
                    "a readable PKCS12 or JKS file");
        }
        String type = settings.trustStoreType() == null || settings.trustStoreType().isBlank()
                ? KeyStore.getDefaultType() : settings.trustStoreType();
        KeyStore store;
        try {
            store = KeyStore.getInstance(type);
        } catch (KeyStoreException e) {
            throw new DatabricksConfigurationException("trustStoreType", "'" + type + "' is not a key store type of this JVM",
                    "PKCS12 or JKS");
        }
        try (InputStream in = Files.newInputStream(path)) {
            char[] password = settings.trustStorePassword() == null ? null : settings.trustStorePassword().toCharArray();
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isCertificateEntry(alias) || store.getCertificateChain(alias) != null) {
                    return store;
                }
            }
            throw new DatabricksConfigurationException("trustStore", path + " holds no certificate it can read"
                    + (password == null ? " without a password" : ""),
                    "a PKCS12 or JKS file with the server's certificate or its CA (a PKCS12 with encrypted certificates needs trustStorePassword)");
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new DatabricksConfigurationException("trustStorePassword", "is not the password of " + path,
                        "the password the trust store was written with");
            }
            // The cause is left out on purpose: key store errors can quote the password attempt.
            throw new DatabricksConfigurationException("trustStore", "cannot load " + path + " as " + type + " ("
                    + e.getClass().getSimpleName() + ")", "a PKCS12 or JKS file with its trustStorePassword and trustStoreType");
        } catch (GeneralSecurityException e) {
            throw new DatabricksConfigurationException("trustStore", "cannot load " + path + " as " + type + " ("
                    + e.getClass().getSimpleName() + ")", "a PKCS12 or JKS file with its trustStorePassword and trustStoreType");
        }
    }
}
