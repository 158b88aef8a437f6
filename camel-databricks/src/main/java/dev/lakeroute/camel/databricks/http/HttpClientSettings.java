package dev.lakeroute.camel.databricks.http;

import java.time.Duration;

/** What distinguishes one pooled HTTP client from another; most components need exactly one. */
public record HttpClientSettings(Duration connectTimeout, String trustStore, String trustStorePassword,
                                 String trustStoreType) {

    @Override
    public String toString() {
        return "HttpClientSettings[connectTimeout=" + connectTimeout + ", trustStore=" + trustStore + "]";
    }
}
