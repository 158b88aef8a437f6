package dev.lakeroute.dblocal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MainTest {
    @Test
    void parsesEveryOption() {
        DatabricksLocal.Builder builder = Main.parse(new String[]{"--port", "0", "--host", "127.0.0.1", "--data-dir", "target/cli-data",
                "--token", "dapi-x", "--service-principal", "id:secret", "--cluster-start-delay-ms", "10",
                "--workspace-id", "1234567890123456", "--account-id", "acc-1", "--cloud", "gcp"});
        try (DatabricksLocal local = builder.start()) {
            assertThat(local.token()).isEqualTo("dapi-x");
            assertThat(local.settings().workspaceId()).isEqualTo("1234567890123456");
            assertThat(local.settings().accountId()).isEqualTo("acc-1");
            assertThat(local.settings().cloud()).isEqualTo("gcp");
            assertThat(local.settings().servicePrincipals()).hasSize(1);
            assertThat(local.settings().clusterStartDelay().toMillis()).isEqualTo(10);
        }
    }

    @Test
    void tlsSelfSignedServesHttpsAndPrintsWhatClientsTrust() {
        DatabricksLocal.Builder builder = Main.parse(new String[]{"--port", "0", "--data-dir", "target/cli-tls-data", "--no-spark",
                "--tls-self-signed"});
        try (DatabricksLocal local = builder.start()) {
            assertThat(local.url()).startsWith("https://127.0.0.1:");
            assertThat(local.selfSignedCertificate()).isPresent();
        }
    }

    @Test
    void tlsOptionsComeInTheirPairs() {
        assertThatThrownBy(() -> Main.parse(new String[]{"--tls-keystore", "k.p12"})).hasMessage("--tls-keystore needs --tls-password PASSWORD");
        assertThatThrownBy(() -> Main.parse(new String[]{"--tls-password", "x"})).hasMessage("--tls-password needs --tls-keystore FILE");
        assertThatThrownBy(() -> Main.parse(new String[]{"--tls-self-signed", "--tls-keystore", "k.p12", "--tls-password", "x"}))
                .hasMessageContaining("exclude each other");
    }

    @Test
    void helpReturnsNoBuilder() {
        assertThat(Main.parse(new String[]{"--help"})).isNull();
    }

    @Test
    void badInputNamesTheOptionAndWhatIsAllowed() {
        assertThatThrownBy(() -> Main.parse(new String[]{"--port", "70000"})).hasMessage("--port must be between 0 and 65535, was 70000");
        assertThatThrownBy(() -> Main.parse(new String[]{"--port", "x"})).hasMessage("--port must be a number, was 'x'");
        assertThatThrownBy(() -> Main.parse(new String[]{"--bogus", "1"})).hasMessage("unknown option '--bogus'");
        assertThatThrownBy(() -> Main.parse(new String[]{"--token"})).hasMessage("--token needs a value");
        assertThatThrownBy(() -> Main.parse(new String[]{"--port", "0", "--no-spark", "--cloud", "ibm"}).start())
                .hasMessage("cloud must be one of [aws, azure, gcp], was ibm");
        assertThatThrownBy(() -> Main.parse(new String[]{"--service-principal", "nocolon"})).hasMessageContaining("CLIENT_ID:CLIENT_SECRET");
    }
}
