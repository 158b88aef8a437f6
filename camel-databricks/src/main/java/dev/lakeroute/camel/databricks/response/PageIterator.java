package dev.lakeroute.camel.databricks.response;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import dev.lakeroute.camel.databricks.http.ApiResponse;
import dev.lakeroute.camel.databricks.request.OperationRequest;

/**
 * Items of all pages, fetching the next page only when the consumer (typically {@code split})
 * reaches the end of the current one. The wait for a page happens in the consumer's thread, never in
 * the HTTP client's.
 */
public final class PageIterator implements Iterator<Object> {

    private final Function<OperationRequest, CompletableFuture<ApiResponse>> fetch;
    private final PageReader reader;
    private final Function<JsonNode, Object> convert;
    private final String operation;
    private final ResponseMapper mapper;
    private Iterator<JsonNode> current;
    private OperationRequest next;

    public PageIterator(Page first, Function<OperationRequest, CompletableFuture<ApiResponse>> fetch, PageReader reader,
                        Function<JsonNode, Object> convert, String operation, ResponseMapper mapper) {
        this.fetch = fetch;
        this.reader = reader;
        this.convert = convert;
        this.operation = operation;
        this.mapper = mapper;
        this.current = first.items().iterator();
        this.next = first.next();
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && next != null) {
            OperationRequest request = next;
            ApiResponse response;
            try {
                response = fetch.apply(request).join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            Page page = reader.read(request, mapper.tree(response, operation));
            current = page.items().iterator();
            next = page.next();
        }
        return current.hasNext();
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return convert.apply(current.next());
    }
}
