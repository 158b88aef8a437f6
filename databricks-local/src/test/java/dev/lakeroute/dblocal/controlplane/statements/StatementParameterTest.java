package dev.lakeroute.dblocal.controlplane.statements;

import dev.lakeroute.dblocal.http.ApiException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatementParameterTest {

    @Test
    void stringValuesStayOneEscapedLiteral() {
        assertThat(new StatementParameter("p", "it's \\ done'; DROP TABLE t; --", null).literal())
                .isEqualTo("'it\\'s \\\\ done\\'; DROP TABLE t; --'");
    }

    @Test
    void typedValuesAreCastFromAStringLiteral() {
        assertThat(new StatementParameter("n", "41", "int").literal()).isEqualTo("CAST('41' AS INT)");
        assertThat(new StatementParameter("d", "12.5", "DECIMAL(10, 2)").literal()).isEqualTo("CAST('12.5' AS DECIMAL(10, 2))");
        assertThat(new StatementParameter("x", null, "DATE").literal()).isEqualTo("CAST(NULL AS DATE)");
    }

    @Test
    void typesAndNamesThatCouldCarrySqlAreRefused() {
        assertThatThrownBy(() -> new StatementParameter("n", "1", "INT) UNION SELECT (1")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> new StatementParameter("a-b", "1", null)).isInstanceOf(ApiException.class);
    }
}
