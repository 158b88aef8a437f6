package dev.lakeroute.camel.databricks.http;

import java.time.Duration;

/**
 * What distinguishes one pooled HTTP client from another; most components need exactly one. The request
 * timeout is part of it because {@link AsyncApiClient} applies it to its connections, not per request.
 */
public record HttpClientSettings(Duration connectTimeout, String trustStore, String trustStorePassword,
                                 String trustStoreType, Duration requestTimeout) {

    @Override
    public String toString() {
        return "HttpClientSettings[connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
               + ", trustStore=" + trustStore + "]";
    }
}
