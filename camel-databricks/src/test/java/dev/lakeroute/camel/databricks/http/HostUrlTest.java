package dev.lakeroute.camel.databricks.http;

import org.junit.jupiter.api.Test;

import dev.lakeroute.camel.databricks.error.DatabricksConfigurationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostUrlTest {

    @Test
    void hostWithoutSchemeGetsHttps() {
        assertThat(HostUrl.parse("host", "adb-1.azuredatabricks.net", false).url()).isEqualTo("https://adb-1.azuredatabricks.net");
        assertThat(HostUrl.parse("host", "https://x.cloud.databricks.com/", false).url()).isEqualTo("https://x.cloud.databricks.com");
    }

    @Test
    void plainHttpOnlyForLoopbackUnlessAllowed() {
        assertThat(HostUrl.parse("host", "http://127.0.0.1:8080", false).url()).isEqualTo("http://127.0.0.1:8080");
        assertThat(HostUrl.parse("host", "http://localhost:1", false).isPlainHttp()).isTrue();
        assertThat(HostUrl.parse("host", "http://[::1]:1", false).url()).isEqualTo("http://[::1]:1");
        assertThatThrownBy(() -> HostUrl.parse("host", "http://example.com", false))
                .isInstanceOf(DatabricksConfigurationException.class).hasMessageContaining("allowInsecureHttp");
        assertThat(HostUrl.parse("host", "http://example.com", true).url()).isEqualTo("http://example.com");
    }
}
