package dev.lakeroute.camel.databricks.error;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

/**
 * Why a call got no HTTP answer, for health checks and routes that react differently to a wrong host
 * name, a server that is down, a certificate that is not trusted or a server that is too slow.
 */
public enum TransportFailure {
    /** The host name does not resolve (DNS). */
    UNRESOLVED_HOST("the host name does not resolve"),
    /** Nothing listens on the port, or a firewall rejects the connection. */
    CONNECTION_REFUSED("the connection was refused"),
    /** No route to the host, or no connection made within connectTimeout. */
    CONNECT_TIMEOUT("no connection within connectTimeout"),
    /** The TLS handshake failed: an untrusted or mismatched certificate, or not TLS at all. */
    TLS("the TLS handshake failed"),
    /** Connected, but no answer within requestTimeout. */
    TIMEOUT("no answer within requestTimeout"),
    /** The connection was reset or closed before the answer was complete. */
    CONNECTION_LOST("the connection was lost before the answer"),
    OTHER("the call failed without an HTTP answer");

    private final String description;

    TransportFailure(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The kind of {@code failure}, looking through its causes. */
    public static TransportFailure of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return UNRESOLVED_HOST;
            }
            if (t instanceof SSLException) {
                return TLS;
            }
            if (t instanceof HttpConnectTimeoutException || t instanceof NoRouteToHostException
                || t instanceof org.apache.hc.core5.util.DeadlineTimeoutException) {
                return CONNECT_TIMEOUT;
            }
            if (t instanceof ConnectException) {
                return t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("timed out")
                        ? CONNECT_TIMEOUT : CONNECTION_REFUSED;
            }
            if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException || t instanceof TimeoutException
                || t instanceof org.apache.hc.core5.util.TimeoutValueException) {
                return TIMEOUT;
            }
        }
        return failure instanceof IOException ? CONNECTION_LOST : OTHER;
    }
}
