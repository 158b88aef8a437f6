package dev.lakeroute.dblocal.controlplane.statements;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.Json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The complete result of a SUCCEEDED statement, held in memory and cut into chunks: its manifest
 * ({@code schema}, {@code chunks}, totals, {@code truncated}) and each chunk's {@code ResultData}.
 */
final class StatementResult {
    record Column(String name, int position, ColumnTypes.ColumnType type) {
    }

    record Chunk(int index, long rowOffset, int rowCount, long byteCount) {
    }

    private final String statementId;
    private final List<Column> columns;
    private final List<List<String>> rows;
    private final boolean truncated;
    private final List<Chunk> chunks;
    private final long totalBytes;

    StatementResult(String statementId, List<Column> columns, List<List<String>> rows, boolean truncated, ChunkPolicy policy) {
        this.statementId = statementId;
        this.columns = List.copyOf(columns);
        this.rows = rows;
        this.truncated = truncated;
        List<Chunk> cut = new ArrayList<>();
        long total = 0;
        int start = 0;
        long chunkBytes = 0;
        for (int i = 0; i < rows.size(); i++) {
            long bytes = bytes(rows.get(i));
            total += bytes;
            chunkBytes += bytes;
            int count = i + 1 - start;
            if (count >= policy.rowsPerChunk() || chunkBytes >= policy.bytesPerChunk() || i == rows.size() - 1) {
                cut.add(new Chunk(cut.size(), start, count, chunkBytes));
                start = i + 1;
                chunkBytes = 0;
            }
        }
        this.chunks = List.copyOf(cut);
        this.totalBytes = total;
    }

    /** What a row costs against {@code byte_limit} and the INLINE limit: its cells' UTF-8 bytes. */
    static long bytes(List<String> row) {
        long bytes = 0;
        for (String cell : row) {
            bytes += cell == null ? 4 : cell.getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    long rowCount() {
        return rows.size();
    }

    List<List<String>> rows() {
        return rows;
    }

    List<Column> columns() {
        return columns;
    }

    int chunkCount() {
        return chunks.size();
    }

    ObjectNode manifest() {
        ObjectNode manifest = Json.object().put("format", "JSON_ARRAY");
        ObjectNode schema = manifest.putObject("schema").put("column_count", columns.size());
        ArrayNode columnInfos = schema.putArray("columns");
        for (Column column : columns) {
            ObjectNode info = columnInfos.addObject()
                    .put("name", column.name())
                    .put("position", column.position())
                    .put("type_name", column.type().typeName())
                    .put("type_text", column.type().typeText());
            if (column.type().precision() != null) {
                info.put("type_precision", column.type().precision()).put("type_scale", column.type().scale());
            }
        }
        manifest.put("total_chunk_count", chunks.size());
        ArrayNode chunkInfos = manifest.putArray("chunks");
        for (Chunk chunk : chunks) {
            chunkInfos.addObject().put("chunk_index", chunk.index()).put("row_offset", chunk.rowOffset())
                    .put("row_count", chunk.rowCount()).put("byte_count", chunk.byteCount());
        }
        manifest.put("total_row_count", rows.size()).put("total_byte_count", totalBytes).put("truncated", truncated);
        return manifest;
    }

    /** The {@code ResultData} of one chunk, with the link to the next one unless it is the last. */
    ObjectNode chunk(long index) {
        if (index < 0 || index >= chunks.size()) {
            throw ApiException.invalidParameter("Chunk index " + index + " is out of range: statement " + statementId
                    + " has " + chunks.size() + " chunk" + (chunks.size() == 1 ? "" : "s")
                    + (chunks.isEmpty() ? "" : " (0 to " + (chunks.size() - 1) + ")"));
        }
        Chunk chunk = chunks.get((int) index);
        ObjectNode data = Json.object().put("chunk_index", chunk.index()).put("row_offset", chunk.rowOffset())
                .put("row_count", chunk.rowCount()).put("byte_count", chunk.byteCount());
        ArrayNode array = data.putArray("data_array");
        for (List<String> row : rows.subList((int) chunk.rowOffset(), (int) chunk.rowOffset() + chunk.rowCount())) {
            ArrayNode cells = array.addArray();
            row.forEach(cells::add);
        }
        if (index + 1 < chunks.size()) {
            data.put("next_chunk_index", index + 1)
                    .put("next_chunk_internal_link", "/api/2.0/sql/statements/" + statementId + "/result/chunks/" + (index + 1));
        }
        return data;
    }
}
