package dev.lakeroute.camel.databricks.sql;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads every chunk of a statement's result: the first comes with the statement, the next ones from
 * {@code result/chunks/{n}} following {@code next_chunk_index}. All rows at once, asynchronously, or
 * as an Iterator that fetches a chunk when the previous one is used up (for split/streaming).
 */
public final class StatementPager {

    private final RowTyper typer;
    private final IntFunction<CompletableFuture<JsonNode>> fetchChunk;

    /** @param fetchChunk the result/chunks/{n} answer for chunk n */
    public StatementPager(RowTyper typer, IntFunction<CompletableFuture<JsonNode>> fetchChunk) {
        this.typer = typer;
        this.fetchChunk = fetchChunk;
    }

    public CompletableFuture<List<Map<String, Object>>> all(JsonNode firstResult) {
        List<Map<String, Object>> rows = new ArrayList<>();
        return collect(firstResult, rows).thenApply(done -> rows);
    }

    private CompletableFuture<Void> collect(JsonNode chunk, List<Map<String, Object>> rows) {
        for (JsonNode values : chunk.path("data_array")) {
            rows.add(typer.row(values));
        }
        JsonNode next = chunk.get("next_chunk_index");
        if (next == null || next.isNull()) {
            return CompletableFuture.completedFuture(null);
        }
        return fetchChunk.apply(next.asInt()).thenCompose(nextChunk -> collect(nextChunk, rows));
    }

    /** Rows lazily: a chunk is fetched (blocking the iterating thread) when the previous one is used up. */
    public Iterator<Map<String, Object>> iterator(JsonNode firstResult) {
        return new Iterator<>() {
            private JsonNode chunk = firstResult;
            private int index;

            @Override
            public boolean hasNext() {
                while (index >= chunk.path("data_array").size()) {
                    JsonNode next = chunk.get("next_chunk_index");
                    if (next == null || next.isNull()) {
                        return false;
                    }
                    try {
                        chunk = fetchChunk.apply(next.asInt()).join();
                    } catch (CompletionException e) {
                        throw e.getCause() instanceof RuntimeException r ? r : e;
                    }
                    index = 0;
                }
                return true;
            }

            @Override
            public Map<String, Object> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return typer.row(chunk.path("data_array").get(index++));
            }
        };
    }
}
