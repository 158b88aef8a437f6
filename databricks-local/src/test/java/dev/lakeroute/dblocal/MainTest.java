package dev.lakeroute.dblocal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MainTest {
    @Test
    void parsesEveryOption() {
        DatabricksLocal.Builder builder = Main.parse(new String[]{"--port", "0", "--host", "127.0.0.1", "--data-dir", "target/cli-data",
                "--token", "dapi-x", "--service-principal", "id:secret", "--cluster-start-delay-ms", "10"});
        try (DatabricksLocal local = builder.start()) {
            assertThat(local.token()).isEqualTo("dapi-x");
            assertThat(local.settings().servicePrincipals()).hasSize(1);
            assertThat(local.settings().clusterStartDelay().toMillis()).isEqualTo(10);
        }
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
        assertThatThrownBy(() -> Main.parse(new String[]{"--service-principal", "nocolon"})).hasMessageContaining("CLIENT_ID:CLIENT_SECRET");
    }
}
