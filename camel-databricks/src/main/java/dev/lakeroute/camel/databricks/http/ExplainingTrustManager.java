package dev.lakeroute.camel.databricks.http;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The JVM's certificate checks, unchanged, with refusals that say what was wrong and which option helps:
 * the JDK's own text ("PKIX path building failed: … unable to find valid certification path") names neither
 * the certificate nor the {@code trustStore} option. The JSSE turns the message of the exception thrown here
 * into that of the {@code SSLHandshakeException} both HTTP clients fail with.
 */
final class ExplainingTrustManager extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager delegate;
    /** Where the trusted CAs come from, for messages: "the JVM's default trust store" or "trustStore FILE". */
    private final String source;
    private final boolean ownTrustStore;

    ExplainingTrustManager(X509ExtendedTrustManager delegate, String source, boolean ownTrustStore) {
        this.delegate = delegate;
        this.source = source;
        this.ownTrustStore = ownTrustStore;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            throw explain(chain, authType, engine == null ? null : engine.getPeerHost(), e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            String host = socket instanceof SSLSocket ssl && ssl.getHandshakeSession() != null
                    ? ssl.getHandshakeSession().getPeerHost() : null;
            throw explain(chain, authType, host, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            throw explain(chain, authType, null, e);
        }
    }

    /**
     * The chain failed the full check. If it passes the check without the host name, the name was the problem;
     * otherwise the chain itself is not trusted (unknown CA, expired).
     */
    private CertificateException explain(X509Certificate[] chain, String authType, String host, CertificateException refusal) {
        if (chain == null || chain.length == 0) {
            return refusal;
        }
        X509Certificate server = chain[0];
        String jdkReason = " (" + refusal.getMessage() + ")";
        if (host != null) {
            try {
                delegate.checkServerTrusted(chain, authType);
                return withCause(new CertificateException("the server's certificate is trusted but not issued for " + host
                        + ", the host called: it names " + names(server) + ". Hostname verification is always on: call the"
                        + " server by a name its certificate carries, or give the server a certificate for " + host + jdkReason),
                        refusal);
            } catch (CertificateException notTrustedEither) {
                // Falls through: the chain is not trusted whatever the name.
            }
        }
        try {
            server.checkValidity();
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            return withCause(new CertificateException("the server's certificate is not trusted: " + server.getSubjectX500Principal()
                    + " is valid only from " + server.getNotBefore().toInstant() + " to " + server.getNotAfter().toInstant()
                    + jdkReason), refusal);
        }
        String advice = ownTrustStore
                ? "add the server's certificate or its CA to that file (trustStore, trustStorePassword, trustStoreType)"
                : "set the trustStore option (with trustStorePassword and trustStoreType) to a PKCS12 or JKS file holding the"
                  + " server's certificate or its CA";
        return withCause(new CertificateException("the server's certificate is not trusted: " + server.getSubjectX500Principal()
                + ", issued by " + server.getIssuerX500Principal() + ", is not signed by a CA in " + source + "; " + advice
                + jdkReason), refusal);
    }

    private static CertificateException withCause(CertificateException explained, CertificateException cause) {
        explained.initCause(cause);
        return explained;
    }

    /** {@code DNS:a.example, IP:10.0.0.1}, or the subject when the certificate has no alternative names. */
    private static String names(X509Certificate certificate) {
        try {
            Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives == null || alternatives.isEmpty()) {
                return "no alternative names, only the subject " + certificate.getSubjectX500Principal();
            }
            List<String> names = new ArrayList<>();
            for (List<?> alternative : alternatives) {
                int kind = (Integer) alternative.get(0);
                names.add((kind == 2 ? "DNS:" : kind == 7 ? "IP:" : "") + alternative.get(1));
            }
            return String.join(", ", names);
        } catch (CertificateParsingException e) {
            return "names that cannot be read (" + e.getMessage() + ")";
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        delegate.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        delegate.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        delegate.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
