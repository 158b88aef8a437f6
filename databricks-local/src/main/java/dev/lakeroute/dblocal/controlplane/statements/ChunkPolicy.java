package dev.lakeroute.dblocal.controlplane.statements;


/**
 * How results are cut into chunks and how large an INLINE result may be. The server default comes from
 * system properties read when a statement starts, so a test can lower the chunk size for a shared server
 * ({@code dblocal.sql.chunk-rows}, {@code dblocal.sql.chunk-bytes}).
 *
 * @param rowsPerChunk  a chunk ends after this many rows
 * @param bytesPerChunk or once its cells reach this many bytes (UTF-8 of the string cells)
 * @param inlineBytes   Databricks aborts INLINE statements whose result is larger (25 MiB)
 */
record ChunkPolicy(int rowsPerChunk, long bytesPerChunk, long inlineBytes) {
    static final String ROWS_PROPERTY = "dblocal.sql.chunk-rows";
    static final String BYTES_PROPERTY = "dblocal.sql.chunk-bytes";
    static final int DEFAULT_ROWS = 10_000;
    static final long DEFAULT_BYTES = 4L * 1024 * 1024;
    static final long INLINE_LIMIT = 25L * 1024 * 1024;

    ChunkPolicy {
        if (rowsPerChunk < 1 || bytesPerChunk < 1 || inlineBytes < 1) {
            throw new IllegalArgumentException("Chunk sizes must be positive, were " + rowsPerChunk + " rows, "
                    + bytesPerChunk + " bytes, inline limit " + inlineBytes);
        }
    }

    static ChunkPolicy fromSystemProperties() {
        return new ChunkPolicy(Integer.getInteger(ROWS_PROPERTY, DEFAULT_ROWS), Long.getLong(BYTES_PROPERTY, DEFAULT_BYTES), INLINE_LIMIT);
    }
}
