package dev.lakeroute.camel.databricks.http;

import java.net.http.HttpClient;
import java.util.concurrent.Executor;

/**
 * Builds the JDK HTTP client, used for streamed bodies (file transfers, multipart commands) and token
 * requests ({@link AsyncApiClient} sends the rest): pooled connections, its tasks on the component's
 * worker pool, no redirects (a redirect to another host would carry the token). TLS comes from
 * {@link ClientTls}, as for {@link AsyncApiClient}: the JVM's or the given trust store, host names
 * verified (the JDK client's default, which only a JVM-wide system property can turn off).
 */
public final class HttpClientFactory {

    private HttpClientFactory() {
    }

    public static HttpClient create(HttpClientSettings settings, Executor executor) {
        return HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .sslContext(ClientTls.context(settings))
                .build();
    }
}
