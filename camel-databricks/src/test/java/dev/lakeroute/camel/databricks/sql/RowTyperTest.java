package dev.lakeroute.camel.databricks.sql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RowTyperTest {

    @Test
    void valuesAreTypedByTheManifestSchema() throws Exception {
        RowTyper typer = new RowTyper(List.of(new RowTyper.Column("i", "INT"), new RowTyper.Column("l", "LONG"),
                new RowTyper.Column("d", "DOUBLE"), new RowTyper.Column("b", "BOOLEAN"), new RowTyper.Column("m", "DECIMAL"),
                new RowTyper.Column("day", "DATE"), new RowTyper.Column("ts", "TIMESTAMP"), new RowTyper.Column("s", "STRING"),
                new RowTyper.Column("n", "INT")));
        var row = typer.row(new ObjectMapper().readTree(
                "[\"1\",\"9000000000\",\"2.5\",\"true\",\"10.25\",\"2024-02-29\",\"2024-02-29T10:15:30.000Z\",\"x\",null]"));
        assertThat(row).containsEntry("i", 1).containsEntry("l", 9_000_000_000L).containsEntry("d", 2.5)
                .containsEntry("b", true).containsEntry("m", new BigDecimal("10.25")).containsEntry("day", LocalDate.of(2024, 2, 29))
                .containsEntry("ts", Instant.parse("2024-02-29T10:15:30Z")).containsEntry("s", "x").containsEntry("n", null);
    }

    @Test
    void aValueTheTypeCannotHoldStaysText() {
        assertThat(RowTyper.convert("NaN-ish", "INT")).isEqualTo("NaN-ish");
    }
}
