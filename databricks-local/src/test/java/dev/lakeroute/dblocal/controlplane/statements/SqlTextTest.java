package dev.lakeroute.dblocal.controlplane.statements;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlTextTest {

    @Test
    void splitsAtTopLevelSemicolonsOnly() {
        assertThat(SqlText.split("SELECT 'a;b'; SELECT `x;y` FROM t -- c;d\n; /* e;f */ SELECT \"g;\\\"h\";;  "))
                .containsExactly("SELECT 'a;b'", "SELECT `x;y` FROM t -- c;d", "/* e;f */ SELECT \"g;\\\"h\"");
    }

    @Test
    void dropsStatementsThatAreOnlyComments() {
        assertThat(SqlText.split("SELECT 1; -- the end\n")).containsExactly("SELECT 1");
        assertThat(SqlText.split("  ;  /* nothing */ ; ")).isEmpty();
    }

    @Test
    void bindsMarkersOutsideLiteralsIdentifiersAndComments() {
        String bound = SqlText.bind("SELECT :a, ':a', `:a`, x::int, col:field, f(:b) -- :a\n/* :b */", Map.of("a", "1", "b", "'two'"));
        assertThat(bound).isEqualTo("SELECT 1, ':a', `:a`, x::int, col:field, f('two') -- :a\n/* :b */");
    }

    @Test
    void refusesAMarkerWithoutAParameter() {
        assertThatThrownBy(() -> SqlText.bind("SELECT :missing", Map.of()))
                .isInstanceOf(SqlText.UnboundParameterException.class)
                .hasMessageContaining("UNBOUND_SQL_PARAMETER").hasMessageContaining("missing");
    }
}
