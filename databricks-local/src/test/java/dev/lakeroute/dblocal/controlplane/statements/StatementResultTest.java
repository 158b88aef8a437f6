package dev.lakeroute.dblocal.controlplane.statements;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.ApiException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatementResultTest {
    private static final List<StatementResult.Column> COLUMNS = List.of(
            new StatementResult.Column("id", 0, ColumnTypes.of("\"long\"")));

    @Test
    void chunksEndAtTheRowCount() {
        StatementResult result = new StatementResult("s1", COLUMNS, rows(25), false, new ChunkPolicy(10, 1_000_000, 1_000_000));
        ObjectNode manifest = result.manifest();
        assertThat(manifest.path("total_chunk_count").asInt()).isEqualTo(3);
        assertThat(manifest.path("total_row_count").asInt()).isEqualTo(25);
        assertThat(manifest.path("chunks").get(2).path("row_offset").asLong()).isEqualTo(20);
        assertThat(manifest.path("chunks").get(2).path("row_count").asInt()).isEqualTo(5);

        ObjectNode first = result.chunk(0);
        assertThat(first.path("data_array")).hasSize(10);
        assertThat(first.path("next_chunk_index").asInt()).isEqualTo(1);
        assertThat(first.path("next_chunk_internal_link").asText()).isEqualTo("/api/2.0/sql/statements/s1/result/chunks/1");
        ObjectNode last = result.chunk(2);
        assertThat(last.path("data_array").get(0).get(0).asText()).isEqualTo("20");
        assertThat(last.has("next_chunk_index")).isFalse();
    }

    @Test
    void chunksAlsoEndAtTheByteSize() {
        StatementResult result = new StatementResult("s2", COLUMNS, rows(100), false, new ChunkPolicy(1000, 20, 1_000_000));
        assertThat(result.chunkCount()).isGreaterThan(5);
        long rows = 0;
        for (int i = 0; i < result.chunkCount(); i++) {
            rows += result.chunk(i).path("row_count").asLong();
        }
        assertThat(rows).isEqualTo(100);
    }

    @Test
    void anEmptyResultHasNoChunksAndAChunkOutOfRangeIsRefused() {
        StatementResult empty = new StatementResult("s3", COLUMNS, new ArrayList<>(), false, new ChunkPolicy(10, 100, 100));
        assertThat(empty.manifest().path("total_chunk_count").asInt()).isZero();
        assertThatThrownBy(() -> empty.chunk(0)).isInstanceOf(ApiException.class).hasMessageContaining("out of range");
    }

    private static List<List<String>> rows(int count) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(List.of(Integer.toString(i)));
        }
        return rows;
    }
}
