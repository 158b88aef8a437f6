package dev.lakeroute.dblocal.controlplane.statements;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnTypesTest {

    @Test
    void simpleTypesGetTheirSdkNameAndSqlText() {
        assertThat(ColumnTypes.of("\"integer\"")).isEqualTo(new ColumnTypes.ColumnType("INT", "INT", null, null));
        assertThat(ColumnTypes.of("\"long\"")).isEqualTo(new ColumnTypes.ColumnType("LONG", "BIGINT", null, null));
        assertThat(ColumnTypes.of("\"timestamp_ntz\"").typeText()).isEqualTo("TIMESTAMP_NTZ");
        assertThat(ColumnTypes.of("\"decimal(10,2)\"")).isEqualTo(new ColumnTypes.ColumnType("DECIMAL", "DECIMAL(10,2)", 10, 2));
    }

    @Test
    void complexTypesSpellTheirElementTypes() {
        assertThat(ColumnTypes.of("{\"type\":\"array\",\"elementType\":\"integer\",\"containsNull\":false}").typeText())
                .isEqualTo("ARRAY<INT>");
        assertThat(ColumnTypes.of("{\"type\":\"map\",\"keyType\":\"string\",\"valueType\":\"double\",\"valueContainsNull\":true}").typeText())
                .isEqualTo("MAP<STRING, DOUBLE>");
        assertThat(ColumnTypes.of("{\"type\":\"struct\",\"fields\":[{\"name\":\"a\",\"type\":\"long\",\"nullable\":true,\"metadata\":{}}]}"))
                .isEqualTo(new ColumnTypes.ColumnType("STRUCT", "STRUCT<a: BIGINT>", null, null));
    }
}
