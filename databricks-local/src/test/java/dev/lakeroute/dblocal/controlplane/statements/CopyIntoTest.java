package dev.lakeroute.dblocal.controlplane.statements;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CopyIntoTest {

    @Test
    void readsTableLocationFormatAndOptionsAsDatabricksWritesThem() {
        CopyInto copy = CopyInto.parse("""
                COPY INTO main.`sales`.orders -- the landing zone
                FROM '/Volumes/main/sales/landing'
                FILEFORMAT = csv
                PATTERN = '*.csv'
                FORMAT_OPTIONS ('header' = 'true', 'sep' = ';')
                COPY_OPTIONS ('force' = 'true')""").orElseThrow();

        assertThat(copy.table()).isEqualTo("main.`sales`.orders");
        assertThat(copy.format()).isEqualTo("CSV");
        assertThat(copy.formatOptions()).isEqualTo(Map.of("header", "true", "sep", ";"));
        assertThat(copy.force()).isTrue();
        assertThat(copy.sourcePath()).isEqualTo("dbfs:/Volumes/main/sales/landing/*.csv");
    }

    @Test
    void keepsASchemeAndReadsFiles() {
        CopyInto copy = CopyInto.parse("copy into t from 'dbfs:/in/' fileformat = JSON files = ('a.json', 'b.json')").orElseThrow();

        assertThat(copy.sourcePath()).isEqualTo("dbfs:/in/");
        assertThat(copy.files()).isEqualTo(List.of("a.json", "b.json"));
        assertThat(copy.force()).isFalse();
    }

    @Test
    void otherStatementsAreNotCopyInto() {
        assertThat(CopyInto.parse("SELECT 'COPY INTO'")).isEmpty();
        assertThat(CopyInto.parse("COPY t")).isEmpty();
    }

    @Test
    void refusesWhatItCannotRunSayingWhatIsAllowed() {
        assertThatThrownBy(() -> CopyInto.parse("COPY INTO t FROM '/in' FILEFORMAT = AVRO"))
                .hasMessageContaining("AVRO").hasMessageContaining("CSV, JSON, ORC, PARQUET, TEXT");
        assertThatThrownBy(() -> CopyInto.parse("COPY INTO t FROM '/in'")).hasMessageContaining("needs FILEFORMAT");
        assertThatThrownBy(() -> CopyInto.parse("COPY INTO t FROM (SELECT * FROM '/in') FILEFORMAT = CSV"))
                .hasMessageContaining("FROM (SELECT");
        assertThatThrownBy(() -> CopyInto.parse("COPY INTO t FROM '/in' FILEFORMAT = CSV COPY_OPTIONS ('mergeSchema' = 'true')"))
                .hasMessageContaining("mergeSchema");
    }
}
