package dev.lakeroute.dblocal.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkExposureTest {
    @Test
    void bindingBeyondLoopbackWarnsThatATokenRunsCodeAsTheServersUser() {
        assertThat(NetworkExposure.warning("0.0.0.0", 8080)).hasValueSatisfying(warning -> assertThat(warning)
                .contains("0.0.0.0:8080")
                .contains("run code")
                .contains("'" + System.getProperty("user.name") + "'")
                .contains("127.0.0.1"));
        assertThat(NetworkExposure.warning("::", 8080)).isPresent();
    }

    @Test
    void loopbackAddressesAreQuiet() {
        assertThat(NetworkExposure.warning("127.0.0.1", 8080)).isEmpty();
        assertThat(NetworkExposure.warning("localhost", 8080)).isEmpty();
        assertThat(NetworkExposure.warning("::1", 8080)).isEmpty();
    }
}
