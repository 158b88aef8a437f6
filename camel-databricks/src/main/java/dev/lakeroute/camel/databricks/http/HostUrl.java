package dev.lakeroute.camel.databricks.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;

/**
 * A validated base URL ({@code https://host[:port]}, no path). Plain http is accepted for loopback
 * hosts (a local server) and otherwise only when the user opts in, because credentials would travel
 * in clear text.
 */
public record HostUrl(String url, String scheme, String hostName, int port) {

    private static final String ALLOWED = "https://<host>[:port] or a bare host name (https:// is added); "
            + "http:// only for localhost/127.0.0.1/::1 unless allowInsecureHttp=true";

    public static HostUrl parse(String option, String raw, boolean allowInsecureHttp) {
        if (raw == null || raw.isBlank()) {
            throw new DatabricksConfigurationException(option, "is empty", ALLOWED);
        }
        String text = raw.trim();
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new DatabricksConfigurationException(option, "'" + raw + "' is not a valid URL (" + e.getReason() + ")", ALLOWED);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new DatabricksConfigurationException(option, "scheme '" + scheme + "' is not supported", ALLOWED);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty() || uri.getUserInfo() != null) {
            throw new DatabricksConfigurationException(option, "'" + raw + "' has no valid host name", ALLOWED);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null
            || uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
            throw new DatabricksConfigurationException(option, "'" + raw + "' has a path, query or fragment",
                    ALLOWED + " (no path: operations add /api/...)");
        }
        if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(host)) {
            throw new DatabricksConfigurationException("allowInsecureHttp", "plain http to non-loopback host "
                    + host + " is refused because credentials would be sent unencrypted", "https://, or allowInsecureHttp=true");
        }
        int port = uri.getPort();
        String url = scheme + "://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
                     + (port >= 0 ? ":" + port : "");
        return new HostUrl(url, scheme, host, port);
    }

    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
               || h.matches("127(\\.\\d{1,3}){3}");
    }

    public boolean isPlainHttp() {
        return scheme.equals("http");
    }

    /** Host and port, the key under which rate limits and connections are shared. */
    public String authority() {
        return hostName + (port >= 0 ? ":" + port : "");
    }
}
